package org.cemc.decomposition;

import java.util.function.IntConsumer;

/** Counts the units of work a decomposition run has done, and reports the count in order from parallel workers. */
final class Progress {
    private final IntConsumer listener;
    private int done;

    Progress(IntConsumer listener) {
        this.listener = listener;
    }

    /** One more unit done. */
    synchronized void step() {
        listener.accept(++done);
    }

    /** {@code units} that will not be done (an optional step skipped), counted as done. */
    synchronized void skip(int units) {
        done += units;
        listener.accept(done);
    }
}
