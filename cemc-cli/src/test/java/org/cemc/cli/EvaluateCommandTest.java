package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    static Path solved;

    @BeforeAll
    static void solveTheBuiltInCase() {
        CliRun run = CliRun.of("solve", "--out", solved.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void replaysTheScheduleOnFreshDaysAndReportsTheProfitDistribution(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("evaluate", "--schedule", solved.toString(), "--samples", "4", "--seed", "7",
                "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("replayed on 4 days", "profit: mean", "5th percentile", "perfect-information bound",
                "guest EVs not served");
        // The built-in case's first stage does not depend on its guest EVs (docs/scenarios.md): nothing given up,
        // and a difference of rounding error reads 0.00, not -0.00.
        assertThat(run.out()).contains("the schedule gives up 0.00 a day").doesNotContain("-0.00");
        assertThat(run.err()).as("progress is drawn on a terminal only").doesNotContain("evaluating days");
        assertThat(Files.readAllLines(out.resolve("evaluation.csv"))).hasSize(5);
    }

    /**
     * The decomposition fixes the first stage too, so --method applies to the replay as to the perfect-information
     * days (each day then a checked schedule, or evaluate fails).
     */
    @Test
    void theMethodAppliesToTheReplayAndThePerfectInformationDays() {
        CliRun run = CliRun.of("evaluate", "--schedule", solved.toString(), "--samples", "2", "--method",
                "decomposition");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("replayed on 2 days", "perfect-information bound");
    }

    @Test
    void aFirstStageFileWithABrokenBinaryIsRefused(@TempDir Path broken) throws IOException {
        String text = Files.readString(solved.resolve("first-stage.csv"));
        int line = text.indexOf('\n', text.indexOf('\n') + 1);
        String[] second = text.substring(text.indexOf('\n') + 1, line).split(",");
        second[3] = "0.5";
        Files.writeString(broken.resolve("first-stage.csv"),
                text.substring(0, text.indexOf('\n') + 1) + String.join(",", second) + text.substring(line));

        CliRun run = CliRun.of("evaluate", "--schedule", broken.toString(), "--samples", "2");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("first-stage.csv line 2, column \"export_mode\": 0.5 is neither 0 nor 1");
    }

    @Test
    void aFolderWithoutAFirstStageIsRefused(@TempDir Path empty) {
        CliRun run = CliRun.of("evaluate", "--schedule", empty.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("first-stage.csv does not exist");
    }

    @Test
    void noDaysAtOnceIsABadInput(@TempDir Path out) {
        assertThat(CliRun.of("solve", "--out", out.toString()).status()).isZero();

        CliRun run = CliRun.of("evaluate", "--schedule", out.toString(), "--parallel", "0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--parallel must be at least 1; got 0.");
    }

    @Test
    void theStochasticModeWritesEachScenarioAndTheExpectedProfit(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("solve", "--ev-mode", "stochastic", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("reduced by K-means to 3 scenarios", "scenario 3 (p = ", "expected profit",
                "equals the objective");
        assertThat(out.resolve("scenario-1/schedule.csv")).exists();
        assertThat(out.resolve("first-stage.csv")).exists();
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"expected_profit\"", "\"scenarios\"");
    }

    /**
     * --method applies to the stochastic program too: decomposed, the built-in case's three scenarios share one
     * first stage, which the checker confirms (summary.json), and the expected profit is proven within the gap.
     */
    @Test
    void theStochasticModeDecomposesWhenAsked(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("solve", "--ev-mode", "stochastic", "--method", "decomposition", "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("decomposed over K12 in 3 scenarios",
                "first stage (v, r, DR) the same in every scenario: checked");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"first_stage_shared\" : true");
    }
}
