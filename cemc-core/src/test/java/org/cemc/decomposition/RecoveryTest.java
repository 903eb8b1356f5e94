package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.cemc.model.HousePeriodSheet;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

/**
 * The recovery of a balanced schedule (step 4 of the decomposition), on cases without guest EVs so every house is
 * a closed-form subproblem. Profits are the houses' without P2P payments, which cancel over a balanced pool; the
 * clearing prices are only known to the bisection's 1e-10, hence the tolerance.
 */
class RecoveryTest {
    private static final Offset<Double> MONEY = within(1e-8);
    private static final Offset<Double> ENERGY = within(1e-9);

    /** The steps the recovery works with, on one case. */
    private record Steps(HousePeriodSheet sheet, PoolHouses pool, Subproblems subproblems, Recovery recovery) {
        static Steps of(CommunityCase community) {
            HousePeriodSheet sheet = HousePeriodSheet.of(community);
            PoolHouses pool = new PoolHouses(community, sheet);
            return new Steps(sheet, pool, new Subproblems(community, sheet), new Recovery(sheet, pool));
        }

        double[] clearingPrices() {
            return PoolPricing.clearingPrices(sheet, pool, Deadline.in(60));
        }

        /** The bound of a case without guest EVs: no hosting block, no relaxed guest. */
        double bound(double[] prices) {
            return LagrangianBound.at(prices, sheet, subproblems, List.of(), new double[0]);
        }
    }

    private static Deadline later() {
        return Deadline.in(60);
    }

    private static Deadline passed() {
        return Deadline.in(-1);
    }

