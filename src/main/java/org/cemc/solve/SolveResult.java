package org.cemc.solve;

/**
 * What a solver returned.
 *
 * @param objective objective value of the solution (NaN without one)
 * @param bound best bound on the optimum that the solver proved (NaN when it proved none)
 * @param relativeGap {@code |bound - objective| / max(|objective|, 1e-9)}, the proven gap (NaN when unknown)
 * @param values one value per variable of the linear model, empty without a solution
 * @param solverVerified OR-Tools' own {@code verifySolution} accepted the solution
 * @param message the solver's words when it failed, else empty
 */
public record SolveResult(SolveStatus status, double objective, double bound, double relativeGap, double[] values,
                          String solverName, String solverVersion, double solveSeconds, boolean solverVerified,
                          String message) {
}
