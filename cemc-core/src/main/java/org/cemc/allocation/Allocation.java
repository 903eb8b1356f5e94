package org.cemc.allocation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import org.cemc.result.Schedule;
import org.cemc.result.Settlement;
import org.cemc.solve.SolverSettings;

/**
 * What a settlement rule gives each house of a checked schedule (docs/settlement.md): its money under the rule, the
 * transfer that takes it there from its money at the P2P price, and its stand-alone money beside. Every rule shares
 * the same money, the schedule's households' money, so the transfers sum to zero.
 *
 * @param rule the rule
 * @param atP2pPrice each house's net money at the P2P price (settlement.csv's {@code net}), in case order
 * @param shares each house's money under the rule
 * @param halfWidths the half-width of each share's {@link Shapley#CONFIDENCE} interval when the shares are sampled
 *     Shapley values; zero for a rule computed exactly
 * @param standAlone each house's stand-alone money {@code v({i})}
 * @param sampled whether the shares are estimates from sampled join orders (Shapley values beyond
 *     {@link Shapley#MAX_EXACT_HOUSES} houses)
 */
public record Allocation(SettlementRule rule, double[] atP2pPrice, double[] shares, double[] halfWidths,
                         double[] standAlone, boolean sampled) {
    /** Money closer than this counts as equal: values are solved to within the solver's tolerances. */
    public static final double TOLERANCE = CoreCheck.TOLERANCE;

    public Allocation {
        atP2pPrice = atP2pPrice.clone();
        shares = shares.clone();
        halfWidths = halfWidths.clone();
        standAlone = standAlone.clone();
    }

    /**
     * The allocation of {@code settlement}'s money by {@code rule}, from {@code game}, the game of that schedule
     * ({@link CommunityGame#of}). Shapley values are exact up to {@link Shapley#MAX_EXACT_HOUSES} houses and
     * sampled beyond with the rule's permutations and seed. Every rule also asks for the houses' stand-alone values.
     */
    public static Allocation of(SettlementRule rule, Settlement settlement, CoalitionGame game) {
        int n = game.players();
        double[] atP2pPrice = IntStream.range(0, n).mapToDouble(settlement::net).toArray();
        double[] halfWidths = new double[n];
        boolean sampled = rule.kind() == SettlementRule.Kind.SHAPLEY && n > Shapley.MAX_EXACT_HOUSES;
        double[] shares = switch (rule.kind()) {
            case P2P_PRICE -> atP2pPrice;
            case EQUAL_SURPLUS -> EqualSurplusDivision.of(game).shares();
            case SHAPLEY -> {
                if (!sampled) {
                    yield Shapley.exact(game);
                }
                Shapley.Sampled estimate = Shapley.sampled(game, rule.permutations(), rule.seed());
                System.arraycopy(estimate.halfWidths(), 0, halfWidths, 0, n);
                yield estimate.values();
            }
        };
        List<BitSet> singles = IntStream.range(0, n).mapToObj(Coalitions::single).toList();
        return new Allocation(rule, atP2pPrice, shares, halfWidths, game.values(singles), sampled);
    }

    /**
     * The case's own settlement rule ({@code settlement:}) applied to {@code schedule}, a checked schedule of
     * {@code community}, its coalitions solved with {@code settings}; empty, at no cost, when the case settles at the
     * P2P price, which needs no allocation.
     *
     * @param progress given the number of coalitions about to be solved together, what to tell of each one solved
     */
    public static Optional<Allocation> byCaseRule(CommunityCase community, Schedule schedule,
                                                  SolverSettings settings, IntFunction<IntConsumer> progress) {
        SettlementRule rule = community.settlement();
        if (rule.kind() == SettlementRule.Kind.P2P_PRICE) {
            return Optional.empty();
        }
        Settlement settlement = Settlement.of(community, schedule);
        return Optional.of(of(rule, settlement, CommunityGame.of(settlement, settings, progress)));
    }

    @Override
    public double[] atP2pPrice() {
        return atP2pPrice.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    @Override
    public double[] halfWidths() {
        return halfWidths.clone();
    }

    @Override
    public double[] standAlone() {
        return standAlone.clone();
    }

    public int houses() {
        return shares.length;
    }

    /** House {@code h}'s money under the rule. */
    public double share(int h) {
        return shares[h];
    }

    /** House {@code h}'s net money at the P2P price. */
    public double netAtP2pPrice(int h) {
        return atP2pPrice[h];
    }

    /** The half-width of house {@code h}'s sampled share's interval; 0 when exact. */
    public double halfWidth(int h) {
        return halfWidths[h];
    }

    /** House {@code h}'s stand-alone money. */
    public double standAloneMoney(int h) {
        return standAlone[h];
    }

    /** What house {@code h} is paid (+) or pays (−) on top of its money at the P2P price; the transfers sum to 0. */
    public double transfer(int h) {
        return shares[h] - atP2pPrice[h];
    }

    /** House {@code h}'s money under the rule minus its stand-alone money. */
    public double gain(int h) {
        return shares[h] - standAlone[h];
    }

    /** Whether house {@code h} has at least its stand-alone money under the rule. */
    public boolean betterOff(int h) {
        return gain(h) >= -TOLERANCE;
    }

    /** The houses' money together, the same under every rule: the schedule's households' money. */
    public double total() {
        return Arrays.stream(shares).sum();
    }
}
