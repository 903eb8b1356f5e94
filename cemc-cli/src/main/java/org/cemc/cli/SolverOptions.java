package org.cemc.cli;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.cemc.input.InvalidCaseException;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine.Option;

/**
 * The solver options of every command that solves ({@code solve}, {@code evaluate}, {@code compare},
 * {@code report}, {@code bench}): which solver, how long, to what gap, by which method, with or without the
 * tie-break. Declared only here, so each of those commands takes the same names, defaults and checks. A bad value
 * is a bad input (exit status 2): commands ask for {@link #settings} and {@link #method} before they read, solve or
 * write anything.
 */
final class SolverOptions {
    @Option(names = "--solver", paramLabel = "NAME", defaultValue = "cbc",
            description = "MILP solver: cbc, highs or scip (default: ${DEFAULT-VALUE}, the fastest on the built-in "
                    + "case; see docs/solvers.md).")
    private String solver;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "direct (the whole MILP), decomposition (Lagrangian decomposition of the P2P pool "
                    + "balance, for large cases) or auto: direct below " + SolveMethod.DECOMPOSE_FROM_HOUSE_PERIODS
                    + " house-periods (200 houses over a day of hours), decomposition from there on "
                    + "(default: ${DEFAULT-VALUE}; see docs/performance.md).")
    private String method;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop each solve after this many seconds with the best schedule found "
                    + "(default: ${DEFAULT-VALUE}).")
    private double timeLimit;

    @Option(names = "--gap", paramLabel = "RELATIVE", defaultValue = "1e-4",
            description = "Stop once the proven relative optimality gap is at most this (default: ${DEFAULT-VALUE}).")
    private double gap;

    @Option(names = "--no-tie-break", negatable = false,
            description = "Keep the first optimal schedule the solver finds instead of solving again for the one "
                    + "CEMC's rule prefers among equally profitable schedules: faster, but houses' money may then "
                    + "differ between solvers (see docs/model.md, \"Ties\").")
    private boolean noTieBreak;

    /** The settings these options give; a bad value is a bad input (exit status 2). */
    SolverSettings settings(boolean relaxIntegers) {
        return settings(backend(), relaxIntegers);
    }

    /** The time limit and gap of these options with another solver (bench measures several); checked likewise. */
    SolverSettings settings(SolverBackend backend, boolean relaxIntegers) {
        if (!(timeLimit > 0)) {
            throw new InvalidCaseException("--time-limit must be more than 0 seconds; got " + plain(timeLimit) + ".");
        }
        if (!(gap >= 0)) {
            throw new InvalidCaseException("--gap must be at least 0; got " + plain(gap) + ".");
        }
        SolverSettings settings = new SolverSettings(available(backend), timeLimit, gap, relaxIntegers, !noTieBreak);
        // The solver's process starts while the command reads its case.
        MilpSolver.prepare();
        return settings;
    }

    /** The solver asked for by {@code --solver}; an unknown or missing one is a bad input (exit status 2). */
    SolverBackend backend() {
        SolverBackend backend;
        try {
            backend = SolverBackend.valueOf(solver.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseException("--solver " + solver + " is not known; choose cbc, highs or scip.");
        }
        return available(backend);
    }

    /** {@code backend} if this OR-Tools build has it; otherwise a bad input (exit status 2). */
    static SolverBackend available(SolverBackend backend) {
        if (!MilpSolver.isAvailable(backend)) {
            throw new InvalidCaseException("--solver " + backend.cliName()
                    + " is not available in this OR-Tools build; try cbc.");
        }
        return backend;
    }

    /** The method asked for; an unknown one is a bad input (exit status 2). */
    SolveMethod method() {
        return Arrays.stream(SolveMethod.values())
                .filter(m -> m.cliName().equalsIgnoreCase(method)).findFirst()
                .orElseThrow(() -> new InvalidCaseException("--method " + method
                        + " is not known; choose auto, direct or decomposition."));
    }

    /** A number as typed: 0 rather than 0.0, 0.0001 rather than 1.0E-4. */
    private static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }
}
