package org.cemc.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cemc.check.CheckReport;
import org.cemc.check.ScheduleChecker;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.model.LinearModel;
import org.cemc.model.SchedulingModel;
import org.cemc.scenario.FleetScenarios;
import org.cemc.result.FirstStage;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;

/** Schedules one day: builds the model, solves it, and lets a schedule out only once the checker passed it. */
public final class Scheduler {
    private Scheduler() {
    }

    public static Outcome run(CommunityCase community, SolverSettings settings) {
        return run(community, settings, Optional.empty(), refused -> { });
    }

    /**
     * As {@link #run(CommunityCase, SolverSettings)}, with the first-stage decisions fixed when {@code fixed} is
     * given, and telling {@code beforeSolving} which EVs cannot be served.
     */
    public static Outcome run(CommunityCase community, SolverSettings settings, Optional<FirstStage> fixed,
                              Consumer<List<Hostability>> beforeSolving) {
        long start = System.nanoTime();
        SchedulingModel model = SchedulingModel.build(community);
        fixed.ifPresent(model::fixFirstStage);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        List<Hostability> refused = model.hostability().stream().filter(h -> !h.servable()).toList();
        Outcome.ModelSize size = new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount());
        beforeSolving.accept(refused);

        SolveResult result = MilpSolver.solve(lp, settings);
        if (!result.status().hasSolution() || settings.relaxIntegers()) {
            return new Outcome(community, settings, size, buildSeconds, result, refused, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        Schedule schedule = model.schedule(result.values());
        CheckReport check = ScheduleChecker.check(community, schedule, result.objective());
        boolean trusted = check.passed() && result.solverVerified();
        return new Outcome(community, settings, size, buildSeconds, result, refused, Optional.of(check),
                trusted ? Optional.of(schedule) : Optional.empty(),
                trusted ? Optional.of(ProfitTable.of(community, schedule)) : Optional.empty());
    }

    /**
     * Solves the two-stage stochastic program over {@code scenarios} and checks every scenario's schedule, and
     * that their expected profit is the solver's objective.
     */
    public static StochasticOutcome runStochastic(CommunityCase base, FleetScenarios scenarios,
                                                  SolverSettings settings) {
        long start = System.nanoTime();
        double[] probabilities = scenarios.probabilities();
        SchedulingModel model = SchedulingModel.buildStochastic(base, scenarios.fleets(), probabilities);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        Outcome.ModelSize size = new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount());

        SolveResult result = MilpSolver.solve(lp, settings);
        List<StochasticOutcome.Scenario> solved = new ArrayList<>();
        if (!result.status().hasSolution() || settings.relaxIntegers()) {
            for (int s = 0; s < model.scenarios(); s++) {
                solved.add(new StochasticOutcome.Scenario(s + 1, probabilities[s], model.community(s),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            }
            return new StochasticOutcome(base, settings, size, buildSeconds, result, solved, Optional.empty());
        }
        double expected = 0;
        for (int s = 0; s < model.scenarios(); s++) {
            CommunityCase community = model.community(s);
            Schedule schedule = model.schedule(s, result.values());
            ProfitTable profit = ProfitTable.of(community, schedule);
            expected += probabilities[s] * profit.total();
            solved.add(new StochasticOutcome.Scenario(s + 1, probabilities[s], community,
                    Optional.of(ScheduleChecker.checkConstraints(community, schedule)), Optional.of(schedule),
                    Optional.of(profit)));
        }
        CheckReport expectation = ScheduleChecker.checkObjective("expected objective (sum of probability x "
                + "scenario profit = solver objective)", expected, result.objective());
        return new StochasticOutcome(base, settings, size, buildSeconds, result, solved, Optional.of(expectation));
    }
}
