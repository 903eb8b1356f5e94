package org.cemc.solve;

/** How a solve ended. Only {@link #OPTIMAL} and {@link #FEASIBLE} come with a solution. */
public enum SolveStatus {
    /** Proven optimal within the requested gap. */
    OPTIMAL,
    /** Stopped by the time limit with a solution whose proven gap is reported. */
    FEASIBLE,
    INFEASIBLE,
    UNBOUNDED,
    /** Stopped (time limit) before any solution was found. */
    NO_SOLUTION_FOUND,
    /** The solver failed; its message is in the result. */
    ERROR;

    public boolean hasSolution() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
