package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cemc.community.CommunityCase;
import org.cemc.model.HouseQuantity;
import org.cemc.result.Schedule;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** position.csv, written with every schedule. */
class PositionFileTest {
    @TempDir
    Path folder;

    @Test
    void positionCsvIsWrittenWithEverySchedulePerScopeAndPeriodInKwhAndAverageKw() throws IOException {
        CommunityCase community = BidFilesTest.halfHours();
        Outcome outcome = Scheduler.run(community, SolverSettings.defaults());
        Schedule schedule = outcome.schedule().orElseThrow();

        ScheduleFiles.Written written = ScheduleFiles.write(folder, community, schedule, outcome.profit().orElseThrow(),
                Compression.NONE);

        assertThat(written.files()).endsWith(PositionFile.FILE);
        List<CSVRecord> rows = read(folder.resolve(PositionFile.FILE));
        assertThat(rows).extracting(r -> r.get("scope") + "/" + r.get("period"))
                .containsExactly("all/0", "all/1", "ec1/0", "ec1/1", "ec2/0", "ec2/1");
        for (CSVRecord row : rows) {
            int t = Integer.parseInt(row.get("period"));
            String scope = row.get("scope");
            double bought = community.houses().stream()
                    .filter(h -> scope.equals("all") || h.community().equals(scope))
                    .mapToDouble(h -> schedule.house(h.id()).get(HouseQuantity.GRID_IMPORT, t)).sum();
            assertThat(number(row, "import_kwh")).as(scope + " " + t).isCloseTo(bought, within(1e-6));
            assertThat(number(row, "import_kw")).isCloseTo(bought / 0.5, within(1e-6));
            assertThat(number(row, "net_kw")).isCloseTo(number(row, "net_kwh") / 0.5, within(1e-6));
            assertThat(number(row, "grid_buy")).isEqualTo(0.20);
            assertThat(number(row, "start_hour")).isEqualTo(0.5 * t);
        }
        // Worked above: the community buys 2 kWh in period 0 (4 kW) and 4 kWh in period 1 (8 kW), all of it b's.
        assertThat(number(rows.get(0), "import_kwh")).isCloseTo(2, within(1e-6));
        assertThat(number(rows.get(1), "net_kw")).isCloseTo(8, within(1e-6));
        assertThat(number(rows.get(2), "net_kwh")).isZero();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static double number(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
