package org.cemc.solve;

/**
 * Whether a solution was picked among the equally profitable ones by the model's tie-break (docs/solvers.md,
 * "The same answer from every solver"), and what that took.
 *
 * @param seconds wall-clock time of the tie-break's solve, inside the time limit
 */
public record TieBreak(Status status, double seconds) {
    public enum Status {
        /** The tie-break was solved to optimality: every solver that proves the optimum returns this schedule. */
        APPLIED,
        /**
         * The tie-break's time (a few times the first stage's, within the time limit) ran out first: the schedule is
         * as profitable, but may differ between solvers.
         */
        UNFINISHED,
        /** Not run: turned off, no schedule, an LP relaxation, or a model without a tie-break. */
        NOT_RUN
    }

    public static final TieBreak NOT_RUN = new TieBreak(Status.NOT_RUN, 0);
}
