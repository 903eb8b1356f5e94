package org.cemc.cli;

import java.util.Arrays;
import java.util.Locale;
import org.cemc.input.InvalidCaseException;
import org.cemc.solve.MilpSolver;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine.Option;

/** The solver options of the commands that solve: which solver, how long, to what gap. */
final class SolverOptions {
    @Option(names = "--solver", paramLabel = "NAME", defaultValue = "cbc",
            description = "MILP solver: cbc, highs or scip (default: ${DEFAULT-VALUE}, the fastest on the built-in "
                    + "case; see docs/solvers.md).")
    private String solver;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "direct (the whole MILP), decomposition (Lagrangian decomposition of the P2P pool "
                    + "balance, for large cases) or auto: direct below " + SolveMethod.DECOMPOSE_FROM_HOUSES
                    + " houses, decomposition from there on (default: ${DEFAULT-VALUE}; see docs/performance.md).")
    private String method;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop after this many seconds with the best schedule found (default: ${DEFAULT-VALUE}).")
    private double timeLimit;

    @Option(names = "--gap", paramLabel = "RELATIVE", defaultValue = "1e-4",
            description = "Stop once the proven relative optimality gap is at most this (default: ${DEFAULT-VALUE}).")
    private double gap;

    /** The settings these options give; a bad value is a bad input (exit status 2). */
    SolverSettings settings(boolean relaxIntegers) {
        SolverBackend backend;
        try {
            backend = SolverBackend.valueOf(solver.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseException("--solver " + solver + " is not known; choose highs, scip or cbc.");
        }
        if (!MilpSolver.isAvailable(backend)) {
            throw new InvalidCaseException("--solver " + solver + " is not available in this OR-Tools build; try cbc.");
        }
        if (!(timeLimit > 0) || !(gap >= 0)) {
            throw new InvalidCaseException("--time-limit must be > 0 seconds and --gap >= 0 (got " + timeLimit
                    + " and " + gap + ").");
        }
        return new SolverSettings(backend, timeLimit, gap, relaxIntegers);
    }

    /** The method asked for; an unknown one is a bad input (exit status 2). */
    SolveMethod method() {
        return Arrays.stream(SolveMethod.values())
                .filter(m -> m.cliName().equalsIgnoreCase(method)).findFirst()
                .orElseThrow(() -> new InvalidCaseException("--method " + method
                        + " is not known; choose auto, direct or decomposition."));
    }
}
