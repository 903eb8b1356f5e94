package org.cemc.allocation;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Coalitions as bit sets; those of at most 31 players also as bit masks (player {@code i} is bit {@code i}), for the
 * exhaustive rules.
 */
final class Coalitions {
    private Coalitions() {
    }

    /** Smaller coalitions first, then by their players in increasing order: {0} before {1} before {0, 1}. */
    static final Comparator<BitSet> ORDER = Comparator.comparingInt(BitSet::cardinality).thenComparing((a, b) -> {
        for (int i = a.nextSetBit(0), j = b.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1), j = b.nextSetBit(j + 1)) {
            if (i != j) {
                return Integer.compare(i, j);
            }
        }
        return 0;
    });

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
