package org.cemc.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The allocation rules and the core check on games given as value tables, each worked on paper. */
class AllocationRulesTest {
    private static final Offset<Double> EXACT = within(1e-12);

    /**
     * v(1) = v(2) = v(3) = v(23) = 0, v(12) = 4, v(13) = 2, v(123) = 6. Player 1's marginal contributions in the six
     * orders 123, 132, 213, 231, 312, 321 are 0, 0, 4, 6, 2, 6: Shapley 18 / 6 = 3. Player 2's: 4, 4, 0, 0, 4, 0, so
     * 2. Player 3's: 2, 2, 2, 0, 0, 0, so 1. They sum to v(123) = 6.
     */
    private static final TableGame WITH_A_CORE = TableGame.ofThree(0, 0, 4, 0, 2, 0, 6);

    /**
     * v(i) = 0, v(12) = v(13) = 1, v(23) = 0.9, v(123) = 1. The pairs ask x1 + x2 >= 1, x1 + x3 >= 1, x2 + x3 >= 0.9;
     * added, 2 (x1 + x2 + x3) >= 2.9, but the three have only 1: the core is empty.
     */
    private static final TableGame WITHOUT_A_CORE = TableGame.ofThree(0, 0, 1, 0, 1, 0.9, 1);

    @Test
    void exactShapleyValuesAreTheAverageMarginalContributionsWorkedOnPaper() {
        assertThat(Shapley.exact(WITH_A_CORE)).containsExactly(new double[] {3, 2, 1}, EXACT);
        // Player 1: orders 213, 231, 312, 321 add 1, 0.1, 1, 0.1: 2.2 / 6. Players 2 and 3: 1.9 / 6 each.
        assertThat(Shapley.exact(WITHOUT_A_CORE)).containsExactly(new double[] {2.2 / 6, 1.9 / 6, 1.9 / 6}, EXACT);
    }

    @Test
    void anAllocationInTheCoreHasNoBlockingCoalitionAndOneOutsideHasItsWorst() {
        // (3, 2, 1): x1 + x2 = 5 >= 4, x1 + x3 = 4 >= 2, every other coalition worth 0 gets >= 0.
        assertThat(CoreCheck.worstBlockingCoalition(WITH_A_CORE, new double[] {3, 2, 1})).isEmpty();

        // (1, 1, 4): {1, 2} gets 2 of its 4 (short by 2); {1, 3} gets 5 of its 2.
        Optional<CoreCheck.BlockingCoalition> worst =
                CoreCheck.worstBlockingCoalition(WITH_A_CORE, new double[] {1, 1, 4});

        assertThat(worst).isPresent();
        assertThat(worst.get().members()).isEqualTo(BitSet.valueOf(new long[] {0b011}));
        assertThat(worst.get().value()).isCloseTo(4, EXACT);
        assertThat(worst.get().allocated()).isCloseTo(2, EXACT);
        assertThat(worst.get().shortfall()).isCloseTo(2, EXACT);
    }

    @Test
    void inAGameWithAnEmptyCoreEveryAllocationIsBlocked() {
        // (0.5, 0.3, 0.2): {1, 2} short by 0.2, {1, 3} by 0.3, {2, 3} by 0.9 - 0.5 = 0.4, the worst.
        Optional<CoreCheck.BlockingCoalition> worst =
                CoreCheck.worstBlockingCoalition(WITHOUT_A_CORE, new double[] {0.5, 0.3, 0.2});
        assertThat(worst).isPresent();
        assertThat(worst.get().members()).isEqualTo(BitSet.valueOf(new long[] {0b110}));
        assertThat(worst.get().shortfall()).isCloseTo(0.4, EXACT);

        for (double[] allocation : new double[][] {Shapley.exact(WITHOUT_A_CORE), {1, 0, 0},
                {1.0 / 3, 1.0 / 3, 1.0 / 3}, {0.05, 0.5, 0.45}}) {
            assertThat(CoreCheck.worstBlockingCoalition(WITHOUT_A_CORE, allocation))
                    .as(Arrays.toString(allocation)).isPresent();
        }
    }

    @Test
    void equalSurplusDivisionGivesEveryHouseItsStandAloneValueAndAnEqualShareOfTheSurplus() {
        // v(1) = 1, v(2) = 2, v(3) = 3, v(123) = 9: surplus 3, one each.
        TableGame gaining = TableGame.ofThree(1, 2, 0, 3, 0, 0, 9);

        EqualSurplusDivision division = EqualSurplusDivision.of(gaining);

        assertThat(division.surplus()).isCloseTo(3, EXACT);
        assertThat(division.shares()).containsExactly(new double[] {2, 3, 4}, EXACT);
        assertThat(division.standAlone()).containsExactly(new double[] {1, 2, 3}, EXACT);
    }

