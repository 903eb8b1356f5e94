package org.cemc.allocation;

import java.util.BitSet;
import java.util.List;

/**
 * A game close to a costly one whose Shapley values are known in closed form, the control variate of
 * {@link Shapley#sampled}: each player's own value, plus unanimity terms, each worth {@code value} to a coalition
 * holding all its {@code members} and nothing to one missing any. Its Shapley values are each player's own value
 * plus an equal share of every unanimity term it belongs to (each member is the last of them to join in the same
 * share of orders). Sampling then estimates only what the game adds to its surrogate, which varies less from order
 * to order the closer the two are.
 *
 * @param own {@code u({i})} of every player
 * @param unanimities the unanimity terms
 */
public record Surrogate(double[] own, List<Unanimity> unanimities) {

    /** Worth {@code value} to a coalition holding every one of {@code members}. */
    public record Unanimity(BitSet members, double value) {
        public Unanimity {
            members = (BitSet) members.clone();
        }

        @Override
        public BitSet members() {
            return (BitSet) members.clone();
        }
    }

    public Surrogate {
        own = own.clone();
        unanimities = List.copyOf(unanimities);
    }

    @Override
    public double[] own() {
        return own.clone();
    }

    /** The additive game of the players' own values: every game's surrogate when nothing better is known. */
    public static Surrogate additive(double[] own) {
        return new Surrogate(own, List.of());
    }

    /** {@code u(S)}. */
    public double value(BitSet coalition) {
        double value = coalition.stream().mapToDouble(i -> own[i]).sum();
        for (Unanimity term : unanimities) {
            BitSet missing = term.members();
            missing.andNot(coalition);
            value += missing.isEmpty() ? term.value() : 0;
        }
        return value;
    }

    /** The surrogate's Shapley values: own value plus {@code value / |members|} of each term the player is in. */
    public double[] shapley() {
        double[] shapley = own.clone();
        for (Unanimity term : unanimities) {
            BitSet members = term.members();
            members.stream().forEach(i -> shapley[i] += term.value() / members.cardinality());
        }
        return shapley;
    }
}
