package org.cemc.solve;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.math.BigDecimal;
import java.util.List;
import org.cemc.model.LinearModel;

/** The one class that talks to OR-Tools: hands a {@link LinearModel} to MPSolver and reads the answer back. */
public final class MilpSolver {
    /** Feasibility tolerance for OR-Tools' own check of the returned solution. */
    private static final double VERIFY_TOLERANCE = 1e-6;

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

    public static SolveResult solve(LinearModel model, SolverSettings settings) {
        MPSolver solver = MPSolver.createSolver(settings.backend().orToolsId());
        if (solver == null) {
            return failed(settings, SolveStatus.ERROR, "solver " + settings.backend().cliName()
                    + " is not available in this OR-Tools build");
        }
        try {
            MPVariable[] variables = translate(model, solver, settings.relaxIntegers());
            long start = System.nanoTime();
            Answer answer;
            try {
                answer = settings.backend() == SolverBackend.HIGHS
                        ? solveHighs(solver, settings)
                        : solveInPlace(solver, settings);
            } catch (RuntimeException stoppedAtLimit) {
                // Some OR-Tools builds throw when HiGHS stops at a limit instead of returning its status.
                return failed(settings, SolveStatus.NO_SOLUTION_FOUND,
                        "the solver stopped without a usable solution: " + stoppedAtLimit.getMessage());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return read(solver, variables, answer, seconds, settings);
        } finally {
            solver.delete();
        }
    }

    /** What a backend said: its status, and the best bound it proved (NaN when it proved none). */
    private record Answer(MPSolver.ResultStatus status, double bound) {
    }

    /** SCIP and CBC honour MPSolver's time limit and gap and report their own best bound. */
    private static Answer solveInPlace(MPSolver solver, SolverSettings settings) {
        solver.setTimeLimit((long) Math.ceil(settings.timeLimitSeconds() * 1000));
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.relativeGap());
        MPSolver.ResultStatus status = solver.solve(parameters);
        boolean solved = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double bound = !solved ? Double.NaN
                : settings.relaxIntegers() ? solver.objective().value() : solver.objective().bestBound();
        return new Answer(status, bound);
    }

    /**
     * OR-Tools' MPSolver interface to HiGHS ignores the time limit and the gap and reports the objective as the
     * bound, so HiGHS is run through a model request instead, with its own {@code time_limit} and
     * {@code mip_rel_gap}, and its solution loaded back for {@code verifySolution}. The bound reported is only
     * what HiGHS proved: at optimality the objective plus the gap tolerance; when stopped by the time limit, the
     * LP relaxation's optimum if it solves in the time left.
     */
    private static Answer solveHighs(MPSolver solver, SolverSettings settings) {
        long deadline = System.nanoTime() + (long) (settings.timeLimitSeconds() * 1e9);
        MPModelProto model = solver.exportModelToProto();
        MPSolutionResponse response = MPSolver.solveWithProto(highsRequest(model, settings.relaxIntegers(),
                settings.timeLimitSeconds(), settings.relativeGap()));
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
        if (settings.relaxIntegers()) {
            return new Answer(status, objective);
        }
        if (status == MPSolver.ResultStatus.OPTIMAL) {
            return new Answer(status, objective + settings.relativeGap() * Math.abs(objective));
        }
        double secondsLeft = (deadline - System.nanoTime()) / 1e9;
        if (secondsLeft <= 0) {
            return new Answer(status, Double.NaN);
        }
        MPSolutionResponse relaxation = MPSolver.solveWithProto(highsRequest(model, true, secondsLeft, 0));
        return new Answer(status, relaxation.getStatus() == MPSolverResponseStatus.MPSOLVER_OPTIMAL
                ? relaxation.getObjectiveValue() : Double.NaN);
    }

