package org.cemc.solve;

/**
 * How to solve.
 *
 * @param timeLimitSeconds wall-clock limit; the best schedule found by then is returned with its proven gap
 * @param relativeGap stop once the proven gap {@code |bound - objective| / |objective|} is at most this
 * @param relaxIntegers solve the LP relaxation (every binary in [0, 1]): a bound, not a schedule
 * @param method direct MILP or decomposition; with the decomposition, {@code backend} solves its hosting blocks
 */
public record SolverSettings(SolverBackend backend, double timeLimitSeconds, double relativeGap, boolean relaxIntegers,
                             SolveMethod method) {

    public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;
    public static final double DEFAULT_RELATIVE_GAP = 1e-4;

    public SolverSettings {
        if (!(timeLimitSeconds > 0) || !(relativeGap >= 0) || method == null) {
            throw new IllegalArgumentException("time limit must be > 0, gap >= 0 and a method given");
        }
    }

    /** Settings that leave the choice of method to the case's size ({@link SolveMethod#AUTO}). */
    public SolverSettings(SolverBackend backend, double timeLimitSeconds, double relativeGap, boolean relaxIntegers) {
        this(backend, timeLimitSeconds, relativeGap, relaxIntegers, SolveMethod.AUTO);
    }

    public static SolverSettings defaults() {
        return new SolverSettings(SolverBackend.CBC, DEFAULT_TIME_LIMIT_SECONDS, DEFAULT_RELATIVE_GAP, false);
    }

    public SolverSettings withTimeLimit(double seconds) {
        return new SolverSettings(backend, seconds, relativeGap, relaxIntegers, method);
    }
}
