package org.cemc.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariableProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;
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
     * incumbent and bound.
     */
    public static SolveResult solve(LinearModel model, SolverSettings settings, long startNanos,
                                    SolveProgress progress) {
        long start = System.nanoTime();
        double limit = settings.timeLimitSeconds();
        double spent = (start - startNanos) / 1e9;
        long stopAt = System.currentTimeMillis()
                + (long) (1000 * (limit - spent - RETURN_SHARE * limit - RETURN_SECONDS));
        long endAt = startNanos + (long) (1e9 * (limit + Math.max(1, 0.05 * limit) / 2));
        String name = settings.backend().cliName();
        if (!isAvailable(settings.backend())) {
            return SolveResult.failure(SolveStatus.ERROR, new SolveResult.Solver(name, "", 0),
                    "solver " + name + " is not available in this OR-Tools build");
        }
        MPModelProto proto = proto(model, settings.relaxIntegers());
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
                    settings.backend() == SolverBackend.CBC ? CBC_SHARE : 1, settings.relativeGap(),
                    settings.relaxIntegers(), progress != SolveProgress.NONE, improvingSolutions, proto);
            return solve(model, request, settings, start, endAt,
                    new SolverLog(settings.backend(), startNanos, progress));
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

    private static SolveResult solve(LinearModel model, SolverProcess.Request request, SolverSettings settings,
                                     long start, long endAt, SolverLog log) {
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
            Optional<SolveResult> best = lastImprovingSolution(model, request, solver);
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
    private static Optional<SolveResult> lastImprovingSolution(LinearModel model, SolverProcess.Request request,
                                                               SolveResult.Solver solver) {
        Optional<double[]> values;
        try {
            values = HighsSolutionFile.lastSolution(request.improvingSolutions(), request.model());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return values.map(solution -> SolveResult.solution(SolveStatus.FEASIBLE,
                HighsSolutionFile.objective(request.model(), solution), Double.NaN, solution, solver,
                model.isSatisfiedBy(solution, VERIFY_TOLERANCE)));
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
