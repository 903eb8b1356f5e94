package org.cemc.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariableProto;
import com.google.ortools.linearsolver.PartialVariableAssignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.Predicate;
import org.cemc.model.LinearModel;

/**
 * The one class that talks to OR-Tools: hands a {@link LinearModel} to a solver and reads the answer back. The
 * solve runs in a solver process ({@link SolverProcess}), so the time limit is kept on the wall clock: the solver is
 * given the time left less a margin to return its best solution, and a solver still busy at the deadline is ended.
 */
public final class MilpSolver {
    /**
     * The solver is asked to stop this long before the time limit (a share of the limit plus a constant), to hand
     * its answer back in time; a solver still busy half the promised tolerance after the limit is ended. The
     * promise is the limit within max(1 s, 5 %).
     */
    private static final double RETURN_SHARE = 0.03;
    private static final double RETURN_SECONDS = 0.2;
    /**
     * CBC stops well after its own limit: asked for 0.5, 1, 2, 4 and 8 s on a 150-item knapsack it took 1.3, 2.3,
     * 5.5, 10 and 12 s (docs/solvers.md). It is asked to stop at this share of the time, so that it usually hands
     * back its best solution before it would have to be ended.
     */
    private static final double CBC_SHARE = 0.4;
    /** A quiet solver's progress is still told this often, so the clock moves. */
    private static final long PROGRESS_MILLIS = 1000;
    /** Feasibility tolerance for the check of a solution read back from HiGHS's file, as OR-Tools' own check. */
    private static final double VERIFY_TOLERANCE = 1e-6;
    /**
     * How far below the first stage's profit (relative to its size) the tie-break may pick a schedule: solvers keep
     * rows to about 1e-6, so this only gives their tolerance room, and every solver's pick earns the same.
     */
    private static final double TIE_TOLERANCE = 1e-9;
    /**
     * The tie-break may take this many times the first stage's time, and at least {@link #TIE_BUDGET_MIN_SECONDS}:
     * CBC is asked to stop at {@link #CBC_SHARE} of that, and with a 1 s floor it left the tie-break of an 18-house
     * case unfinished on a busy machine.
     */
    private static final double TIE_BUDGET_SHARE = 4;
    private static final double TIE_BUDGET_MIN_SECONDS = 5;
    /** The improving-solutions file of a request to a solver other than HiGHS, which writes none. */
    private static final Path NO_FILE = Path.of("unused");

    static {
        Loader.loadNativeLibraries();
    }

    private MilpSolver() {
    }

    /** Whether this machine's OR-Tools build has the backend. */
    public static boolean isAvailable(SolverBackend backend) {
        MPSolver solver = MPSolver.createSolver(backend.orToolsId());
        if (solver == null) {
            return false;
        }
        solver.delete();
        return true;
    }

    /**
     * Starts a solver process now if none is idle, so that its start overlaps with building the model rather than
     * taking from the solver's time.
     */
    public static void prepare() {
        prepare(1);
    }

    /** Starts solver processes now until {@code count} are idle, for that many solves to run side by side. */
    public static void prepare(int count) {
        SolverProcesses.shared().prepare(count);
    }

    /** Solves within {@code settings.timeLimitSeconds()} of wall-clock time from now. */
    public static SolveResult solve(LinearModel model, SolverSettings settings) {
        return solve(model, settings, System.nanoTime(), SolveProgress.NONE);
    }

