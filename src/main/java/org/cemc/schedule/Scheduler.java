package org.cemc.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.cemc.check.CheckReport;
import org.cemc.check.ScheduleChecker;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.decomposition.PoolDecomposition;
import org.cemc.model.LinearModel;
import org.cemc.model.SchedulingModel;
import org.cemc.scenario.FleetScenarios;
import org.cemc.result.FirstStage;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveMethod;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;

/** Schedules one day: builds the model, solves it, and lets a schedule out only once the checker passed it. */
public final class Scheduler {
    private Scheduler() {
    }

    public static Outcome run(CommunityCase community, SolverSettings settings) {
        return run(community, settings, Optional.empty(), refused -> { }, steps -> done -> { });
    }

    /**
     * As {@link #run(CommunityCase, SolverSettings)}, with the first-stage decisions fixed when {@code fixed} is
     * given (always the direct MILP), telling {@code beforeSolving} which EVs cannot be served, and reporting a
     * decomposition's progress to {@code progress.apply(totalSteps)}.
     */
    public static Outcome run(CommunityCase community, SolverSettings settings, Optional<FirstStage> fixed,
                              Consumer<List<Hostability>> beforeSolving, IntFunction<IntConsumer> progress) {
        if (fixed.isEmpty()
                && settings.method().resolve(community, settings.relaxIntegers()) == SolveMethod.DECOMPOSITION) {
            return runDecomposed(community, settings, beforeSolving, progress);
        }
        long start = System.nanoTime();
        SchedulingModel model = SchedulingModel.build(community);
        fixed.ifPresent(model::fixFirstStage);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        List<Hostability> refused = model.hostability().stream().filter(h -> !h.servable()).toList();
        Outcome.ModelSize size = new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount(),
                "direct MILP");
        beforeSolving.accept(refused);

        SolveResult result = MilpSolver.solve(lp, settings);
        if (!result.status().hasSolution() || settings.relaxIntegers()) {
            return new Outcome(community, settings, size, buildSeconds, result, refused, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        return checked(community, settings, size, buildSeconds, result, refused, model.schedule(result.values()));
    }

    /**
     * The decomposition over K12 (org.cemc.decomposition); its bound and schedule as a solver's would be. Its build
     * time is the setup's plus every hosting-block model's (built in parallel, within the solve time).
     */
    private static Outcome runDecomposed(CommunityCase community, SolverSettings settings,
                                         Consumer<List<Hostability>> beforeSolving,
                                         IntFunction<IntConsumer> progress) {
        long start = System.nanoTime();
        PoolDecomposition decomposition = new PoolDecomposition(community, settings);
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        List<Hostability> refused = Hostability.of(community).stream().filter(h -> !h.servable()).toList();
        beforeSolving.accept(refused);

        start = System.nanoTime();
        PoolDecomposition.Result decomposed = decomposition.run(progress.apply(decomposition.steps()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double buildSeconds = setupSeconds
                + decomposed.blockSizes().stream().mapToDouble(PoolDecomposition.BlockSize::buildSeconds).sum();
        String solverName = settings.backend().cliName() + " (decomposition)";
        Outcome.ModelSize size = sizeOf(decomposed);
        if (decomposed.schedule().isEmpty()) {
            SolveResult failed = new SolveResult(SolveStatus.NO_SOLUTION_FOUND, Double.NaN, Double.NaN, Double.NaN,
                    new double[0], solverName, decomposed.solverVersion(), seconds, false, decomposed.failure());
            return new Outcome(community, settings, size, buildSeconds, failed, refused, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        double objective = decomposed.objective();
        double gap = Math.max(0, decomposed.bound() - objective) / Math.max(Math.abs(objective), 1e-9);
        SolveResult result = new SolveResult(gap <= settings.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                objective, decomposed.bound(), gap, new double[0], solverName, decomposed.solverVersion(), seconds,
                decomposed.solverVerified(), "");
        return checked(community, settings, size, buildSeconds, result, refused, decomposed.schedule().get());
    }

    private static Outcome.ModelSize sizeOf(PoolDecomposition.Result decomposed) {
        long variables = 0;
        long constraints = 0;
        long binaries = 0;
        long largest = 0;
        for (PoolDecomposition.BlockSize block : decomposed.blockSizes()) {
            variables += block.variables();
            constraints += block.constraints();
            binaries += block.binaries();
            largest = Math.max(largest, block.variables());
        }
        int blocks = decomposed.blockSizes().size();
        return new Outcome.ModelSize(variables, constraints, binaries, String.format(Locale.ROOT,
                "decomposed over K12: %d hosting-block MILP%s (largest %,d variables) and %,d house-periods in "
                        + "closed form", blocks, blocks == 1 ? "" : "s", largest,
                decomposed.closedFormHousePeriods()));
    }

    /** Lets a schedule out only if the checker passed it and its profit is the claimed objective. */
    private static Outcome checked(CommunityCase community, SolverSettings settings, Outcome.ModelSize size,
                                   double buildSeconds, SolveResult result, List<Hostability> refused,
                                   Schedule schedule) {
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
        Outcome.ModelSize size = new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount(),
                "direct MILP, two-stage");

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
