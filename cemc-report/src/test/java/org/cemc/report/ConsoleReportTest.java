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

    private static Outcome optimal(CommunityCase community) {
        SolveResult solve = new SolveResult(SolveStatus.OPTIMAL, 1, 1, 0, new double[0], "cbc", "2.10", 0.1, true, "");
        return new Outcome(community, SolverSettings.defaults(), SolveMethod.DIRECT,
                new Outcome.ModelSize(1, 1, 0, "direct MILP"), 0.01, solve, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void oneOfEachIsSaidInTheSingular() {
        assertThat(ConsoleReport.facts(optimal(COMMUNITY)))
                .contains("1 house in 1 community, 1 period of 1 h, 0 guest EVs")
                .doesNotContain("communities", "houses", "periods");
    }

    @Test
    void manyAreSaidInThePlural() {
        CommunityCase two = TestCommunities.periods(2).house("a", h -> h).house("b", h -> h.community("ec2"))
                .ev("ev1", 0, 2, 0.5, 0.5).build();

        assertThat(ConsoleReport.facts(optimal(two)))
                .contains("2 houses in 2 communities, 2 periods of 1 h, 1 guest EV" + System.lineSeparator());
    }

    @Test
    void aCountNamesItsNounInTheRightNumber() {
        assertThat(ConsoleReport.count(1, "community", "communities")).isEqualTo("1 community");
        assertThat(ConsoleReport.count(0, "community", "communities")).isEqualTo("0 communities");
        assertThat(ConsoleReport.count(2, "guest EV", "guest EVs")).isEqualTo("2 guest EVs");
    }
}
