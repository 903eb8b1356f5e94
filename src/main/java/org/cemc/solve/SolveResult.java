package org.cemc.solve;

/**
 * What a solver returned.
 *
 * @param objective objective value of the solution (NaN without one)
 * @param bound best proven bound on the optimum (NaN when unknown)
 * @param relativeGap {@code |bound - objective| / max(|objective|, 1e-9)} (NaN without a solution)
 * @param values one value per variable of the linear model, empty without a solution
 * @param solverVerified OR-Tools' own {@code verifySolution} accepted the solution
 * @param message the solver's words when it failed, else empty
 */
public record SolveResult(SolveStatus status, double objective, double bound, double relativeGap, double[] values,
                          String solverName, String solverVersion, double solveSeconds, boolean solverVerified,
                          String message) {
}
