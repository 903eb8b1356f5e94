package org.cemc.schedule;

import java.util.List;
import java.util.Optional;
import org.cemc.check.CheckReport;
import org.cemc.community.CommunityCase;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;

/**
 * The two-stage stochastic program's result: one schedule per guest-EV scenario, all sharing the first-stage
 * decisions. It is trusted only when every scenario passed the checker, the checker found the first stage the same
 * in every scenario ({@code firstStageCheck}), OR-Tools verified the solution, and the expected profit recomputed
 * from the schedules equals the solver's objective ({@code expectationCheck}).
 */
public record StochasticOutcome(CommunityCase base, SolverSettings settings, Outcome.ModelSize size,
                                double buildSeconds, SolveResult solve, List<Scenario> scenarios,
                                Optional<CheckReport> expectationCheck, Optional<CheckReport> firstStageCheck) {

    /** One scenario: its probability, its community (the case with its guest EVs) and its checked schedule. */
    public record Scenario(int index, double probability, CommunityCase community, Optional<CheckReport> check,
                           Optional<Schedule> schedule, Optional<ProfitTable> profit) {

        /** A scenario of a solve that gave no schedule to check. */
        static Scenario unsolved(int index, double probability, CommunityCase community) {
            return new Scenario(index, probability, community, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** A scenario's schedule with the checker's verdict on its constraints. */
        static Scenario checked(int index, double probability, CommunityCase community, CheckReport check,
                                Schedule schedule, ProfitTable profit) {
            return new Scenario(index, probability, community, Optional.of(check), Optional.of(schedule),
                    Optional.of(profit));
        }
    }

    public StochasticOutcome {
        scenarios = List.copyOf(scenarios);
    }

    public boolean trusted() {
        return solve.solverVerified() && expectationCheck.map(CheckReport::passed).orElse(false)
                && firstStageCheck.map(CheckReport::passed).orElse(false)
                && scenarios.stream().allMatch(s -> s.check().map(CheckReport::passed).orElse(false));
    }

    /** Sum over scenarios of probability times profit, recomputed from the schedules. */
    public double expectedProfit() {
        return scenarios.stream().mapToDouble(s -> s.probability() * s.profit().orElseThrow().total()).sum();
    }
}
