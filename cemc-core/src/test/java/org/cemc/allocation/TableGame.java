package org.cemc.allocation;

import java.util.BitSet;
import java.util.List;

/** A game given by a table of values indexed by coalition bit mask (player i is bit i), for hand-worked tests. */
record TableGame(int players, double[] byMask) implements CoalitionGame {

    @Override
    public double[] values(List<BitSet> coalitions) {
        return coalitions.stream().mapToDouble(s -> s.isEmpty() ? 0 : byMask[(int) s.toLongArray()[0]]).toArray();
    }

    /** Three players 1, 2, 3 (bits 0, 1, 2): v(1), v(2), v(12), v(3), v(13), v(23), v(123). */
    static TableGame ofThree(double v1, double v2, double v12, double v3, double v13, double v23, double v123) {
        return new TableGame(3, new double[] {0, v1, v2, v12, v3, v13, v23, v123});
    }
}
