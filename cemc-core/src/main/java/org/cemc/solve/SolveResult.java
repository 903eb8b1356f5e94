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
 */
public record SolveResult(SolveStatus status, double objective, double bound, double relativeGap, double[] values,
                          String solverName, String solverVersion, double solveSeconds, boolean solverVerified,
                          String message) {

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

    /** How far the proven bound lies above the objective: {@code max(0, bound - objective) / max(|objective|, 1e-9)}. */
    public static double gap(double objective, double bound) {
        return Math.max(0, bound - objective) / Math.max(Math.abs(objective), 1e-9);
    }
}