    @Test
    void whenTheCommunityEarnsLessThanItsHousesAloneEveryHouseBearsAnEqualShareOfTheLoss() {
        // v(123) = 3 < 1 + 2 + 3: a deficit of 3, one each; no allocation summing to 3 can give every house v(i).
        TableGame losing = TableGame.ofThree(1, 2, 0, 3, 0, 0, 3);

        EqualSurplusDivision division = EqualSurplusDivision.of(losing);

        assertThat(division.surplus()).isCloseTo(-3, EXACT);
        assertThat(division.shares()).containsExactly(new double[] {0, 1, 2}, EXACT);
        assertThat(Arrays.stream(division.shares()).sum()).isCloseTo(3, EXACT);
    }

    /**
     * A weighted vote of four players, weights 2, 1, 1, 1 and quota 3: a coalition is worth 1 when its weights reach
     * 3. Player 1 is pivotal when it joins a coalition of weight 1 or 2: after one or two of the others, in
     * 6 + 6 = 12 of the 24 orders, so its Shapley value is 1/2; each of the others 1/6. An order and its reverse do
     * not always make the same pair mean here (player 1 pivotal in second place and in third, so in both orders of a
     * pair, or in neither when it comes first or last), so the interval has width.
     */
    private static final TableGame WEIGHTED_VOTE = new TableGame(4, IntStream.range(0, 16)
            .mapToDouble(mask -> (2 * (mask & 1) + Integer.bitCount(mask & 0b1110)) >= 3 ? 1 : 0).toArray());

    @Test
    void sampledShapleyValuesSumToTheGrandCoalitionsValueAndRepeatForTheirSeed() {
        Shapley.Sampled sampled = Shapley.sampled(WEIGHTED_VOTE, 50, 7);
        Shapley.Sampled again = Shapley.sampled(WEIGHTED_VOTE, 50, 7);
        Shapley.Sampled otherSeed = Shapley.sampled(WEIGHTED_VOTE, 50, 8);

        assertThat(Shapley.exact(WEIGHTED_VOTE)).containsExactly(new double[] {0.5, 1.0 / 6, 1.0 / 6, 1.0 / 6},
                EXACT);
        assertThat(Arrays.stream(sampled.values()).sum()).isCloseTo(1, within(1e-9));
        assertThat(again.values()).containsExactly(sampled.values());
        assertThat(again.halfWidths()).containsExactly(sampled.halfWidths());
        assertThat(otherSeed.values()).isNotEqualTo(sampled.values());
        double[] exact = Shapley.exact(WEIGHTED_VOTE);
        for (int i = 0; i < 4; i++) {
            assertThat(sampled.halfWidths()[i]).as("player %d", i + 1).isPositive();
            assertThat(exact[i]).as("player %d", i + 1).isCloseTo(sampled.values()[i],
                    within(sampled.halfWidths()[i]));
        }
    }

    /**
     * With three players an order and its reverse credit every player the same in mean: in {@link #WITH_A_CORE}
     * player 1 adds 0 and 6 in 123 and 321, 0 and 6 in 132 and 231, 4 and 2 in 213 and 312, a mean of 3 in each
     * pair. So every pair gives the exact values, and the intervals close.
     */
    @Test
    void antitheticPairsOfThreePlayersGiveTheExactValues() {
        Shapley.Sampled sampled = Shapley.sampled(WITH_A_CORE, 4, 1);

        assertThat(sampled.values()).containsExactly(new double[] {3, 2, 1}, EXACT);
        assertThat(sampled.halfWidths()).containsExactly(new double[] {0, 0, 0}, EXACT);
    }

    /**
     * Own values 1, 2, 3 and a term worth 4 to any coalition holding players 1 and 2: u(12) = 1 + 2 + 4 = 7,
     * u(13) = 1 + 3 = 4. Shapley values: each member of the term is the later of the two in half the orders, so 2
     * each on top of its own: 3, 4, 3.
     */
    @Test
    void aSurrogatesValuesAndShapleyValuesAreWorkedInClosedForm() {
        BitSet first = new BitSet();
        first.set(0, 2);
        Surrogate surrogate = new Surrogate(new double[] {1, 2, 3}, List.of(new Surrogate.Unanimity(first, 4)));

        assertThat(surrogate.value(first)).isCloseTo(7, EXACT);
        assertThat(surrogate.value(Coalitions.of(0b101))).isCloseTo(4, EXACT);
        assertThat(surrogate.shapley()).containsExactly(new double[] {3, 4, 3}, EXACT);
    }

    @Test
    void samplingTakesAnEvenNumberOfOrdersFromFour() {
        assertThatThrownBy(() -> Shapley.sampled(WITH_A_CORE, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even number");
        assertThatThrownBy(() -> Shapley.sampled(WITH_A_CORE, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 4");
    }

    @Test
    void theExhaustiveRulesRefuseGamesBeyondTheirLimitsBeforeAskingForAnyValue() {
        TableGame tooLarge = new TableGame(Shapley.MAX_EXACT_HOUSES + 1, null);

        assertThatThrownBy(() -> Shapley.exact(tooLarge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13 houses").hasMessageContaining("sample");
        assertThatThrownBy(() -> CoreCheck.worstBlockingCoalition(tooLarge, new double[13]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 12 houses");
        assertThatThrownBy(() -> Shapley.sampled(WITH_A_CORE, 1, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
