package org.cemc.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cemc.server.TestCases;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.cemc.server.runs.ResultTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' numbers are the schedule's per-period sums, in clock time. */
class RunChartsTest {
    private static final double TOLERANCE = 1e-9;
    private static final String SCHEDULE = """
            house,period,start_hour,pv_kwh,grid_import_kwh,grid_export_kwh,dr_curtailed_kwh,p2p_sold_kwh,p2p_bought_kwh
            a,0,6,2,0,0.5,0,1.25,0
            a,1,6.5,0,0.75,0,0.25,0,0
            b,0,6,0,0.5,0,0,0,1.25
            b,1,6.5,1,0,0.125,0.5,0.375,0
            """;
    private static final String GUEST_EVS = """
            ev,period,start_hour,present,host,charge_kwh,discharge_kwh,soc_kwh,soc_fraction
            e1,0,6,1,a,2,0,12,0.6
            e1,1,6.5,1,a,0,1,11,0.55
            e2,0,6,0,,0,0,,
            e2,1,6.5,1,b,3,0,13,0.65
            """;

    @TempDir
    Path data;

    @Test
    void theCommunitysChartsSumTheHousesAndEvsPerPeriod() {
        List<RunCharts.Chart> charts = RunCharts.community(rows(SCHEDULE), rows(GUEST_EVS));

        // Half-hour periods from 06:00: each chart's x values are the periods' start hours.
        assertThat(charts).allSatisfy(chart -> assertThat(chart.hours()).containsExactly(6, 6.5));
        // pool: a sells 1.25 in period 0, b 0.375 in period 1; grid import 0 + 0.5 and 0.75 + 0;
        // grid export 0.5 + 0 and 0 + 0.125; DR 0 and 0.25 + 0.5.
        assertThat(charts.get(0).series("P2P traded").kwh()).containsExactly(1.25, 0.375);
        assertThat(charts.get(1).series("grid import").kwh()).containsExactly(0.5, 0.75);
        assertThat(charts.get(1).series("grid export").kwh()).containsExactly(0.5, 0.125);
        assertThat(charts.get(2).series("DR curtailed").kwh()).containsExactly(0, 0.75);
        // guest EVs: e1 charges 2 in period 0 and discharges 1 in period 1, e2 charges 3 in period 1.
        assertThat(charts.get(3).series("guest-EV charging").kwh()).containsExactly(2, 3);
        assertThat(charts.get(3).series("guest-EV discharging").kwh()).containsExactly(0, 1);
    }

    @Test
    void aHousesChartsHaveOnlyItsOwnRowsAndTheEvsItHosts() {
        List<RunCharts.Chart> charts = RunCharts.house("b", rows(SCHEDULE), rows(GUEST_EVS));

        assertThat(charts.get(0).series("PV").kwh()).containsExactly(0, 1);
        assertThat(charts.get(0).series("P2P bought").kwh()).containsExactly(1.25, 0);
        assertThat(charts.get(0).series("P2P sold").kwh()).containsExactly(0, 0.375);
        // b hosts only e2, in period 1; e1's charging at a is not b's.
        assertThat(charts.get(1).series("guest-EV charging").kwh()).containsExactly(0, 3);
        assertThat(charts.get(1).series("guest-EV discharging").kwh()).containsExactly(0, 0);
    }

    @Test
    void aRealRunsChartsEqualItsScheduleSums() throws Exception {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            long run = server.submit(server.upload(TestCases.twoHousesZip()), "{}");
            assertThat(server.awaitEnd(run).get("status").asText()).isEqualTo("done");
            JsonNode schedule = TestServer.json(server.get("/api/v1/runs/" + run + "/schedule",
                    server.operatorToken()));
            JsonNode guestEvs = TestServer.json(server.get("/api/v1/runs/" + run + "/guest-evs",
                    server.operatorToken()));

            List<RunCharts.Chart> charts = RunCharts.community(maps(schedule), maps(guestEvs));

            assertThat(charts.get(0).hours()).containsExactly(0, 1);
            assertSums(charts.get(0).series("P2P traded"), schedule, "p2p_sold_kwh");
            assertSums(charts.get(1).series("grid import"), schedule, "grid_import_kwh");
            assertSums(charts.get(1).series("grid export"), schedule, "grid_export_kwh");
            assertSums(charts.get(2).series("DR curtailed"), schedule, "dr_curtailed_kwh");
            assertSums(charts.get(3).series("guest-EV charging"), guestEvs, "charge_kwh");
            assertSums(charts.get(3).series("guest-EV discharging"), guestEvs, "discharge_kwh");
            // Not all zeros, so the sums above compare something: the guest EV must charge from 50 % to 60 %.
            assertThat(charts.get(3).series("guest-EV charging").kwh()[0]
                    + charts.get(3).series("guest-EV charging").kwh()[1]).isGreaterThan(2.5);
        }
    }

    @Test
    void titlesAndNumbersAreEscapedInThePage() {
        RunCharts.Chart chart = new RunCharts.Chart("chart-x", "<b>\"x\"</b>", new double[] {0},
                List.of(new RunCharts.Series("</figure><script>", new double[] {1})));

        String html = RunCharts.html(List.of(chart));

        assertThat(html).doesNotContain("<b>", "<script>", "</figure><script")
                .contains("&lt;b&gt;&quot;x&quot;&lt;/b&gt;", "&quot;label&quot;:&quot;&lt;/figure&gt;&lt;script&gt;");
    }

    /** Expected: the column summed per period straight from the run's rows, as the test reads them. */
    private static void assertSums(RunCharts.Series series, JsonNode rows, String column) {
        double[] expected = new double[series.kwh().length];
        rows.forEach(row -> expected[row.get("period").asInt()] += row.get(column).asDouble());
        for (int t = 0; t < expected.length; t++) {
            assertThat(series.kwh()[t]).as(series.label() + " at period " + t).isCloseTo(expected[t],
                    within(TOLERANCE));
        }
    }

    private static List<Map<String, Object>> rows(String csv) {
        return ResultTables.rows(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map<String, Object>> maps(JsonNode rows) {
        return new ObjectMapper().convertValue(rows, new TypeReference<>() {
        });
    }
}
