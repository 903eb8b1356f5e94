package org.cemc.allocation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.hipparchus.util.CombinatoricsUtils;
import org.hipparchus.util.MathArrays;

/**
 * The Shapley value: each player's marginal contribution {@code v(S + i) - v(S)} averaged over every order in which
 * the players could join (docs/settlement.md, "Fair shares: the coalition game"). Exact over every coalition up to
 * {@link #MAX_EXACT_HOUSES} players; estimated from sampled orders with a confidence interval beyond.
 */
public final class Shapley {
    /**
     * The most players for {@link #exact}: 12 houses are {@code 2^12 - 1 = 4,095} coalitions to solve, some two to
     * three minutes with CBC on two cores (10 houses, 1,023 solves: 32 s); every further house doubles it.
     */
    public static final int MAX_EXACT_HOUSES = 12;
    /** Coverage of {@link Sampled}'s intervals. */
    public static final double CONFIDENCE = 0.95;

    private Shapley() {
    }

    /**
     * Shapley values in sampled form: each player's mean marginal contribution over {@code permutations} orders
     * drawn from {@code seed} in antithetic pairs (an order and its reverse; what the game adds to its surrogate is
     * sampled, the surrogate's part is exact), and the half-width of its
     * {@link #CONFIDENCE} interval by the normal approximation over the pairs, {@code z * s / sqrt(m / 2)} ({@code s}
     * the sample standard deviation of a pair's mean contribution, {@code m / 2} the pairs, {@code z} the standard
     * normal's {@code (1 + CONFIDENCE) / 2} quantile, 1.96). The values sum to {@code v(N)}: in every order the
     * contributions telescope to {@code v(N) - v(empty) = v(N)}, so their means do.
     */
    public record Sampled(double[] values, double[] halfWidths, int permutations, long seed) {
        public Sampled {
            values = values.clone();
            halfWidths = halfWidths.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] halfWidths() {
            return halfWidths.clone();
        }
    }

    /**
     * {@code phi_i = sum over S not containing i of |S|! (n - |S| - 1)! / n! * (v(S + i) - v(S))}, from the values
     * of all {@code 2^n} coalitions (asked of the game at once). The values sum to {@code v(N)} (efficiency).
     *
     * @throws IllegalArgumentException beyond {@link #MAX_EXACT_HOUSES} players: use {@link #sampled}
     */
    public static double[] exact(CoalitionGame game) {
        int n = game.players();
        if (n > MAX_EXACT_HOUSES) {
            throw new IllegalArgumentException("exact Shapley values of " + n + " houses would solve 2^" + n
                    + " - 1 coalitions; at most " + MAX_EXACT_HOUSES + " houses are solved exactly: sample "
                    + "permutations instead");
        }
        double[] value = game.values(Coalitions.all(n));
        // The weight of a coalition of s players joined by one more: s! (n - s - 1)! / n! = 1 / (n C(n - 1, s)).
        double[] weight = IntStream.range(0, n)
                .mapToDouble(s -> 1 / (n * CombinatoricsUtils.binomialCoefficientDouble(n - 1, s))).toArray();
        double[] shapley = new double[n];
        for (int mask = 0; mask < value.length; mask++) {
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    shapley[i] += weight[Integer.bitCount(mask)] * (value[mask | (1 << i)] - value[mask]);
                }
            }
        }
        return shapley;
    }

    /**
     * Monte Carlo estimate from {@code permutations} join orders in antithetic pairs: each pair a uniform shuffle
     * (Fisher-Yates with Hipparchus' Well19937c seeded by {@code seed}, so the same seed gives the same values) and
     * its reverse. A house that adds most when it joins late adds least when it joins early, so a pair's mean varies
     * less than one order's: with three players every pair gives the exact values. Only what the game adds to its
     * {@link CoalitionGame#surrogate} is sampled; each value is the surrogate's Shapley value, in closed form, plus
     * the mean of that part's marginal contributions (a control variate: the closer the surrogate, the narrower the
     * intervals). The orders are drawn first and the coalitions they pass through asked of the game at once, each
     * distinct one once.
     *
     * @throws IllegalArgumentException for an odd number of orders, or fewer than 4 (two pairs give the first interval)
     */
    public static Sampled sampled(CoalitionGame game, int permutations, long seed) {
        if (permutations < 4 || permutations % 2 != 0) {
            throw new IllegalArgumentException("sampled Shapley values take an even number of orders (antithetic "
                    + "pairs), at least 4 for an interval; got " + permutations);
        }
        int n = game.players();
        RandomGenerator random = new Well19937c(seed);
        List<int[]> orders = new ArrayList<>();
        Map<BitSet, Integer> coalitionIndex = new LinkedHashMap<>();
        for (int p = 0; p < permutations / 2; p++) {
            int[] order = IntStream.range(0, n).toArray();
            MathArrays.shuffle(order, random);
            int[] reverse = IntStream.range(0, n).map(k -> order[n - 1 - k]).toArray();
            for (int[] drawn : List.of(order, reverse)) {
                orders.add(drawn);
                BitSet joined = new BitSet();
                for (int player : drawn) {
                    joined.set(player);
                    coalitionIndex.putIfAbsent((BitSet) joined.clone(), coalitionIndex.size());
                }
            }
        }
        List<BitSet> coalitions = new ArrayList<>(coalitionIndex.keySet());
        Surrogate surrogate = game.surrogate();
        double[] actual = game.values(coalitions);
        // What the game adds to its surrogate: the part left to sampling (docs/settlement.md, "Shapley values").
        double[] value = IntStream.range(0, actual.length)
                .mapToDouble(c -> actual[c] - surrogate.value(coalitions.get(c))).toArray();

        StreamingStatistics[] pairMeans = IntStream.range(0, n).mapToObj(i -> new StreamingStatistics())
                .toArray(StreamingStatistics[]::new);
        for (int p = 0; p < orders.size(); p += 2) {
            double[] first = contributions(orders.get(p), value, coalitionIndex);
            double[] second = contributions(orders.get(p + 1), value, coalitionIndex);
            for (int i = 0; i < n; i++) {
                pairMeans[i].addValue((first[i] + second[i]) / 2);
            }
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability((1 + CONFIDENCE) / 2);
        double[] means = surrogate.shapley();
        double[] halfWidths = new double[n];
        for (int i = 0; i < n; i++) {
            means[i] += pairMeans[i].getMean();
            halfWidths[i] = z * pairMeans[i].getStandardDeviation() / Math.sqrt(permutations / 2.0);
        }
        return new Sampled(means, halfWidths, permutations, seed);
    }

    /** Each player's marginal contribution in {@code order}, by player. */
    private static double[] contributions(int[] order, double[] value, Map<BitSet, Integer> coalitionIndex) {
        double[] contribution = new double[order.length];
        BitSet joined = new BitSet();
        double before = 0;
        for (int player : order) {
            joined.set(player);
            double after = value[coalitionIndex.get(joined)];
            contribution[player] = after - before;
            before = after;
        }
        return contribution;
    }
}
