package org.cemc.solve;

/** Told while a solve runs: the elapsed time and, where the solver logs them, its incumbent and bound. */
@FunctionalInterface
public interface SolveProgress {
    /** Asks for nothing, so the solver need not log. */
    SolveProgress NONE = (elapsedSeconds, incumbent, bound) -> { };

    /**
     * @param incumbent the objective of the best solution found so far, in the model's terms (NaN before any)
     * @param bound the best bound proven so far (NaN when the solver has not said)
     */
    void update(double elapsedSeconds, double incumbent, double bound);
}
