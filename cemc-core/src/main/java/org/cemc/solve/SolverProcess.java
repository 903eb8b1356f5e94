package org.cemc.solve;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;

/**
 * The solver's own process: runs one OR-Tools solve at a time for {@link SolverProcesses}. A solve lives in a
 * process of its own so that the caller's time limit is kept on the wall clock whatever the solver does: CBC counts
 * CPU time and does not look at its limit during its root LP or presolve, and cannot be interrupted, so a solve that
 * outlives its deadline is ended by ending this process. It also keeps a native crash out of the caller's JVM.
 *
 * <p>Protocol: each line on standard input names a request file and a reply file; the reply file is written whole,
 * then {@link #DONE} is printed on standard output. Everything else there is the solver's
 * log, which the caller reads for progress; the solvers print through C's buffered output, so the caller looks for
 * the marker anywhere in a line.
 */
public final class SolverProcess {
    /** Marks the line that says a reply file is complete. */
    static final String DONE = "CEMC-SOLVER-DONE";
    /** Feasibility tolerance for OR-Tools' own check of the returned solution. */
    private static final double VERIFY_TOLERANCE = 1e-6;
    /**
     * A CBC solve that took this share of its time limit or more ended by the limit, whatever status it gives
     * (it says INFEASIBLE when stopped before its root LP is solved).
     */
    private static final double CBC_LIMIT_REACHED_SHARE = 0.9;
    /** How long after its own time limit a solver that supports it is interrupted. */
    private static final long INTERRUPT_AFTER_MILLIS = 200;

    private SolverProcess() {
    }