    /**
     * Solves within {@code settings.timeLimitSeconds()} of wall-clock time from {@code startNanos} (on
     * {@link System#nanoTime()}'s clock: the caller's work since then, such as building the model, is inside the
     * limit), telling {@code progress} about once a second the elapsed time and, where the solver logs them, its
     * incumbent and bound. A model with a tie-break is then solved a second time, within the same limit, for the
     * solution the tie-break prefers among those as profitable as the first ({@link #breakTies}), unless the
     * settings turn it off.
     */
    public static SolveResult solve(LinearModel model, SolverSettings settings, long startNanos,
                                    SolveProgress progress) {
        String name = settings.backend().cliName();
        if (!isAvailable(settings.backend())) {
            return SolveResult.failure(SolveStatus.ERROR, new SolveResult.Solver(name, "", 0),
                    "solver " + name + " is not available in this OR-Tools build");
        }
        long start = System.nanoTime();
        MPModelProto proto = proto(model, settings.relaxIntegers());
        SolveResult optimum = solve(proto, settings, settings.relativeGap(), startNanos, progress,
                solution -> model.isSatisfiedBy(solution, VERIFY_TOLERANCE));
        if (!optimum.status().hasSolution() || settings.relaxIntegers() || !settings.tieBreak()
                || !model.hasTieBreak()) {
            return optimum;
        }
        return breakTies(model, proto, optimum, settings, start, startNanos, progress);
    }

    /**
     * The second stage: the tie-break maximised over the solutions whose profit is within {@link #TIE_TOLERANCE}
     * (relative) of the first stage's, solved to optimality in the time left, but no longer than
     * {@link #TIE_BUDGET_SHARE} times the first stage took (at least {@link #TIE_BUDGET_MIN_SECONDS}): a
     * tie-break changes no one's total, so it may not turn a quick optimum into a wait for the time limit. The
     * first stage's bound still holds; its solution stays the answer if the second stage finds nothing in time.
     */
    private static SolveResult breakTies(LinearModel model, MPModelProto optimumProto, SolveResult optimum,
                                         SolverSettings settings, long start, long startNanos,
                                         SolveProgress progress) {
        long tieStart = System.nanoTime();
        double spent = (tieStart - startNanos) / 1e9;
        double budget = Math.max(TIE_BUDGET_MIN_SECONDS, TIE_BUDGET_SHARE * optimum.solveSeconds());
        SolverSettings tieSettings = settings.withTimeLimit(Math.min(settings.timeLimitSeconds(), spent + budget));
        double profit = model.objectiveValue(optimum.values());
        double floor = profit - TIE_TOLERANCE * Math.max(1, Math.abs(profit));
        MPModelProto tieProto = tieBreakProto(model, optimumProto, floor, optimum.values());
        // The progress line keeps showing the optimum found: the tie-break's own values are not profit.
        SolveProgress keepOptimum = (elapsed, incumbent, bound) ->
                progress.update(elapsed, optimum.objective(), optimum.bound());
        SolveResult tied = solve(tieProto, tieSettings, 0, startNanos, keepOptimum,
                solution -> model.isSatisfiedBy(solution, VERIFY_TOLERANCE)
                        && model.objectiveValue(solution) >= floor - VERIFY_TOLERANCE * Math.max(1, Math.abs(floor)));
        double tieSeconds = (System.nanoTime() - tieStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!tied.status().hasSolution()) {
            return optimum.withSolveSeconds(seconds)
                    .withTieBreak(new TieBreak(TieBreak.Status.UNFINISHED, tieSeconds));
        }
        TieBreak.Status status = tied.status() == SolveStatus.OPTIMAL
                ? TieBreak.Status.APPLIED : TieBreak.Status.UNFINISHED;
        SolveResult.Solver solver = new SolveResult.Solver(optimum.solverName(), optimum.solverVersion(), seconds);
        return SolveResult.solution(optimum.status(), model.objectiveValue(tied.values()), optimum.bound(),
                        tied.values(), solver, tied.solverVerified())
                .withTieBreak(new TieBreak(status, tieSeconds));
    }

