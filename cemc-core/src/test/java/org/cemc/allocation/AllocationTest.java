package org.cemc.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import org.cemc.community.TestCommunities;
import org.cemc.input.BuiltInCase;
import org.cemc.result.Settlement;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

/** Settlement rules applied to checked schedules: the money shared, the transfers, and who is better off. */
class AllocationTest {
    private static final Offset<Double> MONEY = within(1e-6);
    private static final SolverSettings SETTINGS = new SolverSettings(SolverBackend.CBC, 60, 1e-9, false);

    /**
     * One period. a has 2 kWh of PV, b 2 kWh of demand; grid 0.20 to buy, 0.05 to sell; social-welfare value 0.05
     * per kWh sold P2P, so a sells its 2 kWh to b whatever the P2P price. Alone, a exports them for 0.10 and b buys
     * them for -0.40; together their money is 0 (no grid, P2P payments cancel).
     */
    private static CommunityCase sellerAndBuyer(double p2pPrice) {
        return TestCommunities.periods(1)
                .house("a", h -> h.pv(2))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(p2pPrice).ens(0.22).socialWelfareValue(0.05))
                .build();
    }

    private static Settlement solved(CommunityCase community) {
        Outcome outcome = Scheduler.run(community, SETTINGS);
        return Settlement.of(outcome.community(), outcome.schedule().orElseThrow());
    }

    private static Allocation allocate(SettlementRule.Kind kind, Settlement settlement) {
        return Allocation.of(SettlementRule.of(kind), settlement,
                CommunityGame.of(settlement, SETTINGS, coalitions -> done -> { }));
    }

    /**
     * At a P2P price of 0.10 a nets 2 x 0.10 = 0.20 and b -0.20. Shapley of two houses: each gets its own value plus
     * half the surplus 0 - (0.10 - 0.40) = 0.30, so a 0.25 and b -0.25, and equal surplus division is the same. The
     * transfers that take them there from the P2P price: +0.05 to a, -0.05 from b.
     */
    @Test
    void theGameRulesShareTheScheduledMoneyWithTransfersThatSumToZero() {
        Settlement settlement = solved(sellerAndBuyer(0.10));

        Allocation p2p = allocate(SettlementRule.Kind.P2P_PRICE, settlement);
        Allocation shapley = allocate(SettlementRule.Kind.SHAPLEY, settlement);
        Allocation equal = allocate(SettlementRule.Kind.EQUAL_SURPLUS, settlement);

        assertThat(p2p.shares()).containsExactly(new double[] {0.20, -0.20}, MONEY);
        assertThat(p2p.standAlone()).containsExactly(new double[] {0.10, -0.40}, MONEY);
        for (Allocation allocation : List.of(shapley, equal)) {
            assertThat(allocation.shares()).containsExactly(new double[] {0.25, -0.25}, MONEY);
            assertThat(allocation.transfer(0)).isCloseTo(0.05, MONEY);
            assertThat(allocation.transfer(0) + allocation.transfer(1)).isCloseTo(0, MONEY);
            assertThat(allocation.gain(0)).isCloseTo(0.15, MONEY);
            assertThat(allocation.sampled()).isFalse();
        }
    }

    /**
     * At a P2P price of 0.04, below the 0.05 a would get exporting, a nets 0.08 against 0.10 alone: worse off by
     * 0.02, and {a} alone blocks the allocation by that much. Equal surplus division still gives a 0.25: in the core.
     */
    @Test
    void aSellerPaidBelowTheExportPriceIsWorseOffAtThePriceAndNotUnderEqualSurplusDivision() {
        Settlement settlement = solved(sellerAndBuyer(0.04));

        FairShares shares = FairShares.compare(settlement, List.of(SettlementRule.p2pPrice(),
                SettlementRule.of(SettlementRule.Kind.EQUAL_SURPLUS)), SETTINGS, coalitions -> done -> { });

        Allocation atPrice = shares.allocations().get(0);
        assertThat(atPrice.shares()[0]).isCloseTo(0.08, MONEY);
        assertThat(atPrice.betterOff(0)).isFalse();
        assertThat(atPrice.gain(0)).isCloseTo(-0.02, MONEY);
        assertThat(shares.everyCoalition()).isTrue();
        assertThat(shares.coalitionsChecked()).isEqualTo(3);
        assertThat(shares.blocking().get(0).orElseThrow().shortfall()).isCloseTo(0.02, MONEY);
        assertThat(shares.allocations().get(1).betterOff(0)).isTrue();
        assertThat(shares.blocking().get(1)).isEmpty();
    }

    /** Thirteen one-period houses, sellers of 2 kWh and buyers of 3 kWh in turn: one past exact Shapley values. */
    private static CommunityCase thirteenHouses() {
        TestCommunities builder = TestCommunities.periods(1)
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(0.10).ens(0.22).socialWelfareValue(0.05));
        for (int h = 0; h <= Shapley.MAX_EXACT_HOUSES; h++) {
            boolean seller = h % 2 == 0;
            builder.house("h" + h, b -> seller ? b.pv(2) : b.interruptible(3));
        }
        return builder.build();
    }

    /**
     * {@link #thirteenHouses()}: one house past exact Shapley, so the values are sampled (with the case's
     * permutations and seed), with intervals, and still share exactly the schedule's money.
     */
    @Test
    void shapleyValuesAreSampledBeyondTheLargestCommunitySolvedExactly() {
        Settlement settlement = solved(thirteenHouses());
        CommunityGame game = CommunityGame.of(settlement, SETTINGS, coalitions -> done -> { });

        Allocation shapley = Allocation.of(new SettlementRule(SettlementRule.Kind.SHAPLEY, 4, 7), settlement, game);

        assertThat(shapley.sampled()).isTrue();
        assertThat(shapley.total()).isCloseTo(settlement.communityNet(), MONEY);
    }

    /**
     * Beyond exact Shapley values, the core check asks only the coalitions the rules solved: for 13 houses sampled
     * over 4 orders, the 13 houses alone, the whole community, and the coalitions of 2 to 12 houses the orders passed
     * through, 11 per order (at least the first order's, at most all four's): 25 to 58, far fewer than all 8,191.
     * The P2P price of this case (0.10, between export at 0.05 and import at 0.20) leaves every house better off
     * than alone.
     */
    @Test
    void beyondTwelveHousesTheCoreCheckAsksTheCoalitionsSolvedForTheRules() {
        Settlement settlement = solved(thirteenHouses());

        FairShares shares = FairShares.compare(settlement, List.of(SettlementRule.p2pPrice(),
                new SettlementRule(SettlementRule.Kind.SHAPLEY, 4, 7)), SETTINGS, coalitions -> done -> { });

        assertThat(shares.everyCoalition()).isFalse();
        assertThat(shares.coalitionsChecked()).isBetween(13 + 1 + 11, 13 + 1 + 4 * 11);
        for (int h = 0; h < 13; h++) {
            assertThat(shares.allocations().get(0).betterOff(h)).as("house %d", h).isTrue();
        }
    }

    @Test
    void equalSurplusDivisionLeavesNoHouseWorseOffThanAloneOnTheBuiltInCase() {
        CommunityCase paper = BuiltInCase.read();
        Settlement settlement = solved(paper.withGuestEvs(
                EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests()));

        assertEveryHouseBetterOff(allocate(SettlementRule.Kind.EQUAL_SURPLUS, settlement), settlement);
    }

    @Test
    void equalSurplusDivisionLeavesNoHouseWorseOffThanAloneOnGeneratedCases() {
        for (long seed = 1; seed <= 3; seed++) {
            Settlement settlement = solved(SyntheticCase.generate(2, 3, 2, seed));
            assertEveryHouseBetterOff(allocate(SettlementRule.Kind.EQUAL_SURPLUS, settlement), settlement);
        }
    }

    private static void assertEveryHouseBetterOff(Allocation allocation, Settlement settlement) {
        assertThat(allocation.total()).isCloseTo(settlement.communityNet(), MONEY);
        assertThat(Arrays.stream(allocation.standAlone()).sum()).as("the houses alone earn less than together")
                .isLessThan(allocation.total());
        assertThat(IntStream.range(0, allocation.houses()).filter(h -> !allocation.betterOff(h)).boxed().toList())
                .as("houses worse off than alone").isEmpty();
    }
}
