package org.cemc.allocation;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Is an allocation in the core? A coalition {@code S} blocks it when it would earn more on its own than the
 * allocation gives its members, {@code v(S) > sum_{i in S} x_i}. The full check asks every coalition, so it is for
 * small communities only ({@link #MAX_CORE_HOUSES}); beyond, {@link #worstAmong} asks the coalitions given, which can
 * find a blocking coalition but not prove there is none.
 */
public final class CoreCheck {
    /** The most houses checked: every one of the {@code 2^n - 1} coalitions is solved, as for exact Shapley. */
    public static final int MAX_CORE_HOUSES = Shapley.MAX_EXACT_HOUSES;
    /** Shortfalls up to this much money count as none: values are solved to within the solver's tolerances. */
    public static final double TOLERANCE = 1e-6;

    private CoreCheck() {
    }

    /**
     * A coalition that would do better alone: {@code value = v(S)} against {@code allocated = sum_{i in S} x_i}.
     */
    public record BlockingCoalition(BitSet members, double value, double allocated) {
        public BlockingCoalition {
            members = (BitSet) members.clone();
        }

        @Override
        public BitSet members() {
            return (BitSet) members.clone();
        }

        /** {@code v(S) - sum_{i in S} x_i}, {@code > 0}. */
        public double shortfall() {
            return value - allocated;
        }
    }

    /**
     * The coalition with the largest shortfall {@code v(S) - sum_{i in S} x_i} (the first in order of its bit mask
     * among equals), or empty when no shortfall exceeds {@link #TOLERANCE}: {@code allocation} is then in the core.
     *
     * @param allocation {@code x_i} per player, in the game's order
     * @throws IllegalArgumentException beyond {@link #MAX_CORE_HOUSES} players, or for an allocation of another size
     */
    public static Optional<BlockingCoalition> worstBlockingCoalition(CoalitionGame game, double[] allocation) {
        int n = game.players();
        if (n > MAX_CORE_HOUSES) {
            throw new IllegalArgumentException("the core check of " + n + " houses would solve 2^" + n
                    + " - 1 coalitions; it checks at most " + MAX_CORE_HOUSES + " houses");
        }
        return worstAmong(game, Coalitions.all(n), allocation);
    }

    /**
     * As {@link #worstBlockingCoalition}, over {@code coalitions} only (in their order among equals): a coalition
     * found blocks the allocation, none found says nothing of the coalitions not asked.
     *
     * @throws IllegalArgumentException for an allocation of another size than the game's players
     */
    public static Optional<BlockingCoalition> worstAmong(CoalitionGame game, List<BitSet> coalitions,
                                                         double[] allocation) {
        if (allocation.length != game.players()) {
            throw new IllegalArgumentException("an allocation of " + allocation.length + " shares for a game of "
                    + game.players() + " players");
        }
        double[] value = game.values(coalitions);
        Optional<BlockingCoalition> worst = Optional.empty();
        for (int c = 0; c < value.length; c++) {
            BitSet members = coalitions.get(c);
            double allocated = members.stream().mapToDouble(i -> allocation[i]).sum();
            double shortfall = value[c] - allocated;
            if (shortfall > TOLERANCE && (worst.isEmpty() || shortfall > worst.get().shortfall())) {
                worst = Optional.of(new BlockingCoalition(members, value[c], allocated));
            }
        }
        return worst;
    }
}
