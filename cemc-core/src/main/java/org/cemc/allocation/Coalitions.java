package org.cemc.allocation;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/** Coalitions of at most 31 players as bit masks (player {@code i} is bit {@code i}), for the exhaustive rules. */
final class Coalitions {
    private Coalitions() {
    }

    static BitSet of(int mask) {
        return BitSet.valueOf(new long[] {mask});
    }

    /** Every coalition of {@code players}, the empty one included, indexed by its mask. */
    static List<BitSet> all(int players) {
        return IntStream.range(0, 1 << players).mapToObj(Coalitions::of).toList();
    }

    /** Player {@code i} alone. */
    static BitSet single(int player) {
        BitSet coalition = new BitSet();
        coalition.set(player);
        return coalition;
    }

    /** Every player. */
    static BitSet grand(int players) {
        BitSet coalition = new BitSet();
        coalition.set(0, players);
        return coalition;
    }
}