    private static MPModelRequest highsRequest(MPModelProto model, boolean relaxed, double seconds, double gap) {
        return MPModelRequest.newBuilder()
                .setModel(model)
                .setSolverType(relaxed ? MPModelRequest.SolverType.HIGHS_LINEAR_PROGRAMMING
                        : MPModelRequest.SolverType.HIGHS_MIXED_INTEGER_PROGRAMMING)
                .setSolverTimeLimitSeconds(seconds)
                .setSolverSpecificParameters(relaxed ? "" : "mip_rel_gap=" + BigDecimal.valueOf(gap).toPlainString())
                .build();
    }

    private static MPVariable[] translate(LinearModel model, MPSolver solver, boolean relaxIntegers) {
        List<LinearModel.Variable> modelVariables = model.variables();
        MPVariable[] variables = new MPVariable[modelVariables.size()];
        for (int i = 0; i < variables.length; i++) {
            LinearModel.Variable v = modelVariables.get(i);
            variables[i] = v.integer() && !relaxIntegers
                    ? solver.makeIntVar(v.lower(), v.upper(), v.name())
                    : solver.makeNumVar(v.lower(), v.upper(), v.name());
        }
        for (LinearModel.Row row : model.rows()) {
            MPConstraint constraint = solver.makeConstraint(row.lower(), row.upper(), row.name());
            for (int k = 0; k < row.variables().length; k++) {
                MPVariable variable = variables[row.variables()[k]];
                constraint.setCoefficient(variable, constraint.getCoefficient(variable) + row.coefficients()[k]);
            }
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < variables.length; i++) {
            double coefficient = model.objectiveCoefficient(i);
            if (coefficient != 0) {
                objective.setCoefficient(variables[i], coefficient);
            }
        }
        objective.setOffset(model.objectiveConstant());
        objective.setMaximization();
        return variables;
    }

    private static SolveResult read(MPSolver solver, MPVariable[] variables, Answer answer, double seconds,
                                    SolverSettings settings) {
        String name = settings.backend().cliName();
        String version = version(solver, settings.backend());
        switch (answer.status()) {
            case OPTIMAL, FEASIBLE -> {
                double[] values = new double[variables.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = variables[i].solutionValue();
                }
                double objective = solver.objective().value();
                double gap = Math.abs(answer.bound() - objective) / Math.max(Math.abs(objective), 1e-9);
                boolean verified = solver.verifySolution(VERIFY_TOLERANCE, false);
                SolveStatus ours = answer.status() == MPSolver.ResultStatus.OPTIMAL
                        ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
                return new SolveResult(ours, objective, answer.bound(), gap, values, name, version, seconds, verified,
                        "");
            }
            case INFEASIBLE -> {
                return failed(name, version, seconds, SolveStatus.INFEASIBLE, "the solver proved the model infeasible");
            }
            case UNBOUNDED -> {
                return failed(name, version, seconds, SolveStatus.UNBOUNDED, "the solver found the model unbounded");
            }
            case NOT_SOLVED -> {
                return failed(name, version, seconds, SolveStatus.NO_SOLUTION_FOUND,
                        "no solution was found within the time limit of " + settings.timeLimitSeconds() + " s");
            }
            default -> {
                return failed(name, version, seconds, SolveStatus.ERROR, "the solver returned status " + answer.status());
            }
        }
    }

    /** The solver's version as OR-Tools reports it, or a plain "unknown" where the report is wrong (HiGHS). */
    private static String version(MPSolver solver, SolverBackend backend) {
        String reported = solver.solverVersion();
        String orTools = "OR-Tools " + OrToolsVersion.getVersionString();
        return reported.toLowerCase(java.util.Locale.ROOT).contains(backend.cliName())
                ? reported + " (" + orTools + ")"
                : "version unknown (" + orTools + ")";
    }

    private static SolveResult failed(SolverSettings settings, SolveStatus status, String message) {
        return failed(settings.backend().cliName(), "", 0, status, message);
    }

    private static SolveResult failed(String name, String version, double seconds, SolveStatus status,
                                      String message) {
        return new SolveResult(status, Double.NaN, Double.NaN, Double.NaN, new double[0], name, version, seconds,
                false, message);
    }
}