    public static void main(String[] args) throws IOException {
        // A solver process never outlives its caller, even one that was killed: it ends at once, mid-solve.
        ProcessHandle.current().parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        Loader.loadNativeLibraries();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] files = line.split("\t");
            Request request = Request.read(Path.of(files[0]));
            Reply reply;
            try {
                reply = solve(request);
            } catch (IOException | RuntimeException | Error unexpected) {
                reply = Reply.internalError(unexpected);
            }
            reply.write(Path.of(files[1]));
            // On a line of its own: a solver's native output may have left a line unfinished.
            out.println();
            out.println(DONE);
        }
    }

    /**
     * What to solve and how.
     *
     * @param stopAtEpochMillis when the solver must have stopped, on the wall clock both processes share (so the
     *     time the solver process took to start is not the solver's)
     * @param share the share of the time left that the solver is given as its own limit (below 1 for a solver that
     *     overruns its limit)
     * @param log whether the solver logs its progress on standard output
     * @param improvingSolutions where HiGHS writes each better solution it finds, to be read should it stop
     *     without handing one over (unused by the other solvers)
     */
    record Request(SolverBackend backend, long stopAtEpochMillis, double share, double relativeGap,
                   boolean relaxIntegers, boolean log, Path improvingSolutions, MPModelProto model) {

        /** The solver's own time limit: its share of the seconds left, and a little at least so it starts. */
        double secondsLeft() {
            return Math.max(0.05, share * (stopAtEpochMillis - System.currentTimeMillis()) / 1000.0);
        }

        void write(Path file) throws IOException {
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                data.writeUTF(backend.name());
                data.writeLong(stopAtEpochMillis);
                data.writeDouble(share);
                data.writeDouble(relativeGap);
                data.writeBoolean(relaxIntegers);
                data.writeBoolean(log);
                data.writeUTF(improvingSolutions.toString());
                model.writeTo(data);
            }
        }

        static Request read(Path file) throws IOException {
            try (DataInputStream data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                return new Request(SolverBackend.valueOf(data.readUTF()), data.readLong(), data.readDouble(),
                        data.readDouble(), data.readBoolean(), data.readBoolean(), Path.of(data.readUTF()),
                        MPModelProto.parseFrom(data));
            }
        }
    }

    /**
     * What the solver answered.
     *
     * @param status OR-Tools' result status by name ({@code MPSolver.ResultStatus}), or {@code INTERNAL_ERROR}
     * @param bound the best bound the solver proved (NaN when it proved none)
     * @param values one per variable when there is a solution, else empty
     * @param message the cause of an internal error, else empty
     */
    record Reply(String status, double objective, double bound, double[] values, boolean verified, String version,
                 String message) {

        static final String INTERNAL_ERROR = "INTERNAL_ERROR";

        static Reply internalError(Throwable cause) {
            return new Reply(INTERNAL_ERROR, Double.NaN, Double.NaN, new double[0], false, "", cause.toString());
        }

        void write(Path file) throws IOException {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            // Buffered: unbuffered, each value was a system call of its own, a few ms per block of the decomposition.
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                data.writeUTF(status);
                data.writeDouble(objective);
                data.writeDouble(bound);
                data.writeBoolean(verified);
                data.writeUTF(version);
                data.writeUTF(message);
                data.writeInt(values.length);
                for (double value : values) {
                    data.writeDouble(value);
                }
            }
            Files.move(partial, file);
        }

        static Reply read(Path file) throws IOException {
            try (DataInputStream data = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                String status = data.readUTF();
                double objective = data.readDouble();
                double bound = data.readDouble();
                boolean verified = data.readBoolean();
                String version = data.readUTF();
                String message = data.readUTF();
                double[] values = new double[data.readInt()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.readDouble();
                }
                return new Reply(status, objective, bound, values, verified, version, message);
            }
        }
    }

    private static Reply solve(Request request) throws IOException {
        MPSolver solver = MPSolver.createSolver(request.backend().orToolsId());
        if (solver == null) {
            return Reply.internalError(new IllegalStateException("solver " + request.backend().cliName()
                    + " is not available in this OR-Tools build"));
        }
        try {
            String loadError = solver.loadModelFromProtoKeepNames(request.model());
            if (!loadError.isEmpty()) {
                throw new IllegalStateException("OR-Tools refused the model: " + loadError);
            }
            if (request.log()) {
                solver.enableOutput();
            }
            Answer answer = request.backend() == SolverBackend.HIGHS
                    ? solveHighs(solver, request) : solveInPlace(solver, request);
            boolean solved = answer.status() == MPSolver.ResultStatus.OPTIMAL
                    || answer.status() == MPSolver.ResultStatus.FEASIBLE;
            double[] values = new double[0];
            boolean verified = false;
            double objective = Double.NaN;
            if (solved) {
                values = new double[solver.numVariables()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = solver.variable(i).solutionValue();
                }
                objective = solver.objective().value();
                verified = solver.verifySolution(VERIFY_TOLERANCE, false);
            }
            return new Reply(answer.status().name(), objective, answer.bound(), values, verified,
                    version(solver, request.backend()), "");
        } finally {
            solver.delete();
        }
    }

    /** What a backend said: its status, and the best bound it proved (NaN when it proved none). */
    private record Answer(MPSolver.ResultStatus status, double bound) {
    }

    /**
     * SCIP and CBC take MPSolver's time limit and gap and report their own best bound. SCIP is also interrupted
     * shortly after its limit, should it overrun; CBC cannot be, which is what ending the process is for.
     */
    private static Answer solveInPlace(MPSolver solver, Request request) {
        double seconds = request.secondsLeft();
        solver.setTimeLimit((long) Math.ceil(seconds * 1000));
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, request.relativeGap());
        Timer interrupter = new Timer(true);
        interrupter.schedule(new TimerTask() {
            @Override
            public void run() {
                solver.interruptSolve();
            }
        }, (long) (seconds * 1000) + INTERRUPT_AFTER_MILLIS);
        MPSolver.ResultStatus status;
        long begun = System.nanoTime();
        try {
            status = solver.solve(parameters);
        } finally {
            interrupter.cancel();
        }
        status = asProven(request.backend(), status, (System.nanoTime() - begun) / 1e9, seconds);
        boolean solved = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double bound = !solved ? Double.NaN
                : request.relaxIntegers() ? solver.objective().value() : solver.objective().bestBound();
        return new Answer(status, bound);
    }

    /**
     * The status a backend gave, where it proved it: CBC stopped by its time limit before its root LP is solved
     * says INFEASIBLE (`cemc generate --ecs 2 --houses-per-ec 60 --guest-evs 40 --seed 7`, solved directly with
     * --time-limit 2, did so three times in three), which proves nothing, so a CBC solve that ran into its limit
     * and says so is NOT_SOLVED. Every scheduling model is feasible (guests may go unhosted, demand unserved).
     */
    static MPSolver.ResultStatus asProven(SolverBackend backend, MPSolver.ResultStatus status, double seconds,
                                          double limitSeconds) {
        boolean ranIntoLimit = seconds >= CBC_LIMIT_REACHED_SHARE * limitSeconds;
        return backend == SolverBackend.CBC && status == MPSolver.ResultStatus.INFEASIBLE && ranIntoLimit
                ? MPSolver.ResultStatus.NOT_SOLVED : status;
    }

    /**
     * HiGHS through a model request: MPSolver's {@code solve()} throws when HiGHS stops at a limit (OR-Tools issue
     * #5372), and the relative gap reaches HiGHS only as its own {@code mip_rel_gap}. HiGHS's best bound is not
     * reported correctly through OR-Tools (it equals the objective after an early stop), so the bound given is only
     * what was proven: at optimality the objective plus the gap tolerance; when stopped by the time limit, the LP
     * relaxation's optimum if it solves in the time left.
     */
    private static Answer solveHighs(MPSolver solver, Request request) throws IOException {
        double seconds = request.secondsLeft();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        MPSolutionResponse response = MPSolver.solveWithProto(highsRequest(request.model(), request.relaxIntegers(),
                seconds, request.relativeGap(), request.log(), request.improvingSolutions()));
        if (response.getVariableValueCount() == 0 && !request.relaxIntegers()) {
            Optional<double[]> best = HighsSolutionFile.lastSolution(request.improvingSolutions(), request.model());
            if (best.isPresent()) {
                MPSolutionResponse.Builder recovered = response.toBuilder()
                        .setStatus(MPSolverResponseStatus.MPSOLVER_FEASIBLE)
                        .setObjectiveValue(HighsSolutionFile.objective(request.model(), best.get()));
                Arrays.stream(best.get()).forEach(recovered::addVariableValue);
                response = recovered.build();
            }
        }
        MPSolver.ResultStatus status = switch (response.getStatus()) {
            case MPSOLVER_OPTIMAL -> MPSolver.ResultStatus.OPTIMAL;
            case MPSOLVER_FEASIBLE -> MPSolver.ResultStatus.FEASIBLE;
            case MPSOLVER_INFEASIBLE -> MPSolver.ResultStatus.INFEASIBLE;
            case MPSOLVER_UNBOUNDED -> MPSolver.ResultStatus.UNBOUNDED;
            case MPSOLVER_NOT_SOLVED, MPSOLVER_UNKNOWN_STATUS -> MPSolver.ResultStatus.NOT_SOLVED;
            default -> MPSolver.ResultStatus.ABNORMAL;
        };
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return new Answer(status, Double.NaN);
        }
        solver.loadSolutionFromProto(response);
        double objective = response.getObjectiveValue();
        if (request.relaxIntegers()) {
            return new Answer(status, objective);
        }
        if (status == MPSolver.ResultStatus.OPTIMAL) {
            return new Answer(status, objective + request.relativeGap() * Math.abs(objective));
        }
        double secondsLeft = (deadline - System.nanoTime()) / 1e9;
        if (secondsLeft <= 0) {
            return new Answer(status, Double.NaN);
        }
        MPSolutionResponse relaxation = MPSolver.solveWithProto(highsRequest(request.model(), true, secondsLeft, 0,
                false, null));
        return new Answer(status, relaxation.getStatus() == MPSolverResponseStatus.MPSOLVER_OPTIMAL
                ? relaxation.getObjectiveValue() : Double.NaN);
    }

    /**
     * A request to HiGHS. A MIP appends each improving solution to {@code improvingSolutions}: stopped by its time
     * limit, HiGHS hands OR-Tools no solution, so its best is read back from there ({@link HighsSolutionFile}).
     * Names play no part in HiGHS's solve and would only lengthen that file; columns keep the model's order. A
     * solution hint is left out: OR-Tools 9.15 passing one to HiGHS crashes the process.
     */
    private static MPModelRequest highsRequest(MPModelProto model, boolean relaxed, double seconds, double gap,
                                               boolean log, Path improvingSolutions) {
        MPModelProto.Builder unnamed = (relaxed ? relaxed(model) : model).toBuilder().clearSolutionHint();
        for (int i = 0; i < unnamed.getVariableCount(); i++) {
            unnamed.getVariableBuilder(i).clearName();
        }
        for (int i = 0; i < unnamed.getConstraintCount(); i++) {
            unnamed.getConstraintBuilder(i).clearName();
        }
        MPModelProto solved = unnamed.build();
        String parameters = relaxed ? "" : String.join("\n", "mip_rel_gap=" + BigDecimal.valueOf(gap).toPlainString(),
                "mip_improving_solution_save=true", "mip_improving_solution_file=" + improvingSolutions);
        return MPModelRequest.newBuilder()
                .setModel(solved)
                .setSolverType(relaxed ? MPModelRequest.SolverType.HIGHS_LINEAR_PROGRAMMING
                        : MPModelRequest.SolverType.HIGHS_MIXED_INTEGER_PROGRAMMING)
                .setSolverTimeLimitSeconds(seconds)
                .setEnableInternalSolverOutput(log)
                .setSolverSpecificParameters(parameters)
                .build();
    }

    /** The model with every integer variable made continuous. */
    private static MPModelProto relaxed(MPModelProto model) {
        MPModelProto.Builder builder = model.toBuilder();
        for (int i = 0; i < builder.getVariableCount(); i++) {
            builder.getVariableBuilder(i).setIsInteger(false);
        }
        return builder.build();
    }

    /** The solver's version as OR-Tools reports it, or a plain "unknown" where the report is wrong (HiGHS). */
    private static String version(MPSolver solver, SolverBackend backend) {
        String reported = solver.solverVersion();
        String orTools = "OR-Tools " + OrToolsVersion.getVersionString();
        return reported.toLowerCase(Locale.ROOT).contains(backend.cliName())
                ? reported + " (" + orTools + ")"
                : "version unknown (" + orTools + ")";
    }
}
