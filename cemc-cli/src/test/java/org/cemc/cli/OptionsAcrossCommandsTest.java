package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared solver options as the commands that solve take them: the same names, checks and messages. */
class OptionsAcrossCommandsTest {
    private static final String TWO_HOUSES = "../examples/two-houses";

    @TempDir
    Path temp;

    /** Each solving command, its arguments other than the solver options, writing (if at all) below {@code out}. */
    private static List<List<String>> solvingCommands(Path out) {
        return List.of(List.of("solve", "--out", out.toString()),
                List.of("compare", "--out", out.toString()),
                List.of("report", "--out", out.toString()),
                List.of("evaluate", "--schedule", out.resolve("solved").toString(), "--out", out.toString()),
                List.of("bench", "--houses", "18", "--out", out.resolve("bench.md").toString()),
                List.of("bid", "--prices", "0.1:0.2:0.1", "--out", out.toString()));
    }

    private static CliRun run(List<String> command, String... more) {
        return CliRun.of(Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void everySolvingCommandRefusesAnUnknownSolverAndANonPositiveTimeLimitAlike() {
        Path out = temp.resolve("out");
        for (List<String> command : solvingCommands(out)) {
            CliRun solver = run(command, "--solver", "nope");
            CliRun limit = run(command, "--time-limit", "0");
            CliRun gap = run(command, "--gap", "-1");
            CliRun method = run(command, "--method", "admm");

            assertThat(solver.status()).as(command.get(0)).isEqualTo(2);
            assertThat(solver.err()).as(command.get(0))
                    .isEqualTo("cemc: --solver nope is not known; choose cbc, highs or scip." + System.lineSeparator());
            assertThat(limit.status()).as(command.get(0)).isEqualTo(2);
            assertThat(limit.err()).as(command.get(0))
                    .isEqualTo("cemc: --time-limit must be more than 0 seconds; got 0." + System.lineSeparator());
            assertThat(gap.status()).as(command.get(0)).isEqualTo(2);
            assertThat(gap.err()).as(command.get(0)).isEqualTo("cemc: --gap must be at least 0; got -1."
                    + System.lineSeparator());
            assertThat(method.status()).as(command.get(0)).isEqualTo(2);
            assertThat(method.err()).as(command.get(0)).isEqualTo("cemc: --method admm is not known; choose auto, "
                    + "direct or decomposition." + System.lineSeparator());
            assertThat(out).as(command.get(0) + ": nothing written").doesNotExist();
        }
    }

    @Test
    void compareTakesTheTimeLimitGapAndMethodAndSaysHowItSolved() throws IOException {
        Path out = temp.resolve("compare");

        CliRun run = CliRun.of("compare", TWO_HOUSES, "--time-limit", "5", "--gap", "0.001", "--method",
                "decomposition", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("solver: cbc", "method decomposition, time limit 5 s, gap 0.001:",
                "full scheme", "standing alone");
        assertThat(out.resolve("compare.csv")).exists();
    }

    @Test
    void compareByDefaultSolvesWithCbcAndTheDefaultLimits() {
        CliRun run = CliRun.of("compare", TWO_HOUSES);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("solver: cbc", "method direct, time limit 60 s, gap 0.0001: every variant OPTIMAL");
    }

    /** A limit no solver meets on the built-in case (it needs tens of milliseconds for the root LP alone). */
    @Test
    void aVariantWithoutAScheduleWithinTheTimeLimitEndsWithStatusThreeAndNothingWritten() {
        Path big = GeneratedCases.tooLargeForOneSecond(temp.resolve("big"));
        Path out = temp.resolve("compare");

        CliRun run = CliRun.of("compare", big.toString(), "--method", "direct", "--time-limit", "1", "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(Main.NO_SCHEDULE);
        assertThat(run.err()).contains("cemc: no schedule for the variant full scheme, so nothing to compare: ",
                "time limit of 1 s", "try a longer --time-limit").doesNotContain("internal error", "Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void reportTakesTheSolverAndTimeLimit() throws IOException {
        Path out = temp.resolve("report");

        CliRun run = CliRun.of("report", TWO_HOUSES, "--time-limit", "5", "--solver", "highs", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("solver: highs", "time limit 5 s").doesNotContain("solver: cbc");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<th>solver</th><td>highs ")
                .doesNotContain("<td>cbc ");
    }

    @Test
    void reportStillRequiresItsOutputFolder() {
        CliRun run = CliRun.of("report", TWO_HOUSES, "--time-limit", "5");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void benchTakesOneSolverAndMethodAsAOneNameList() throws IOException {
        Path table = temp.resolve("bench.md");

        CliRun run = CliRun.of("bench", "--houses", "18", "--solver", "highs", "--method", "decomposition",
                "--time-limit", "5", "--out", table.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(table).stream().filter(l -> l.startsWith("| 18 |")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).startsWith("| 18 | 0 | decomposition | highs |");
    }

    @Test
    void benchRefusesASolverAndASolverListTogether() {
        CliRun solvers = CliRun.of("bench", "--houses", "18", "--solver", "highs", "--solvers", "cbc");
        CliRun methods = CliRun.of("bench", "--houses", "18", "--method", "direct", "--methods", "direct");

        assertThat(solvers.status()).isEqualTo(2);
        assertThat(solvers.err()).contains("bench takes --solver or --solvers, not both.");
        assertThat(methods.status()).isEqualTo(2);
        assertThat(methods.err()).contains("bench takes --method or --methods, not both.");
        assertThat(solvers.err() + methods.err()).doesNotContain("warming up");
    }
}
