package org.cemc.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/** The community's bid, solved: quantities worked on paper, each level checked. */
class BidTest {
    private static final Offset<Double> KWH = within(1e-6);
    /** Exact solves without the tie-break's second solve: the hand-worked case has one optimal schedule per level. */
    private static final SolverSettings EXACT = new SolverSettings(SolverBackend.CBC, 60, 1e-9, false, false);

    /**
     * One period of 1 h. House a (ec1) has 2 kWh of PV and no demand; house b (ec2) 3 kWh of interruptible and 1
     * kWh of uninterruptible demand. ENS costs 0.28 per kWh, and a kWh sold P2P earns the social-welfare value
     * 0.05; the case's own grid prices are 0.20 both ways. b's uninterruptible kWh is always bought from the grid
     * (K6, K7). At a grid price p (both ways), a's PV is worth p exported, or, sold P2P to b, b's cheapest other
     * supply min(p, 0.28) plus 0.05 (P2P money itself cancels, term (iii)); b's interruptible demand not covered
     * P2P is bought at p or left unsupplied at 0.28, whichever is cheaper:
     * <pre>
     * p = 0.20  P2P worth 0.25 > export 0.20: a sells 2 P2P; b buys its other 1 kWh at 0.20 < 0.28
     *           import 1 + 1 = 2, export 0, net  2
     * p = 0.30  P2P worth 0.33 > export 0.30: a sells 2 P2P; b leaves 1 kWh unsupplied (0.28 < 0.30)
     *           import 1,         export 0, net  1
     * p = 0.40  P2P worth 0.33 < export 0.40: a exports 2; b leaves its 3 kWh unsupplied
     *           import 1,         export 2, net -1
     * </pre>
     */
    private static final CommunityCase SELLER_AND_BUYER = TestCommunities.periods(1)
            .house("a", h -> h.pv(2))
            .house("b", h -> h.community("ec2").interruptible(3).uninterruptible(1))
            .prices(p -> p.gridBuy(0.20).gridSell(0.20).p2p(0.10).ens(0.28).socialWelfareValue(0.05))
            .build();

    private static double[] perLevel(Bid bid, ToDoubleFunction<Bid.Level> quantity) {
        return bid.levels().stream().mapToDouble(quantity).toArray();
    }

    @Test
    void theBidQuantitiesOfASellerAndABuyerAtThreePricesAreThoseWorkedOnPaper() {
        Bid bid = Bid.run(SELLER_AND_BUYER, PriceSweep.parse("0.20:0.40:0.10", PriceSweep.Mode.REPLACE), EXACT,
                SolveMethod.AUTO, done -> { });

        assertThat(bid.levels()).extracting(Bid.Level::level).containsExactly(0.20, 0.30, 0.40);
        assertThat(perLevel(bid, l -> l.position().importKwh(Position.ALL, 0)))
                .containsExactly(new double[] {2, 1, 1}, KWH);
        assertThat(perLevel(bid, l -> l.position().exportKwh(Position.ALL, 0)))
                .containsExactly(new double[] {0, 0, 2}, KWH);
        BidCurve curve = bid.curve();
        assertThat(new double[] {curve.bidKwh(0, 0), curve.bidKwh(0, 1), curve.bidKwh(0, 2)})
                .containsExactly(new double[] {2, 1, -1}, KWH);
        assertThat(curve.adjustments()).isEmpty();
        assertThat(curve.monotone()).isTrue();
        // Every level's grid prices are the level; a's and b's ECs split the community's flows.
        assertThat(bid.levels().get(2).position().gridBuy(0)).isEqualTo(0.40);
        assertThat(bid.levels().get(2).position().gridSell(0)).isEqualTo(0.40);
        assertThat(bid.levels().get(2).position().exportKwh("ec1", 0)).isCloseTo(2, KWH);
        assertThat(bid.levels().get(2).position().importKwh("ec2", 0)).isCloseTo(1, KWH);
    }

    /** The case's own prices are 0.20 flat, so shifting them by 0, 0.10 and 0.20 is the replace sweep above. */
    @Test
    void shiftingTheCasesFlatPricesGivesTheSameQuantitiesAsReplacingThem() {
        Bid bid = Bid.run(SELLER_AND_BUYER, PriceSweep.parse("0:0.20:0.10", PriceSweep.Mode.SHIFT), EXACT,
                SolveMethod.AUTO, done -> { });

        assertThat(perLevel(bid, l -> l.position().gridBuy(0)))
                .containsExactly(new double[] {0.20, 0.30, 0.40}, within(1e-12));
        assertThat(perLevel(bid, l -> l.position().netKwh(Position.ALL, 0)))
                .containsExactly(new double[] {2, 1, -1}, KWH);
    }

    @Test
    void everySolveBehindACurvePassedTheCheckerAndEachLevelIsReportedOnce() {
        int[] calls = new int[1];

        Bid bid = Bid.run(SELLER_AND_BUYER, PriceSweep.parse("0:0.5:0.05", PriceSweep.Mode.REPLACE), EXACT,
                SolveMethod.AUTO, done -> calls[0]++);

        assertThat(bid.levels()).hasSize(11);
        assertThat(calls[0]).isEqualTo(11);
        assertThat(bid.levels()).allSatisfy(level -> {
            assertThat(level.check().passed()).as("level %s", level.level()).isTrue();
            assertThat(level.check().rulesChecked()).isPositive();
        });
        assertThat(bid.curve().monotone()).isTrue();
    }

    /** A guest EV where no house has a charger is refused whatever the price, and the bid says so once. */
    @Test
    void guestEvsNoHouseCanHostAreNamedOnce() {
        CommunityCase withGuest = TestCommunities.periods(1)
                .house("a", h -> h.pv(2))
                .house("b", h -> h.community("ec2").interruptible(3).uninterruptible(1))
                .prices(p -> p.gridBuy(0.20).gridSell(0.20).p2p(0.10).ens(0.28).socialWelfareValue(0.05))
                .ev("guest", 0, 1, 0.5, 0.6)
                .build();

        Bid bid = Bid.run(withGuest, PriceSweep.parse("0.2:0.4:0.1", PriceSweep.Mode.REPLACE), EXACT,
                SolveMethod.AUTO, done -> { });

        assertThat(bid.refusedEvs()).extracting(h -> h.ev().id()).containsExactly("guest");
        assertThat(perLevel(bid, l -> l.position().netKwh(Position.ALL, 0)))
                .containsExactly(new double[] {2, 1, -1}, KWH);
    }

    @Test
    void anLpRelaxationIsRefusedForItHasNoScheduleToBid() {
        SolverSettings relaxed = new SolverSettings(SolverBackend.CBC, 60, 1e-9, true, false);

        assertThatThrownBy(() -> Bid.run(SELLER_AND_BUYER, PriceSweep.parse("0:1:1", PriceSweep.Mode.REPLACE),
                relaxed, SolveMethod.AUTO, done -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LP relaxation");
    }
}
