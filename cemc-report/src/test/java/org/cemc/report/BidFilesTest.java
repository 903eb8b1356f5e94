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
import org.cemc.community.TestCommunities;
import org.cemc.market.Bid;
import org.cemc.market.PriceSweep;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bid.csv, bid-steps.csv and bid.png of a sweep. */
class BidFilesTest {
    @TempDir
    Path folder;

    /**
     * Two periods of half an hour. a (ec1): 2 kWh of PV in period 0; b (ec2): 3 kWh interruptible and 1 kWh
     * uninterruptible demand in each period. ENS 0.28, welfare value 0.05 per kWh sold P2P, grid 0.20 both ways.
     * Period 0: a sells 2 P2P to b, b buys 1 + 1 kWh; period 1: b buys 1 + 3 kWh (0.20 < ENS 0.28). Average kW
     * are kWh / 0.5 h.
     */
    static CommunityCase halfHours() {
        return TestCommunities.periods(2).periodHours(0.5)
                .house("a", h -> h.pv(2, 0))
                .house("b", h -> h.community("ec2").interruptible(3).uninterruptible(1))
                .prices(p -> p.gridBuy(0.20).gridSell(0.20).p2p(0.10).ens(0.28).socialWelfareValue(0.05))
                .build();
    }

    @Test
    void bidFilesHoldEveryPeriodAndLevelTheStepLayoutAndThePlot() throws IOException {
        CommunityCase community = halfHours();
        Bid bid = Bid.run(community, PriceSweep.parse("0.2:0.4:0.1", PriceSweep.Mode.REPLACE),
                SolverSettings.defaults(), SolveMethod.AUTO, done -> { });

        List<String> files = BidFiles.write(folder, bid);

        assertThat(files).containsExactly("bid.csv", "bid-steps.csv", "bid.png");
        assertThat(folder.resolve("bid.png")).isNotEmptyFile();
        List<CSVRecord> tidy = read(folder.resolve("bid.csv"));
        assertThat(tidy).hasSize(2 * 3);
        assertThat(tidy.get(0).toMap().keySet()).containsExactly("period", "start_hour", "level", "grid_buy",
                "grid_sell", "import_kwh", "export_kwh", "solved_net_kwh", "bid_net_kwh", "bid_net_kw", "adjusted");
        // Period 1 (b alone, 3 + 1 kWh): at 0.2 b buys all 4; at 0.3 and 0.4 its 3 interruptible kWh go unserved
        // (ENS 0.28), 1 kWh bought. As average kW over half an hour: 8, 2, 2.
        assertThat(tidy.subList(3, 6)).extracting(r -> number(r, "bid_net_kw"))
                .containsExactly(8.0, 2.0, 2.0);
        List<CSVRecord> steps = read(folder.resolve("bid-steps.csv"));
        assertThat(steps.get(0).toMap().keySet()).containsExactly("start", "0.2", "0.3", "0.4");
        assertThat(steps).extracting(r -> r.get("start")).containsExactly("00:00", "00:30");
        assertThat(List.of("0.2", "0.3", "0.4")).extracting(price -> number(steps.get(1), price))
                .containsExactly(8.0, 2.0, 2.0);
        for (CSVRecord period : steps) {
            assertThat(number(period, "0.3")).isLessThanOrEqualTo(number(period, "0.2"));
            assertThat(number(period, "0.4")).isLessThanOrEqualTo(number(period, "0.3"));
        }
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
