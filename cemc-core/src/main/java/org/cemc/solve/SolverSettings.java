package org.cemc.solve;

/**
 * How to solve.
 *
 * @param timeLimitSeconds wall-clock limit; the best schedule found by then is returned with its proven gap
 * @param relativeGap stop once the proven gap ({@link SolveResult#gap}) is at most this
 * @param relaxIntegers solve the LP relaxation (every binary in [0, 1]): a bound, not a schedule
 */
public record SolverSettings(SolverBackend backend, double timeLimitSeconds, double relativeGap, boolean relaxIntegers) {

    public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;
    public static final double DEFAULT_RELATIVE_GAP = 1e-4;

    public SolverSettings {
        if (!(timeLimitSeconds > 0) || !(relativeGap >= 0)) {
            throw new IllegalArgumentException("time limit must be > 0 and gap >= 0");
        }
    }

    public static SolverSettings defaults() {
        return new SolverSettings(SolverBackend.CBC, DEFAULT_TIME_LIMIT_SECONDS, DEFAULT_RELATIVE_GAP, false);
    }

    public SolverSettings withTimeLimit(double seconds) {
        return new SolverSettings(backend, seconds, relativeGap, relaxIntegers);
    }
}
