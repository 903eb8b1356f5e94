package org.cemc.community;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the community's money is shared among its houses (case.yaml's {@code settlement:}, docs/settlement.md): at the
 * P2P price, or by an allocation of the coalition game with a transfer to each house. It does not change the
 * schedule, only who gets what of its money.
 *
 * @param kind the rule
 * @param permutations join orders sampled for Shapley values of a community too large to solve every coalition of,
 *     an even number: they are drawn in antithetic pairs, an order and its reverse
 * @param seed the seed of that sampling, so that the same case gives the same shares
 */
public record SettlementRule(Kind kind, int permutations, long seed) {
    public static final int DEFAULT_PERMUTATIONS = 100;
    public static final long DEFAULT_SEED = 1;
    /** Two antithetic pairs give the first confidence interval; beyond the most, a run of 18 houses takes hours. */
    public static final int MIN_PERMUTATIONS = 4;
    public static final int MAX_PERMUTATIONS = 100_000;

    /** The rules, as case.yaml and {@code cemc compare --settlement} name them. */
    public enum Kind {
        /** Each house keeps the money of its flows, P2P trades at the case's P2P price ({@code p2p_rule}). */
        P2P_PRICE("p2p-price"),
        /** Each house's average marginal contribution over the orders in which the houses could join. */
        SHAPLEY("shapley"),
        /** Each house's stand-alone money plus an equal share of the community's surplus over them. */
        EQUAL_SURPLUS("equal-surplus");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> byKey(String key) {
            return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
        }

        /** The keys, for messages: "p2p-price, shapley or equal-surplus". */
        public static String keys() {
            return P2P_PRICE.key + ", " + SHAPLEY.key + " or " + EQUAL_SURPLUS.key;
        }
    }

    public SettlementRule {
        if (!validPermutations(permutations)) {
            throw new IllegalArgumentException("permutations must be even, " + MIN_PERMUTATIONS + " to "
                    + MAX_PERMUTATIONS);
        }
    }

    /** Whether {@code permutations} is a number of orders the sampling takes: even, within the bounds. */
    public static boolean validPermutations(int permutations) {
        return permutations % 2 == 0 && permutations >= MIN_PERMUTATIONS && permutations <= MAX_PERMUTATIONS;
    }

    /** {@code kind} with the default sampling. */
    public static SettlementRule of(Kind kind) {
        return new SettlementRule(kind, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }

    /** Money at the P2P price, the default. */
    public static SettlementRule p2pPrice() {
        return of(Kind.P2P_PRICE);
    }

    public SettlementRule withKind(Kind other) {
        return new SettlementRule(other, permutations, seed);
    }
}
