package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench's sizes: the houses each row names are the houses solved, and growth is fitted only over three sizes. */
class BenchCommandTest {
    @TempDir
    Path temp;

    @Test
    void aSizeThatIsNotAMultipleOf18IsRefusedInOneParagraphBeforeAnythingIsSolvedOrWritten() {
        Path table = temp.resolve("bench.md");

        CliRun run = CliRun.of("bench", "--houses", "18,20", "--solver", "cbc", "--method", "decomposition",
                "--out", table.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: --houses 18,20: bench's synthetic cases are made of ECs of 18 houses, "
                + "so each size must be a positive multiple of 18; got 20. Give, for example, 18 or 36 instead of 20."
                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(table).doesNotExist();
    }

    @Test
    void aNonPositiveSizeIsRefusedToo() {
        CliRun run = CliRun.of("bench", "--houses", "0", "--solver", "cbc");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("positive multiple of 18; got 0.").doesNotContain("warming up");
    }

    @Test
    void twoSizesAreLabelledWithTheHousesSolvedAndGetNoGrowthFit() throws IOException {
        Path table = temp.resolve("bench.md");

        CliRun run = CliRun.of("bench", "--houses", "18,36", "--solver", "cbc", "--method", "direct",
                "--time-limit", "20", "--out", table.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(table);
        assertThat(lines.stream().filter(l -> l.startsWith("| 18 | 0 | direct | cbc |"))).hasSize(1)
                .allMatch(l -> l.contains("| OPTIMAL |"));
        assertThat(lines.stream().filter(l -> l.startsWith("| 36 | 0 | direct | cbc |"))).hasSize(1)
                .allMatch(l -> l.contains("| OPTIMAL |"));
        assertThat(lines).noneMatch(l -> l.contains("grows as"))
                .contains("Growth is fitted over at least 3 sizes solved within the gap tolerance; runs stopped by "
                        + "the time limit are left out of the fits.");
        assertThat(run.out()).doesNotContain("grows as");
        List<String> header = cells(lines.get(0));
        int tieBreak = header.indexOf("of it tie-break (s)");
        for (String row : lines.stream().filter(l -> l.startsWith("| 18 |") || l.startsWith("| 36 |")).toList()) {
            assertThat(cells(row)).as(row).hasSameSizeAs(header);
            // Both sizes are solved to optimality well within the limit, so their tie-break finished: a number.
            assertThat(Double.parseDouble(cells(row).get(tieBreak))).as(row).isPositive();
        }
    }

    /**
     * Each size at each any-EC share, labelled with it; the peak memory of the run (this process and its solver
     * processes) is known on Linux, where the tests run.
     */
    @Test
    void everySizeIsMeasuredAtEachAnyCommunityShare() throws IOException {
        Path table = temp.resolve("bench.md");

        CliRun run = CliRun.of("bench", "--houses", "18", "--any-community-shares", "0,0.5", "--solver", "cbc",
                "--method", "decomposition", "--time-limit", "20", "--out", table.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(table);
        List<String> header = cells(lines.get(0));
        assertThat(header.subList(0, 4)).containsExactly("houses", "any-EC share", "method", "solver");
        List<List<String>> rows = lines.stream().filter(l -> l.startsWith("| 18 |")).map(BenchCommandTest::cells)
                .toList();
        assertThat(rows).extracting(row -> row.get(1)).containsExactly("0", "0.5");
        for (List<String> row : rows) {
            assertThat(Long.parseLong(row.get(header.indexOf("peak memory (MB)")))).isPositive();
        }
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        CliRun run = CliRun.of("bench", "--houses", "18", "--any-community-shares", "1.5", "--solver", "cbc");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--any-community-shares: each share must be 0 to 1; got 1.5.");
    }

    private static List<String> cells(String markdownRow) {
        String inner = markdownRow.substring(1, markdownRow.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    @Test
    void aSizeAboveDirectUpToGetsARowSayingWhyItWasNotRun() throws IOException {
        Path table = temp.resolve("bench.md");

        CliRun run = CliRun.of("bench", "--houses", "36", "--solver", "cbc", "--method", "direct",
                "--direct-up-to", "18", "--out", table.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllLines(table))
                .anyMatch(l -> l.startsWith(
                        "| 36 | 0 | direct | cbc | day | not run: above --direct-up-to 18 houses |"));
    }

    /**
     * The two-stage program and the evaluation of the day's schedule get rows of their own after the day's, each
     * with its peak memory; the evaluation's status counts the days it checked, its gap is the worst replay's.
     */
    @Test
    void stochasticAndEvaluationRowsFollowTheDay() throws IOException {
        Path table = temp.resolve("bench.md");

        CliRun run = CliRun.of("bench", "--houses", "18", "--solver", "cbc", "--method", "decomposition",
                "--stochastic-scenarios", "2", "--evaluate-days", "3", "--time-limit", "20", "--out",
                table.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(table);
        List<String> header = cells(lines.get(0));
        List<List<String>> rows = lines.stream().filter(l -> l.startsWith("| 18 |")).map(BenchCommandTest::cells)
                .toList();
        assertThat(rows).extracting(row -> row.get(header.indexOf("run")))
                .containsExactly("day", "stochastic, 2 scenarios", "evaluate, 3 days");
        assertThat(rows.get(1).get(header.indexOf("status"))).isIn("OPTIMAL", "FEASIBLE");
        assertThat(rows.get(2).get(header.indexOf("status"))).isEqualTo("3 days checked");
        for (List<String> row : rows) {
            assertThat(row).as(row.toString()).hasSameSizeAs(header);
            assertThat(row.get(header.indexOf("proven gap"))).as(row.toString()).endsWith(" %");
            assertThat(Long.parseLong(row.get(header.indexOf("peak memory (MB)")))).isPositive();
        }
    }

    @Test
    void moreScenariosThanDaysDrawnAreRefused() {
        CliRun run = CliRun.of("bench", "--houses", "18", "--solver", "cbc", "--stochastic-scenarios", "21");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--stochastic-scenarios: the 20 days drawn are reduced to at most 20 "
                + "scenarios (0 for none); got 21.");
    }
}
