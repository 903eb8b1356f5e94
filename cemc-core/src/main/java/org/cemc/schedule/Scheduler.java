package org.cemc.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;

/** Schedules one day: builds the model, solves it, and lets a schedule out only once the checker passed it. */
public final class Scheduler {
    private Scheduler() {
    }

    /** Solves the day by the method {@link SolveMethod#AUTO} picks for its size. */
    public static Outcome run(CommunityCase community, SolverSettings settings) {
        return run(community, settings, SolveMethod.AUTO);
    }

    public static Outcome run(CommunityCase community, SolverSettings settings, SolveMethod method) {
        return run(community, settings, method, Optional.empty(), RunListener.SILENT);
    }

    /**
     * As {@link #run(CommunityCase, SolverSettings, SolveMethod)}, with the first-stage decisions fixed when
     * {@code fixed} is given (by either method), and telling {@code listener} how the run goes. The time limit counts
     * from here: building the model and the decomposition's own work are inside it.
     */
    public static Outcome run(CommunityCase community, SolverSettings settings, SolveMethod method,
                              Optional<FirstStage> fixed, RunListener listener) {
        if (method.resolve(community, settings.relaxIntegers()) == SolveMethod.DECOMPOSITION) {
            return runDecomposed(community, settings, fixed, listener);
        }
        long start = System.nanoTime();
        MilpSolver.prepare();
        SchedulingModel model = SchedulingModel.build(community);
        fixed.ifPresent(model::fixFirstStage);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        List<Hostability> refused = model.hostability().stream().filter(h -> !h.servable()).toList();
        Outcome.Setup setup = new Outcome.Setup(community, settings, SolveMethod.DIRECT,
                new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount(), "direct MILP"),
                buildSeconds, refused);
        listener.refused(refused);

