package org.cemc.solve;

/**
 * What a solver returned.
 *
 * @param objective objective value of the solution (NaN without one)
 * @param bound best bound on the optimum that the solver proved (NaN when it proved none)
 * @param relativeGap {@code max(0, bound - objective) / max(|objective|, 1e-9)}, the proven gap (NaN when unknown)
 * @param values one value per variable of the linear model, empty without a solution
 * @param solverVerified OR-Tools' own {@code verifySolution} accepted the solution
 * @param message the solver's words when it failed, else empty
 * @param tieBreak whether the solution was picked among equally profitable ones by the model's tie-break
 */
public record SolveResult(SolveStatus status, double objective, double bound, double relativeGap, double[] values,
                          String solverName, String solverVersion, double solveSeconds, boolean solverVerified,
                          String message, TieBreak tieBreak) {

    /** A result without a tie-break. */
    public SolveResult(SolveStatus status, double objective, double bound, double relativeGap, double[] values,
                       String solverName, String solverVersion, double solveSeconds, boolean solverVerified,
                       String message) {
        this(status, objective, bound, relativeGap, values, solverName, solverVersion, solveSeconds, solverVerified,
                message, TieBreak.NOT_RUN);
    }

    /** Who solved, and how long it took. */
    public record Solver(String name, String version, double seconds) {
    }

    /** A solution with its proven bound; the gap is derived from the two. */
    public static SolveResult solution(SolveStatus status, double objective, double bound, double[] values,
                                       Solver solver, boolean solverVerified) {
        return new SolveResult(status, objective, bound, gap(objective, bound), values, solver.name(),
                solver.version(), solver.seconds(), solverVerified, "");
    }

    /** No solution: why not, in the solver's or our words. */
    public static SolveResult failure(SolveStatus status, Solver solver, String message) {
        return new SolveResult(status, Double.NaN, Double.NaN, Double.NaN, new double[0], solver.name(),
                solver.version(), solver.seconds(), false, message);
    }

    /** This result, timed again (to include a later stage). */
    public SolveResult withSolveSeconds(double seconds) {
        return new SolveResult(status, objective, bound, relativeGap, values, solverName, solverVersion, seconds,
                solverVerified, message, tieBreak);
    }

    /** This result with the tie-break's outcome. */
    public SolveResult withTieBreak(TieBreak outcome) {
        return new SolveResult(status, objective, bound, relativeGap, values, solverName, solverVersion, solveSeconds,
                solverVerified, message, outcome);
    }

    /** How far the proven bound lies above the objective: {@code max(0, bound - objective) / max(|objective|, 1e-9)}. */
    public static double gap(double objective, double bound) {
        return Math.max(0, bound - objective) / Math.max(Math.abs(objective), 1e-9);
    }
}
