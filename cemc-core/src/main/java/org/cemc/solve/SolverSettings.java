package org.cemc.solve;

import java.io.Serializable;

/**
 * How to solve.
 *
 * @param timeLimitSeconds wall-clock limit; the best schedule found by then is returned with its proven gap
 * @param relativeGap stop once the proven gap ({@link SolveResult#gap}) is at most this
 * @param relaxIntegers solve the LP relaxation (every binary in [0, 1]): a bound, not a schedule
 * @param tieBreak pick, among the schedules as profitable as the one found, the one the model's tie-break prefers
 *     (docs/model.md, "Ties"): the same on every solver, at the price of a second solve
 */
public record SolverSettings(SolverBackend backend, double timeLimitSeconds, double relativeGap, boolean relaxIntegers,
                             boolean tieBreak) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;
    public static final double DEFAULT_RELATIVE_GAP = 1e-4;

    public SolverSettings {
        if (!(timeLimitSeconds > 0) || !(relativeGap >= 0)) {
            throw new IllegalArgumentException("time limit must be > 0 and gap >= 0");
        }
    }

    /** Settings with the tie-break, as every command has by default. */
    public SolverSettings(SolverBackend backend, double timeLimitSeconds, double relativeGap, boolean relaxIntegers) {
        this(backend, timeLimitSeconds, relativeGap, relaxIntegers, true);
    }

    public static SolverSettings defaults() {
        return new SolverSettings(SolverBackend.CBC, DEFAULT_TIME_LIMIT_SECONDS, DEFAULT_RELATIVE_GAP, false);
    }

    public SolverSettings withTimeLimit(double seconds) {
        return new SolverSettings(backend, seconds, relativeGap, relaxIntegers, tieBreak);
    }
}
