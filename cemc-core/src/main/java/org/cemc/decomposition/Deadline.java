package org.cemc.decomposition;

/**
 * The one wall-clock deadline of a decomposition run, its start plus the time limit ({@code --time-limit}). Every
 * step reads it: hosting blocks get the time left, pricing stops bisecting and recovery starts no optional
 * improvement round once it has passed.
 *
 * @param nanoTime the deadline on {@link System#nanoTime()}'s clock
 */
record Deadline(long nanoTime) {

    static Deadline in(double seconds) {
        return new Deadline(System.nanoTime() + (long) (seconds * 1e9));
    }

    boolean passed() {
        return System.nanoTime() - nanoTime >= 0;
    }

    /** Seconds left until the deadline; negative once it has passed. */
    double secondsLeft() {
        return (nanoTime - System.nanoTime()) / 1e9;
    }
}