    /**
     * The tie-break's model: the same variables and rows, the tie-break as objective, a row keeping the profit at
     * {@code floor} or above, and the first stage's solution as a hint for the solvers that take one.
     */
    private static MPModelProto tieBreakProto(LinearModel model, MPModelProto optimumProto, double floor,
                                      double[] optimumValues) {
        MPModelProto.Builder tie = optimumProto.toBuilder().setObjectiveOffset(0);
        MPConstraintProto.Builder profit = MPConstraintProto.newBuilder().setName("tie_break_profit_floor")
                .setLowerBound(floor - model.objectiveConstant()).setUpperBound(Double.POSITIVE_INFINITY);
        PartialVariableAssignment.Builder hint = PartialVariableAssignment.newBuilder();
        for (int i = 0; i < model.variableCount(); i++) {
            tie.getVariableBuilder(i).setObjectiveCoefficient(model.tieBreakCoefficient(i));
            double coefficient = model.objectiveCoefficient(i);
            if (coefficient != 0) {
                profit.addVarIndex(i).addCoefficient(coefficient);
            }
            hint.addVarIndex(i).addVarValue(optimumValues[i]);
        }
        return tie.addConstraint(profit).setSolutionHint(hint).build();
    }

    /**
     * One solve of {@code proto} in a solver process, within the time limit counted from {@code startNanos};
     * {@code feasible} checks a solution recovered from HiGHS's file, which OR-Tools has not checked.
     */
    private static SolveResult solve(MPModelProto proto, SolverSettings settings, double relativeGap,
                                     long startNanos, SolveProgress progress, Predicate<double[]> feasible) {
        long start = System.nanoTime();
        double limit = settings.timeLimitSeconds();
        double spent = (start - startNanos) / 1e9;
        long stopAt = System.currentTimeMillis()
                + (long) (1000 * (limit - spent - RETURN_SHARE * limit - RETURN_SECONDS));
        long endAt = startNanos + (long) (1e9 * (limit + Math.max(1, 0.05 * limit) / 2));
        String name = settings.backend().cliName();
        boolean highs = settings.backend() == SolverBackend.HIGHS;
        Path improvingSolutions;
        try {
            improvingSolutions = highs ? Files.createTempFile("cemc-highs", ".sol") : NO_FILE;
        } catch (IOException e) {
            return SolveResult.failure(SolveStatus.ERROR, new SolveResult.Solver(name, "", 0),
                    "internal error in the solver adapter: no temporary file: " + e.getMessage());
        }
        try {
            SolverProcess.Request request = new SolverProcess.Request(settings.backend(), stopAt,
                    settings.backend() == SolverBackend.CBC ? CBC_SHARE : 1, relativeGap,
                    settings.relaxIntegers(), progress != SolveProgress.NONE, improvingSolutions, proto);
            return solve(request, settings, start, endAt, new SolverLog(settings.backend(), startNanos, progress),
                    feasible);
        } finally {
            if (highs) {
                try {
                    Files.deleteIfExists(improvingSolutions);
                } catch (IOException leftBehind) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }

    private static SolveResult solve(SolverProcess.Request request, SolverSettings settings, long start, long endAt,
                                     SolverLog log, Predicate<double[]> feasible) {
        String name = settings.backend().cliName();
        Timer clock = new Timer("cemc-solve-progress", true);
        if (request.log()) {
            clock.schedule(new TimerTask() {
                @Override
                public void run() {
                    log.tick();
                }
            }, PROGRESS_MILLIS, PROGRESS_MILLIS);
        }
        SolverProcesses.Outcome outcome;
        try {
            outcome = SolverProcesses.shared().solve(request, endAt, log::read);
        } finally {
            clock.cancel();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        SolveResult.Solver solver = new SolveResult.Solver(name, "", seconds);
        if (outcome instanceof SolverProcesses.Outcome.DeadlinePassed && settings.backend() == SolverBackend.HIGHS) {
            Optional<SolveResult> best = lastImprovingSolution(request, solver, feasible);
            if (best.isPresent()) {
                return best.get();
            }
        }
        if (outcome instanceof SolverProcesses.Outcome.DeadlinePassed) {
            return SolveResult.failure(SolveStatus.NO_SOLUTION_FOUND, solver, String.format(Locale.ROOT,
                    "%s found no solution within the time limit of %s s (it was stopped at the limit)", name,
                    number(settings.timeLimitSeconds())));
        }
        if (outcome instanceof SolverProcesses.Outcome.Failed failed) {
            return SolveResult.failure(SolveStatus.ERROR, solver, "internal error in the solver adapter: "
                    + failed.cause());
        }
        return read(((SolverProcesses.Outcome.Answered) outcome).reply(), settings,
                new SolveResult.Solver(name, ((SolverProcesses.Outcome.Answered) outcome).reply().version(), seconds));
    }

    /**
     * HiGHS's best solution when it was ended at the deadline, read from the file it appends improving solutions
     * to, and checked against the model here, in Java: loading a large model back into OR-Tools to check it would
     * take seconds past the deadline. No bound is claimed: HiGHS's own cannot be asked for once it is ended.
     */
    private static Optional<SolveResult> lastImprovingSolution(SolverProcess.Request request,
                                                               SolveResult.Solver solver,
                                                               Predicate<double[]> feasible) {
        Optional<double[]> values;
        try {
            values = HighsSolutionFile.lastSolution(request.improvingSolutions(), request.model());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return values.map(solution -> SolveResult.solution(SolveStatus.FEASIBLE,
                HighsSolutionFile.objective(request.model(), solution), Double.NaN, solution, solver,
                feasible.test(solution)));
    }

    /** The model as OR-Tools' model proto, to be maximised; binaries relaxed to [0, 1] if asked. */
    static MPModelProto proto(LinearModel model, boolean relaxIntegers) {
        MPModelProto.Builder proto = MPModelProto.newBuilder().setMaximize(true)
                .setObjectiveOffset(model.objectiveConstant());
        List<LinearModel.Variable> variables = model.variables();
        for (int i = 0; i < variables.size(); i++) {
            LinearModel.Variable v = variables.get(i);
            proto.addVariable(MPVariableProto.newBuilder().setName(v.name()).setLowerBound(v.lower())
                    .setUpperBound(v.upper()).setIsInteger(v.integer() && !relaxIntegers)
                    .setObjectiveCoefficient(model.objectiveCoefficient(i)));
        }
        for (LinearModel.Row row : model.rows()) {
            MPConstraintProto.Builder constraint = MPConstraintProto.newBuilder().setName(row.name())
                    .setLowerBound(row.lower()).setUpperBound(row.upper());
            for (int k = 0; k < row.variables().length; k++) {
                constraint.addVarIndex(row.variables()[k]).addCoefficient(row.coefficients()[k]);
            }
            proto.addConstraint(constraint);
        }
        return proto.build();
    }

    private static SolveResult read(SolverProcess.Reply reply, SolverSettings settings, SolveResult.Solver solver) {
        return switch (reply.status()) {
            case "OPTIMAL", "FEASIBLE" -> SolveResult.solution("OPTIMAL".equals(reply.status())
                    ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, reply.objective(), reply.bound(), reply.values(),
                    solver, reply.verified());
            case "INFEASIBLE" -> SolveResult.failure(SolveStatus.INFEASIBLE, solver,
                    "the solver proved the model infeasible");
            case "UNBOUNDED" -> SolveResult.failure(SolveStatus.UNBOUNDED, solver,
                    "the solver found the model unbounded");
            case "NOT_SOLVED" -> SolveResult.failure(SolveStatus.NO_SOLUTION_FOUND, solver, reply.message().isEmpty()
                    ? "no solution was found within the time limit of " + number(settings.timeLimitSeconds()) + " s"
                    : reply.message());
            case SolverProcess.Reply.INTERNAL_ERROR -> SolveResult.failure(SolveStatus.ERROR, solver,
                    "internal error in the solver adapter: " + reply.message());
            default -> SolveResult.failure(SolveStatus.ERROR, solver, "the solver returned status " + reply.status());
        };
    }

    private static String number(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