    /**
     * House a: 3 kWh PV, no demand. Houses b and c: no PV, 1 and 1.5 kWh of interruptible demand. Grid 0.20 to buy,
     * 0.05 to sell, SWV 0.05, ENS 0.22.
     */
    private static CommunityCase surplusForTwoBuyers() {
        return TestCommunities.periods(1)
                .house("a", h -> h.pv(3))
                .house("b", h -> h.interruptible(1))
                .house("c", h -> h.interruptible(1.5))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).ens(0.22).socialWelfareValue(0.05))
                .build();
    }

    /**
     * The pool clears at 0: above it a sells all 3 kWh (p + 0.05 beats exporting at 0.05) while b and c, buying
     * below the grid's 0.20, want 2.5; below it a exports everything. The bisection's first midpoint is 0 itself,
     * where a, indifferent, sells, so the bracket closes on 0 from below, where a chooses export mode, as its net
     * position says too. With those roles the period settles with a selling the 2.5 kWh b and c need and exporting
     * the 0.5 left: SWV 0.05 x 2.5 + 0.05 x 0.5 = 0.15, all demand served by PV and the rest exported, the
     * optimum. The bound at 0 is a's 0.15 (export or sell all) plus what b and c pay for 2.5 kWh at 0: the same,
     * so the gap is closed.
     */
    @Test
    void aSurplusIsSoldToTwoBuyersAndTheRestExported() {
        Steps steps = Steps.of(surplusForTwoBuyers());
        double[] prices = steps.clearingPrices();

        Recovery.PeriodPlan plan = steps.recovery().balance(prices, later(), new Progress(done -> { }))[0];

        assertThat(prices[0]).isCloseTo(0, within(1e-9));
        assertThat(plan.profit()).isCloseTo(0.15, MONEY);
        assertThat(plan.allocations()[0].p2pSold()).isCloseTo(2.5, ENERGY);
        assertThat(plan.allocations()[0].pvExport()).isCloseTo(0.5, ENERGY);
        assertThat(plan.allocations()[0].exportMode()).isEqualTo(1);
        assertThat(plan.allocations()[1].p2pBought()).isCloseTo(1, ENERGY);
        assertThat(plan.allocations()[2].p2pBought()).isCloseTo(1.5, ENERGY);
        assertThat(steps.bound(prices)).isCloseTo(0.15, MONEY);
    }

    /**
     * Natural roles beat roles chosen at a price above the clearing price (where a bisection that met the jump
     * from above would leave them). At 0.10 a does best selling all its 3 kWh, which needs no export, so it takes
     * import mode (v = 0, preferred on ties). Settled with those roles, the pool clears where a stops selling
     * (-0.05, below which spilling beats selling): a sells the 2.5 kWh b and c buy and, unable to export in
     * import mode, spills 0.5: 0.05 x 2.5 = 0.125. The natural roles (a exports and sells, b and c buy) settle at
     * 0.15. One improvement round at the settled price -0.05, where exporting beats selling for a, moves a to
     * export mode and settles again at 0.15; after the deadline no round starts.
     */
    @Test
    void naturalRolesBeatRolesChosenAboveTheClearingPriceAndImprovementFindsThem() {
        Recovery recovery = Steps.of(surplusForTwoBuyers()).recovery();

        Recovery.PeriodPlan chosenAbove = recovery.settle(0, recovery.clearingRoles(0, 0.10));
        Recovery.PeriodPlan natural = recovery.settle(0, recovery.naturalRoles(0));

        assertThat(chosenAbove.allocations()[0].exportMode()).isZero();
        assertThat(chosenAbove.allocations()[0].p2pSold()).isCloseTo(2.5, ENERGY);
        assertThat(chosenAbove.allocations()[0].pvExport()).isZero();
        assertThat(chosenAbove.profit()).isCloseTo(0.125, MONEY);
        assertThat(natural.profit()).isCloseTo(0.15, MONEY);
        assertThat(recovery.improved(0, chosenAbove, later(), 0).profit()).isCloseTo(0.15, MONEY);
        assertThat(recovery.improved(0, chosenAbove, passed(), 0)).isSameAs(chosenAbove);
    }

    /**
     * The case above: an optional step (an improvement round, the natural start) starts only while the deadline
     * leaves about what a step takes. With a minute left and steps of two minutes, the first plan is kept as it is.
     */
    @Test
    void noOptionalStepStartsWhenTheTimeLeftIsShorterThanAStep() {
        Recovery recovery = Steps.of(surplusForTwoBuyers()).recovery();
        Recovery.PeriodPlan chosenAbove = recovery.settle(0, recovery.clearingRoles(0, 0.10));
        long twoMinutes = 120_000_000_000L;

        assertThat(recovery.balancePeriod(0, chosenAbove, Deadline.in(60), twoMinutes)).isSameAs(chosenAbove);
        assertThat(recovery.improved(0, chosenAbove, Deadline.in(60), twoMinutes)).isSameAs(chosenAbove);
        assertThat(recovery.balancePeriod(0, chosenAbove, Deadline.in(60), 0).profit()).isCloseTo(0.15, MONEY);
    }

    /**
     * Clearing-price roles beat natural roles. House d: 1 kWh PV, 3 kWh demand, all of it callable, curtailing
     * worth 0.4 + 0.1 (incentive and avoided fine) = 0.5 per kWh; the fine on its callable load is a constant
     * -0.1 x 3 = -0.3. House b: no PV, 1 kWh demand. Grid 0.20 / 0.05, SWV 0.05, ENS 0.22.
     *
     * <p>d curtails all 3 kWh (1.5), so its PV is free: sold at p + 0.05, it beats exporting for any p > 0, and b
     * buys below 0.20, so the pool clears on (0, 0.20]; bisection moves the low end up while the excess is 0 and
     * ends at 0.20. There d is a seller: d sells its kWh to b, 1.5 + 0.05 - 0.3 = 1.25, b pays nothing but P2P,
     * the optimum. d's net position is short (3 > 1), so its natural roles make it a buyer in import mode, which
     * can neither sell nor export its PV; using it itself displaces curtailment worth 0.5, so it spills it:
     * d 1.5 - 0.3 = 1.2, b imports 1 kWh at 0.20: 1.0. An improvement round (at the high price where that period
     * settled with no seller) turns d into a seller and reaches 1.25; the bound at 0.20, d's 1.25 + 0.20 plus b's
     * -0.20, meets it.
     */
    @Test
    void clearingPriceRolesBeatNaturalRolesWhenAShortHouseCurtailsAndSellsItsPv() {
        Steps steps = Steps.of(TestCommunities.periods(1)
                .house("d", h -> h.pv(1).interruptible(3).callable(3))
                .house("b", h -> h.interruptible(1))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).drIncentive(0.4).drFine(0.1).ens(0.22)
                        .socialWelfareValue(0.05))
                .build());
        Recovery recovery = steps.recovery();
        double[] prices = steps.clearingPrices();

        Recovery.PeriodPlan clearing = recovery.settle(0, recovery.clearingRoles(0, prices[0]));
        Recovery.PeriodPlan natural = recovery.settle(0, recovery.naturalRoles(0));
        Recovery.PeriodPlan balanced = recovery.balancePeriod(0, clearing, later(), 0);

        assertThat(prices[0]).isCloseTo(0.20, within(1e-9));
        assertThat(recovery.clearingRoles(0, prices[0]).buyer()).containsExactly(0, 1);
        assertThat(recovery.naturalRoles(0).buyer()).containsExactly(1, 1);
        assertThat(clearing.profit()).isCloseTo(1.25, MONEY);
        assertThat(natural.profit()).isCloseTo(1.0, MONEY);
        assertThat(balanced.profit()).isCloseTo(1.25, MONEY);
        assertThat(balanced.allocations()[0].curtailed()).isCloseTo(3, ENERGY);
        assertThat(balanced.allocations()[0].p2pSold()).isCloseTo(1, ENERGY);
        assertThat(balanced.allocations()[1].p2pBought()).isCloseTo(1, ENERGY);
        assertThat(recovery.improved(0, natural, later(), 0).profit()).isCloseTo(1.25, MONEY);
        assertThat(recovery.improved(0, natural, passed(), 0)).isSameAs(natural);
        assertThat(steps.bound(prices)).isCloseTo(1.25, MONEY);
    }

    /**
     * Whatever the prices, every recovered period balances the pool ({@code sum PS = sum PB}, K12), and, being a
     * feasible schedule, earns no more than the Lagrangian bound at those prices. Twelve synthetic houses over a
     * day, without guest EVs, at the clearing prices and at three flat prices.
     */
    @Test
    void thePoolBalancesEveryPeriodAndTheProfitStaysBelowTheBoundAtAnyPrices() {
        CommunityCase community = SyntheticCase.generate(2, 6, 0, 5);
        Steps steps = Steps.of(community);
        int periods = community.periods();
        for (double[] prices : List.of(steps.clearingPrices(), flat(periods, -0.1), flat(periods, 0.05),
                flat(periods, 0.3))) {
            Recovery.PeriodPlan[] plans = steps.recovery().balance(prices, later(), new Progress(done -> { }));

            double profit = 0;
            for (int t = 0; t < periods; t++) {
                double sold = 0;
                double bought = 0;
                for (HouseAllocation allocation : plans[t].allocations()) {
                    sold += allocation.p2pSold();
                    bought += allocation.p2pBought();
                }
                assertThat(sold).as("period %d at %s", t, prices[t]).isCloseTo(bought, within(1e-9 * (1 + sold)));
                profit += plans[t].profit();
            }
            assertThat(profit).isLessThanOrEqualTo(steps.bound(prices) + 1e-9);
        }
    }

    /** From either start, in every period of a synthetic day, improving a settled period never lowers its profit. */
    @Test
    void improvementRoundsNeverLowerTheProfit() {
        CommunityCase community = SyntheticCase.generate(2, 6, 0, 7);
        Steps steps = Steps.of(community);
        double[] prices = steps.clearingPrices();
        Recovery recovery = steps.recovery();
        for (int t = 0; t < community.periods(); t++) {
            for (Recovery.Roles start : List.of(recovery.clearingRoles(t, prices[t]), recovery.naturalRoles(t))) {
                Recovery.PeriodPlan settled = recovery.settle(t, start);

                assertThat(recovery.improved(t, settled, later(), 0).profit()).as("period %d", t)
                        .isGreaterThanOrEqualTo(settled.profit());
            }
        }
    }

    private static double[] flat(int periods, double price) {
        double[] prices = new double[periods];
        Arrays.fill(prices, price);
        return prices;
    }
}
