package org.cemc.allocation;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A cooperative game with transferable utility: players {@code 0..players()-1} (the case's houses, in case order)
 * and the value {@code v(S)} of every coalition {@code S}, a set of players. {@code v(empty) = 0}. The allocation
 * rules ({@link Shapley}, {@link EqualSurplusDivision}) and the {@link CoreCheck} read the game only through
 * {@link #values}, so a game that is costly to evaluate can work out many coalitions at once.
 */
public interface CoalitionGame {

    int players();

    /** {@code v(S)} of every coalition given, in their order; the empty coalition's value is 0. */
    double[] values(List<BitSet> coalitions);

    /**
     * A game close to this one with Shapley values in closed form, for sampling ({@link Shapley#sampled}); by
     * default the additive game of the players' own values {@code v({i})}.
     */
    default Surrogate surrogate() {
        return Surrogate.additive(values(IntStream.range(0, players()).mapToObj(Coalitions::single).toList()));
    }
}