        SolveResult result = MilpSolver.solve(lp, settings, start, listener.solve());
        if (!result.status().hasSolution() || settings.relaxIntegers()) {
            return Outcome.unchecked(setup, result);
        }
        return checked(setup, result, model.schedule(result.values()));
    }

    /**
     * The decomposition over K12 (org.cemc.decomposition); its bound and schedule as a solver's would be. Its build
     * time is the setup's plus every hosting-block model's (built in parallel, within the solve time).
     */
    private static Outcome runDecomposed(CommunityCase community, SolverSettings settings,
                                         Optional<FirstStage> fixed, RunListener listener) {
        long start = System.nanoTime();
        PoolDecomposition decomposition = new PoolDecomposition(community, settings, fixed);
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        List<Hostability> refused = Hostability.of(community).stream().filter(h -> !h.servable()).toList();
        listener.refused(refused);

        start = System.nanoTime();
        PoolDecomposition.Result decomposed = decomposition.run(listener.decomposition(decomposition.steps()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double buildSeconds = setupSeconds
                + decomposed.blockSizes().stream().mapToDouble(PoolDecomposition.BlockSize::buildSeconds).sum();
        Outcome.Setup setup = new Outcome.Setup(community, settings, SolveMethod.DECOMPOSITION,
                sizeOf(decomposed, ""), buildSeconds, refused);
        SolveResult result = solveResult(decomposed, settings, seconds);
        return checked(setup, result, decomposed.scenarios().get(0).schedule());
    }

    /** The decomposition's result as a solver's would be: optimal once its proven gap is within the tolerance. */
    private static SolveResult solveResult(PoolDecomposition.Result decomposed, SolverSettings settings,
                                           double seconds) {
        SolveResult.Solver solver = new SolveResult.Solver(settings.backend().cliName() + " (decomposition)",
                decomposed.solverVersion(), seconds);
        double objective = decomposed.objective();
        SolveStatus status = SolveResult.gap(objective, decomposed.bound()) <= settings.relativeGap()
                ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return SolveResult.solution(status, objective, decomposed.bound(), new double[0], solver,
                decomposed.solverVerified()).withTieBreak(decomposed.tieBreak());
    }

    private static Outcome.ModelSize sizeOf(PoolDecomposition.Result decomposed, String over) {
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
        String unhosted = decomposed.unhostedBlocks() == 0 ? "" : String.format(Locale.ROOT,
                "; %d not solved by the time limit, their guest EVs left unhosted", decomposed.unhostedBlocks());
        return new Outcome.ModelSize(variables, constraints, binaries, String.format(Locale.ROOT,
                "decomposed over K12%s: %d hosting-block MILP%s (largest %,d variables%s) and %,d house-periods in "
                        + "closed form", over, blocks, blocks == 1 ? "" : "s", largest, unhosted,
                decomposed.closedFormHousePeriods()));
    }

    /** Lets a schedule out only if the checker passed it and its profit is the claimed objective. */
    private static Outcome checked(Outcome.Setup setup, SolveResult result, Schedule schedule) {
        CheckReport check = ScheduleChecker.check(setup.community(), schedule, result.objective());
        return Outcome.checked(setup, result, check, schedule, check.passed() && result.solverVerified());
    }

    /**
     * Solves the two-stage stochastic program over {@code scenarios} by the method {@link SolveMethod#AUTO} picks
     * for the day's size, and checks every scenario's schedule, that they share their first stage, and that their
     * expected profit is the solver's objective.
     */
    public static StochasticOutcome runStochastic(CommunityCase base, FleetScenarios scenarios,
                                                  SolverSettings settings) {
        return runStochastic(base, scenarios, settings, SolveMethod.AUTO, RunListener.SILENT);
    }

    /**
     * As {@link #runStochastic(CommunityCase, FleetScenarios, SolverSettings)} by {@code method}, telling
     * {@code listener}. The decomposition shares the pool prices between scenarios
     * ({@link PoolDecomposition#twoStage}); the direct MILP states the program whole.
     */
    public static StochasticOutcome runStochastic(CommunityCase base, FleetScenarios scenarios,
                                                  SolverSettings settings, SolveMethod method, RunListener listener) {
        if (method.resolve(base, settings.relaxIntegers()) == SolveMethod.DECOMPOSITION) {
            return runStochasticDecomposed(base, scenarios, settings, listener);
        }
        long start = System.nanoTime();
        MilpSolver.prepare();
        double[] probabilities = scenarios.probabilities();
        SchedulingModel model = SchedulingModel.buildStochastic(base, scenarios.fleets(), probabilities);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        Outcome.ModelSize size = new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount(),
                "direct MILP, two-stage");

        SolveResult result = MilpSolver.solve(lp, settings, start, listener.solve());
        if (!result.status().hasSolution() || settings.relaxIntegers()) {
            List<StochasticOutcome.Scenario> unsolved = new ArrayList<>();
            for (int s = 0; s < model.scenarios(); s++) {
                unsolved.add(StochasticOutcome.Scenario.unsolved(s + 1, probabilities[s], model.community(s)));
            }
            return new StochasticOutcome(base, settings, size, buildSeconds, result, unsolved, Optional.empty(),
                    Optional.empty());
        }
        List<CommunityCase> communities = new ArrayList<>();
        List<Schedule> schedules = new ArrayList<>();
        for (int s = 0; s < model.scenarios(); s++) {
            communities.add(model.community(s));
            schedules.add(model.schedule(s, result.values()));
        }
        return checked(base, settings, size, buildSeconds, result, probabilities, communities, schedules);
    }

    /**
     * The two-stage program decomposed over K12 ({@link PoolDecomposition#twoStage}); its bound and schedules as a
     * solver's would be.
     */
    private static StochasticOutcome runStochasticDecomposed(CommunityCase base, FleetScenarios scenarios,
                                                             SolverSettings settings, RunListener listener) {
        long start = System.nanoTime();
        double[] probabilities = scenarios.probabilities();
        PoolDecomposition decomposition = PoolDecomposition.twoStage(base, scenarios.fleets(), probabilities,
                settings);
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        PoolDecomposition.Result decomposed = decomposition.run(listener.decomposition(decomposition.steps()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double buildSeconds = setupSeconds
                + decomposed.blockSizes().stream().mapToDouble(PoolDecomposition.BlockSize::buildSeconds).sum();
        Outcome.ModelSize size = sizeOf(decomposed, String.format(Locale.ROOT, " in %d scenarios",
                scenarios.fleets().size()));
        List<CommunityCase> communities = scenarios.fleets().stream().map(base::withGuestEvs).toList();
        List<Schedule> schedules = decomposed.scenarios().stream().map(PoolDecomposition.Scenario::schedule)
                .toList();
        return checked(base, settings, size, buildSeconds, solveResult(decomposed, settings, seconds),
                probabilities, communities, schedules);
    }

    /**
     * Checks every scenario's schedule on its case ({@code communities.get(s)}), that all share the first stage,
     * and that their expected profit is {@code result}'s objective.
     */
    private static StochasticOutcome checked(CommunityCase base, SolverSettings settings, Outcome.ModelSize size,
                                             double buildSeconds, SolveResult result, double[] probabilities,
                                             List<CommunityCase> communities, List<Schedule> schedules) {
        List<StochasticOutcome.Scenario> solved = new ArrayList<>();
        double expected = 0;
        for (int s = 0; s < schedules.size(); s++) {
            CommunityCase community = communities.get(s);
            Schedule schedule = schedules.get(s);
            ProfitTable profit = ProfitTable.of(community, schedule);
            expected += probabilities[s] * profit.total();
            solved.add(StochasticOutcome.Scenario.checked(s + 1, probabilities[s], community,
                    ScheduleChecker.checkConstraints(community, schedule), schedule, profit));
        }
        CheckReport expectation = ScheduleChecker.checkObjective("expected objective (sum of probability x "
                + "scenario profit = solver objective)", expected, result.objective());
        return new StochasticOutcome(base, settings, size, buildSeconds, result, solved, Optional.of(expectation),
                Optional.of(ScheduleChecker.checkSharedFirstStage(schedules)));
    }
}
