package org.cemc.decomposition;

/**
 * The one wall-clock deadline of a decomposition run, its start plus the time limit ({@code --time-limit}). Every
 * step reads it: hosting blocks get the time left, pricing stops bisecting once it has passed, and recovery starts
 * an optional step only while it leaves about the time the step takes.
 *
 * @param nanoTime the deadline on {@link System#nanoTime()}'s clock
 */
record Deadline(long nanoTime) {

    static Deadline in(double seconds) {
        return new Deadline(System.nanoTime() + (long) (seconds * 1e9));
    }

    /** The deadline {@code nanos} earlier: for steps that must leave that long to the steps after them. */
    Deadline earlier(long nanos) {
        return new Deadline(nanoTime - nanos);
    }

    boolean passed() {
        return System.nanoTime() - nanoTime >= 0;
    }

    /** Whether more than {@code nanos} are left: time for a step that takes about that long. */
    boolean leaves(long nanos) {
        return nanoTime - System.nanoTime() > nanos;
    }

    /** Seconds left until the deadline; negative once it has passed. */
    double secondsLeft() {
        return (nanoTime - System.nanoTime()) / 1e9;
    }
}
