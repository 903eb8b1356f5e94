package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cemc.input.CaseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case read with warnings (docs/case-format.md, "Plausible ranges" and "Horizon") is still solved: each warning
 * is printed on standard error as {@code cemc: warning: ..} before solving; an implausible value is refused.
 */
class CaseWarningsTest {
    @TempDir
    Path temp;

    @Test
    void solvePrintsEachWarningOnStandardErrorAndStillSolves() {
        Path folder = CaseFolder.writeTo(temp).replace("case.yaml", "departure_hour: 2",
                "departure_hour: 30").path();
        Path out = temp.resolve("results");

        CliRun run = CliRun.of("solve", folder.toString(), "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("cemc: warning: " + folder.resolve("case.yaml")
                + ", field guest_evs[0].departure_hour: guest EV \"ev1\" leaves at 30 h, after the horizon ends at 2 h"
                + " (2 periods of 1 h); it is cut at the horizon: treated as leaving at 2 h");
        assertThat(run.err().lines().filter(l -> l.startsWith("cemc: warning: "))).hasSize(1);
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void theExampleSolvesWithoutWarnings() {
        CliRun run = CliRun.of("solve", "../examples/two-houses", "--out", temp.resolve("example").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void aPriceOf1e308IsRefusedWithExitTwoAndNothingWritten() {
        Path folder = CaseFolder.writeTo(temp).replace("prices.csv", "1,0.2,", "1,1e308,").path();
        Path out = temp.resolve("results");

        CliRun run = CliRun.of("solve", folder.toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("cemc: ").contains("prices.csv line 3, column \"grid_buy\"")
                .contains("the plausible range -100 to 100 USD per kWh").doesNotContain("infeasible");
        assertThat(out).doesNotExist();
    }
}
