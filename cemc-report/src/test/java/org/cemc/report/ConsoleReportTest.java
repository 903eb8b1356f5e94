package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cemc.check.CheckReport;
import org.cemc.check.Violation;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    private static final CommunityCase COMMUNITY = TestCommunities.periods(1).house("a", h -> h).build();

    private static Outcome ended(SolveStatus status, String message, Optional<CheckReport> check) {
        SolveResult solve = new SolveResult(status, 1, 1, 0, new double[0], "cbc", "2.10", 0.1, false, message);
        return new Outcome(COMMUNITY, SolverSettings.defaults(), SolveMethod.DIRECT,
                new Outcome.ModelSize(1, 1, 0, "direct MILP"), 0.01, solve,
                List.of(), check, Optional.empty(), Optional.empty());
    }

    @Test
    void aSolveStoppedWithoutASolutionSuggestsMoreTime() {
        String why = ConsoleReport.whyNoSchedule(ended(SolveStatus.NO_SOLUTION_FOUND,
                "no solution was found within the time limit of 0.5 s", Optional.empty()));

        assertThat(why).contains("time limit of 0.5 s", "try a longer --time-limit", "or --method decomposition.");
    }

    @Test
    void aFailureInsideTheSolverAdapterIsSaidToBeAFaultWithItsCauseNotATimeLimit() {
        String why = ConsoleReport.whyNoSchedule(ended(SolveStatus.ERROR,
                "internal error in the solver adapter: the solver process ended with exit status 134", Optional.empty()));

        assertThat(why).contains("exit status 134", "please report it").doesNotContain("--time-limit");
    }

    @Test
    void aSolutionThatFailedTheCheckerNamesTheViolationAndIsNeverShown() {
        CheckReport failed = new CheckReport(List.of(new Violation("K1 interruptible balance", "a", 0, "1 != 2")), 10);

        String why = ConsoleReport.whyNoSchedule(ended(SolveStatus.OPTIMAL, "", Optional.of(failed)));

        assertThat(why).contains("failed the checks", "K1 interruptible balance at a in period 0: 1 != 2", "bug");
    }

    @Test
    void anUnprovenGapIsSaidToBeUnknownNotZero() {
        SolveResult solve = new SolveResult(SolveStatus.FEASIBLE, 10, Double.NaN, Double.NaN, new double[0], "highs",
                "", 1, true, "");
        Outcome outcome = new Outcome(COMMUNITY, SolverSettings.defaults(), SolveMethod.DIRECT,
                new Outcome.ModelSize(1, 1, 0, "direct MILP"), 0.01,
                solve, List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(ConsoleReport.facts(outcome)).contains("status FEASIBLE", "no bound proven, gap unknown")
                .doesNotContain("gap 0");
    }
}
