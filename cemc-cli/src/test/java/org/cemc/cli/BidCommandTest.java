package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cemc bid}: the files it writes, its monotone curves with every adjustment reported, and bad input. */
class BidCommandTest {
    private static final String TWO_HOUSES = "../examples/two-houses";

    @TempDir
    Path temp;

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static Set<String> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Each written curve (a period's row) never rises from one price step (column, left to right) to the next. */
    private static void assertMonotone(List<CSVRecord> steps) {
        for (CSVRecord period : steps) {
            List<String> levels = period.toMap().keySet().stream().filter(c -> !c.equals("start")).toList();
            for (int l = 1; l < levels.size(); l++) {
                assertThat(Double.parseDouble(period.get(levels.get(l)))).as(period.get("start") + " " + levels.get(l))
                        .isLessThanOrEqualTo(Double.parseDouble(period.get(levels.get(l - 1))));
            }
        }
    }

    @Test
    void aSweepOfTheTwoHousesWritesTheTidyCurvesTheStepLayoutAndThePlotEachLevelChecked() throws IOException {
        Path out = temp.resolve("bid");

        CliRun run = CliRun.of("bid", TWO_HOUSES, "--prices", "0.05:0.45:0.1", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(listed(out)).containsExactly(".cemc-files", "bid-steps.csv", "bid.csv", "bid.png");
        assertThat(run.out()).contains("bid: 5 price levels from 0.05 to 0.45 USD/kWh (replace",
                "wrote bid.csv, bid-steps.csv, bid.png to " + out);
        assertThat(run.out().lines().filter(l -> l.contains("checker passed"))).hasSize(5);
        List<CSVRecord> tidy = csv(out.resolve("bid.csv"));
        assertThat(tidy).hasSize(2 * 5);
        for (CSVRecord row : tidy) {
            assertThat(row.get("grid_buy")).isEqualTo(row.get("level")).isEqualTo(row.get("grid_sell"));
            if (row.get("adjusted").equals("0")) {
                assertThat(row.get("bid_net_kwh")).isEqualTo(row.get("solved_net_kwh"));
            }
        }
        List<CSVRecord> steps = csv(out.resolve("bid-steps.csv"));
        assertThat(steps.get(0).toMap().keySet()).containsExactly("start", "0.05", "0.15", "0.25", "0.35", "0.45");
        assertThat(steps).extracting(r -> r.get("start")).containsExactly("00:00", "01:00");
        assertMonotone(steps);
    }

    /**
     * The built-in case with one grid price all day: when a guest EV charges or discharges earns the same in every
     * hour of its stay, so hours trade places between levels and some solved quantities rise with the price. Each
     * is adjusted, printed with its solved value, and flagged in bid.csv; the written curves fall.
     */
    @Test
    void solvedQuantitiesThatRiseWithThePriceAreAdjustedReportedAndTheCurvesFall() throws IOException {
        Path out = temp.resolve("built-in");

        CliRun run = CliRun.of("bid", "--prices", "0.02:0.32:0.06", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<CSVRecord> tidy = csv(out.resolve("bid.csv"));
        List<CSVRecord> adjusted = tidy.stream().filter(r -> r.get("adjusted").equals("1")).toList();
        assertThat(adjusted).isNotEmpty();
        assertThat(run.out()).contains("monotone: " + adjusted.size() + " quantit");
        for (CSVRecord row : adjusted) {
            assertThat(row.get("bid_net_kwh")).isNotEqualTo(row.get("solved_net_kwh"));
            assertThat(run.out()).contains(String.format("period %s (%s) at %s: solved %s kWh, bid %s kWh",
                    row.get("period"), String.format("%02d:00", Integer.parseInt(row.get("period"))),
                    row.get("level"), row.get("solved_net_kwh"), row.get("bid_net_kwh")));
        }
        assertMonotone(csv(out.resolve("bid-steps.csv")));
    }

    /** The help's shift example, run as written with --out moved: exit 0, 11 levels, and its curves fall. */
    @Test
    void theHelpsShiftExampleRuns() throws IOException {
        String example = CliRun.of("bid", "--help").out().lines().map(String::strip)
                .filter(l -> l.startsWith("cemc bid examples/two-houses")).findFirst().orElseThrow();
        Path out = temp.resolve("example");
        String[] args = Stream.of(example.split("\\s+")).skip(1)
                .map(a -> a.equals("examples/two-houses") ? TWO_HOUSES : a.equals("bid/") ? out.toString() : a)
                .toArray(String[]::new);

        CliRun run = CliRun.of(args);

        assertThat(run.status()).as(run.err()).isZero();
        List<CSVRecord> steps = csv(out.resolve("bid-steps.csv"));
        assertThat(steps.get(0).toMap().keySet()).hasSize(1 + 11).contains("shift_-0.05", "shift_0", "shift_0.05");
        assertMonotone(steps);
    }

    /** A level without a checked schedule stops the bid: within 1 s neither level finds one; the lowest is named. */
    @Test
    void aLevelWithoutAScheduleEndsWithStatusThreeNamingItAndNothingIsWritten() {
        Path big = GeneratedCases.tooLargeForOneSecond(temp.resolve("big"));
        Path out = temp.resolve("bid");

        CliRun run = CliRun.of("bid", big.toString(), "--prices", "0.1:0.2:0.1", "--method", "direct",
                "--time-limit", "1", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(Main.NO_SCHEDULE);
        assertThat(run.err()).contains("cemc: no schedule at price level 0.1 (replace), so no bid; nothing is "
                + "written: ", "try a longer --time-limit").doesNotContain("internal error", "Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadSweepIsRefusedWithStatusTwoNamingTheOptionAndNothingIsWritten() {
        Path out = temp.resolve("never");
        String n = System.lineSeparator();
        List<List<String>> bad = List.of(
                List.of("--prices", "0.4:0.02:0.02"),
                List.of("--prices", "0:1:0"),
                List.of("--prices", "cheap"),
                List.of("--prices", "0:3:0.01"),
                List.of("--prices", "0:0.4:0.1", "--mode", "sideways"),
                List.of("--prices", "99:99.95:0.05", "--mode", "shift"));
        List<String> messages = List.of(
                "cemc: --prices 0.4:0.02:0.02: FROM 0.4 is above TO 0.02; give the lowest level first." + n,
                "cemc: --prices 0:1:0: STEP must be more than 0; got 0." + n,
                "cemc: --prices cheap: expected FROM:TO:STEP, three numbers such as 0.02:0.40:0.02 (per kWh, in the "
                        + "case's currency)." + n,
                "cemc: --prices 0:3:0.01: it gives 301 levels, more than 200 (each level is a solve of the whole "
                        + "day); take a larger STEP." + n,
                "cemc: --mode sideways is not known; choose replace (the level is the grid price) or shift (the "
                        + "level is added to the case's grid prices)." + n,
                "cemc: --prices 99:99.95:0.05 --mode shift: level 99.85 gives a grid price of 100.05 in period 0, "
                        + "beyond -100 to 100 USD per kWh, the limit of any price in a case (docs/case-format.md)." + n);
        for (int i = 0; i < bad.size(); i++) {
            List<String> args = Stream.concat(Stream.of("bid", TWO_HOUSES, "--out", out.toString()),
                    bad.get(i).stream()).toList();

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).isEqualTo(messages.get(i));
            assertThat(out).as("nothing written").doesNotExist();
        }
        CliRun missing = CliRun.of("bid", TWO_HOUSES, "--out", out.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--prices");
        assertThat(out).doesNotExist();
    }
}
