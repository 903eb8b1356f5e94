package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.TestCommunities;
import org.cemc.model.HouseQuantity;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The decomposition against the direct MILP on cases small enough to solve exactly: the same optimum within the
 * gap it reports, a bound never below the optimum, a schedule never above it, and every schedule checked.
 */
class PoolDecompositionTest {
    private static final Offset<Double> MONEY = within(1e-6);

    private static Outcome solve(CommunityCase community, SolverBackend backend, SolveMethod method) {
        return Scheduler.run(community, new SolverSettings(backend, 60, 1e-9, false), method);
    }

    /**
     * House a: 2 kWh PV and no demand; house b: 2 kWh demand and no PV. Grid 0.20 to buy, 0.05 to sell, SWV 0.05.
     * The optimum: a sells its 2 kWh to b, worth 2 x 0.05 = 0.10 in social welfare, the P2P payment cancelling
     * (exporting and importing instead would earn 0.10 - 0.40 = -0.30). The pool clears at any price in
     * [0, 0.20] (a sells above 0, b buys below 0.20); at such a price a's subproblem earns (p + 0.05) x 2 and b's
     * -p x 2, so the Lagrangian bound is 0.10 too.
     */
    @Test
    void aSellerAndABuyerClearThePoolAtTheOptimumAndTheBoundMeetsIt() {
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(2))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(0.10).ens(0.22).socialWelfareValue(0.05))
                .build();

        Outcome outcome = solve(community, SolverBackend.CBC, SolveMethod.DECOMPOSITION);

        assertThat(outcome.schedule()).isPresent();
        assertThat(outcome.solve().objective()).isCloseTo(0.10, MONEY);
        assertThat(outcome.solve().bound()).isCloseTo(0.10, MONEY);
        assertThat(outcome.schedule().get().house("a").get(HouseQuantity.P2P_SOLD, 0)).isCloseTo(2, MONEY);
        assertThat(outcome.schedule().get().house("b").get(HouseQuantity.P2P_BOUGHT, 0)).isCloseTo(2, MONEY);
        assertThat(outcome.size().form()).contains("decomposed over K12");
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void everyMethodReturnsTheOptimumWithinItsGapAndBoundsItFromAbove(SolverBackend backend) {
        assumeTrue(MilpSolver.isAvailable(backend), backend + " is not installed");
        for (CommunityCase community : smallCases()) {
            Outcome direct = solve(community, backend, SolveMethod.DIRECT);
            assertThat(direct.solve().status()).as(community.name()).isEqualTo(SolveStatus.OPTIMAL);
            double optimum = direct.solve().objective();

            Outcome decomposed = solve(community, backend, SolveMethod.DECOMPOSITION);

            String name = community.name();
            assertThat(decomposed.schedule()).as(name + ": a checked schedule").isPresent();
            assertThat(decomposed.check().orElseThrow().passed()).as(name).isTrue();
            assertThat(decomposed.solve().bound()).as(name + ": bound").isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(decomposed.solve().objective()).as(name + ": schedule").isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(optimum - decomposed.solve().objective()).as(name + ": within the reported gap")
                    .isLessThanOrEqualTo(decomposed.solve().relativeGap() * Math.abs(decomposed.solve().objective())
                            + 1e-6);
            assertThat(decomposed.profit().orElseThrow().total()).as(name).isCloseTo(
                    decomposed.solve().objective(), MONEY);
        }
    }

    /**
     * With P2P off nothing couples the subproblems, so the decomposition must be exact: its schedule and its
     * bound both equal the direct optimum.
     */
    @Test
    void withoutP2pTheDecompositionIsExact() {
        CommunityCase community = SyntheticCase.generate(2, 6, 4, 3);
        community = community.withSwitches(community.switches().withP2p(false));

        double optimum = solve(community, SolverBackend.CBC, SolveMethod.DIRECT).solve().objective();
        Outcome decomposed = solve(community, SolverBackend.CBC, SolveMethod.DECOMPOSITION);

        assertThat(decomposed.solve().objective()).isCloseTo(optimum, MONEY);
        assertThat(decomposed.solve().bound()).isCloseTo(optimum, within(1e-5));
    }

    /**
     * The time limit is wall-clock for the whole run. One far too short for any step: pricing stops bisecting at
     * once (the bound is valid at whatever prices it has), each hosting block still gets its floor of a second,
     * recovery balances the pool without improvement rounds. The result is still a checked schedule under a bound
     * no lower than the optimum.
     */
    @Test
    void aTimeLimitTooShortForAnyStepStillGivesACheckedScheduleUnderAValidBound() {
        CommunityCase community = SyntheticCase.generate(2, 6, 4, 1);
        double optimum = solve(community, SolverBackend.CBC, SolveMethod.DIRECT).solve().objective();

        Outcome rushed = Scheduler.run(community, new SolverSettings(SolverBackend.CBC, 1e-6, 1e-9, false),
                SolveMethod.DECOMPOSITION);

        assertThat(rushed.schedule()).isPresent();
        assertThat(rushed.check().orElseThrow().passed()).isTrue();
        assertThat(rushed.solve().bound()).isGreaterThanOrEqualTo(optimum - 1e-6);
        assertThat(rushed.solve().objective()).isLessThanOrEqualTo(optimum + 1e-6);
    }

    @Test
    void autoDecomposesLargeCasesOnlyAndNeverAnLpRelaxation() {
        CommunityCase small = SyntheticCase.generate(1, 18, 3, 1);
        CommunityCase large = SyntheticCase.generate(SolveMethod.DECOMPOSE_FROM_HOUSE_PERIODS / 24 / 18 + 1, 18, 3, 1);
        // 3 houses over 1,600 periods are as many house-periods as 200 houses over a day of hours.
        CommunityCase longHorizon = TestCommunities.periods(1600).house("a", h -> h).house("b", h -> h)
                .house("c", h -> h).build();
        CommunityCase shorterHorizon = TestCommunities.periods(1599).house("a", h -> h).house("b", h -> h)
                .house("c", h -> h).build();

        assertThat(SolveMethod.AUTO.resolve(small, false)).isEqualTo(SolveMethod.DIRECT);
        assertThat(SolveMethod.AUTO.resolve(large, false)).isEqualTo(SolveMethod.DECOMPOSITION);
        assertThat(SolveMethod.AUTO.resolve(longHorizon, false)).isEqualTo(SolveMethod.DECOMPOSITION);
        assertThat(SolveMethod.AUTO.resolve(shorterHorizon, false)).isEqualTo(SolveMethod.DIRECT);
        assertThat(SolveMethod.DECOMPOSITION.resolve(large, true)).isEqualTo(SolveMethod.DIRECT);
        assertThat(SolveMethod.DIRECT.resolve(large, false)).isEqualTo(SolveMethod.DIRECT);
    }

    /**
     * Synthetic cases of 12 to 24 houses: as generated; with a V2G discharge price below the grid's export price,
     * so guest EVs discharge and force their hosts into export mode; with exclusive EV mode (a seed whose direct
     * MILP all three solvers close: with profitable V2G, exclusive mode makes most 12-house cases take the direct
     * MILP more than a minute); with one EC, where every EV competes for the same few chargers.
     */
    private static List<CommunityCase> smallCases() {
        List<CommunityCase> cases = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            cases.add(SyntheticCase.generate(2, 6, 4, seed));
        }
        CommunityCase v2g = SyntheticCase.generate(2, 6, 6, 4);
        cases.add(v2g.withPrices(profitableDischarge(v2g.prices())));
        CommunityCase exclusive = SyntheticCase.generate(2, 6, 5, 8);
        cases.add(exclusive.withPrices(profitableDischarge(exclusive.prices()))
                .withSwitches(exclusive.switches().withExclusiveEvMode(true)));
        cases.add(SyntheticCase.generate(1, 24, 8, 6));
        return cases;
    }

    /** The host pays a guest EV 0.05 below the grid's export price per kWh discharged, so V2G pays. */
    static Prices profitableDischarge(Prices prices) {
        double[] discharge = prices.gridSell().toArray();
        for (int t = 0; t < discharge.length; t++) {
            discharge[t] = Math.max(0, discharge[t] - 0.05);
        }
        return new Prices(prices.gridBuy(), prices.gridSell(), prices.p2pMarket(), prices.drIncentive(),
                prices.drFine(), prices.standby(), prices.ens(), prices.evCharge(), Series.of(discharge),
                prices.socialWelfareValue(), prices.parkingFee());
    }
}
