package org.cemc.schedule;

import java.util.List;
import java.util.function.IntConsumer;
import org.cemc.community.Hostability;
import org.cemc.solve.SolveProgress;

/** What a scheduling run tells its caller while it works; each method's default says nothing. */
public interface RunListener {
    RunListener SILENT = new RunListener() {
    };

    /** Before solving: the guest EVs that no host can bring to their required charge, with the reason. */
    default void refused(List<Hostability> refused) {
    }

    /** The decomposition's progress: it does {@code steps} units of work and tells the consumer how many are done. */
    default IntConsumer decomposition(int steps) {
        return done -> { };
    }

    /** A MILP solve's progress: elapsed time, incumbent and bound. */
    default SolveProgress solve() {
        return SolveProgress.NONE;
    }
}
