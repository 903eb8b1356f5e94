package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.P2P_BUYER;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.P2pMarket;
import org.cemc.community.Series;
import org.cemc.community.TestCommunities;
import org.cemc.model.HousePeriodSheet;
import org.cemc.model.HouseQuantity;
import org.cemc.model.SchedulingModel;
import org.cemc.result.FirstStage;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * The closed form must be the exact optimum of a house-period with K12 priced: the decomposition's bound is only
 * valid if it is. It is compared with the MILP of model.md on the same one-house, one-period case.
 */
class HouseResponseTest {
    private static final Offset<Double> MONEY = within(1e-7);

    /** House 0 alone in one period: grid 0.20 to buy and 0.05 to sell, SWV 0.055, ENS 0.22, no DR, P2P on. */
    private static HouseResponse oneHouse(double pv, double demand) {
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(pv).interruptible(demand))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).ens(0.22).socialWelfareValue(0.055))
                .build();
        return new HouseResponse(HousePeriodSheet.of(community));
    }

    /**
     * PV 3, demand 1, grid 0.20 / 0.05, SWV 0.055, P2P at 0.10. Self-supply 1 kWh (0.055), then the 2 kWh left:
     * sold P2P they earn 0.10 + 0.055 = 0.155 each, exported 0.05, so sell: 0.055 + 0.31 = 0.365, as a seller
     * (r = 0); import mode suffices (v = 0, nothing exported).
     */
    @Test
    void aHouseWithPvToSpareSellsItWhenThePoolPaysMoreThanTheGrid() {
        HouseResponse house = oneHouse(3, 1);

        HouseAllocation best = house.best(0, 0, 0.10, false);

        assertThat(best.profit()).isCloseTo(0.365, MONEY);
        assertThat(best.selfSupply()).isCloseTo(1, MONEY);
        assertThat(best.p2pSold()).isCloseTo(2, MONEY);
        assertThat(best.buyer()).isZero();
        assertThat(best.exportMode()).isZero();
    }

    /**
     * PV 1, demand 3, grid 0.20. Buying the 2 kWh short P2P at 0.10 (r = 1) beats the grid: 0.055 (self-supply)
     * - 0.20 = -0.145. At a P2P price of 0.30, above the grid's 0.20, its own 1 kWh of PV is worth more sold to the
     * pool (0.30 + SWV 0.055) than used (0.20 saved + 0.055), so it sells it and imports all 3 kWh:
     * 0.355 - 0.60 = -0.245.
     */
    @Test
    void aHouseShortOfPvBuysFromThePoolOnlyBelowTheGridPrice() {
        HouseResponse house = oneHouse(1, 3);

        assertThat(house.best(0, 0, 0.10, false).profit()).isCloseTo(-0.145, MONEY);
        assertThat(house.best(0, 0, 0.10, false).p2pBought()).isCloseTo(2, MONEY);
        assertThat(house.best(0, 0, 0.30, false).profit()).isCloseTo(-0.245, MONEY);
        assertThat(house.best(0, 0, 0.30, false).p2pSold()).isCloseTo(1, MONEY);
        assertThat(house.best(0, 0, 0.30, false).gridInterruptible()).isCloseTo(3, MONEY);
    }

    /** With the trade fixed at 0.5 kWh bought, the other 1.5 kWh come from the grid: 0.055 - 0.05 - 0.30. */
    @Test
    void aFixedTradeIsHonouredAndTheRestOptimised() {
        HouseResponse house = oneHouse(1, 3);

        HouseAllocation fixed = house.withTrade(0, 0, 0.10, 0, 1, 0.5);

        assertThat(fixed.p2pBought()).isCloseTo(0.5, MONEY);
        assertThat(fixed.gridInterruptible()).isCloseTo(1.5, MONEY);
        assertThat(fixed.profit()).isCloseTo(0.055 - 0.05 - 0.30, MONEY);
    }

    @Test
    void theClosedFormEqualsTheMilpOnRandomHousesAndPrices() {
        Random random = new Random(11);
        for (int trial = 0; trial < 150; trial++) {
            PricedHouse house = PricedHouse.draw(random);
            CommunityCase priced = house.community();
            double poolPrice = house.poolPrice();
            SolveResult milp = MilpSolver.solve(SchedulingModel.buildWithPricedPool(priced).linearModel(),
                    new SolverSettings(org.cemc.solve.SolverBackend.CBC, 10, 0, false));
            assertThat(milp.status()).isEqualTo(SolveStatus.OPTIMAL);

            HouseAllocation best = new HouseResponse(HousePeriodSheet.of(priced)).best(0, 0, poolPrice, false);

            assertThat(best.profit()).as("trial %d", trial).isCloseTo(milp.objective(), within(1e-6));
        }
    }

    /**
     * With a first stage fixed (an evaluated schedule's v, r and DR), the sheet's bounds are the fixed values and the
     * closed form must still be the exact optimum: a DR curtailment fixed above 0 is taken whatever it is worth,
     * and v and r are not re-chosen. Compared with the same house's MILP with its first stage fixed, on random
     * houses, prices and fixed decisions within the case's bounds.
     */
    @Test
    void withTheFirstStageFixedTheClosedFormEqualsTheMilpWithTheSameFixedValues() {
        Random random = new Random(13);
        for (int trial = 0; trial < 150; trial++) {
            PricedHouse house = PricedHouse.draw(random);
            CommunityCase priced = house.community();
            double poolPrice = house.poolPrice();
            HousePeriodSheet free = HousePeriodSheet.of(priced);
            EnumMap<HouseQuantity, Series> decisions = new EnumMap<>(HouseQuantity.class);
            for (HouseQuantity quantity : List.of(EXPORT_MODE, P2P_BUYER)) {
                decisions.put(quantity, Series.of(free.lower(quantity, 0, 0)
                        + random.nextInt((int) (free.upper(quantity, 0, 0) - free.lower(quantity, 0, 0)) + 1)));
            }
            decisions.put(DR_CURTAILED, Series.of(free.upper(DR_CURTAILED, 0, 0) * random.nextDouble()));
            FirstStage fixed = new FirstStage(Map.of("a", decisions));
            SchedulingModel model = SchedulingModel.buildWithPricedPool(priced);
            model.fixFirstStage(fixed);
            SolveResult milp = MilpSolver.solve(model.linearModel(),
                    new SolverSettings(org.cemc.solve.SolverBackend.CBC, 10, 0, false));
            assertThat(milp.status()).as("trial %d", trial).isEqualTo(SolveStatus.OPTIMAL);

            HouseAllocation best = new HouseResponse(HousePeriodSheet.of(priced, Optional.of(fixed)))
                    .best(0, 0, poolPrice, false);

            assertThat(best.profit()).as("trial %d", trial).isCloseTo(milp.objective(), within(1e-6));
            assertThat(best.curtailed()).as("trial %d", trial).isEqualTo(fixed.get("a", DR_CURTAILED, 0));
            assertThat(best.exportMode()).as("trial %d", trial).isEqualTo((int) fixed.get("a", EXPORT_MODE, 0));
            assertThat(best.buyer()).as("trial %d", trial).isEqualTo((int) fixed.get("a", P2P_BUYER, 0));
        }
    }

    /** One random house "a" over one period, with P2P energy priced at {@code poolPrice}. */
    private record PricedHouse(CommunityCase community, double poolPrice) {
        static PricedHouse draw(Random random) {
            double pv = random.nextInt(3) == 0 ? 0 : 5 * random.nextDouble();
            double demand = random.nextInt(4) == 0 ? 0 : 4 * random.nextDouble();
            double callable = random.nextBoolean() ? demand * random.nextDouble() : 0;
            double buy = 0.05 + 0.3 * random.nextDouble();
            double sell = buy * random.nextDouble();
            double poolPrice = -0.1 + 0.5 * random.nextDouble();
            boolean p2p = random.nextInt(5) > 0;
            boolean dr = random.nextInt(5) > 0;
            CommunityCase community = TestCommunities.periods(1)
                    .house("a", h -> h.pv(pv).interruptible(demand).uninterruptible(0.7).callable(callable).enrolled())
                    .prices(p -> p.gridBuy(buy).gridSell(sell).drIncentive(0.3 * random.nextDouble())
                            .drFine(0.1 * random.nextDouble()).standby(0.1).ens(1.1 * buy)
                            .socialWelfareValue(0.1 * random.nextDouble()))
                    .switches(s -> s.withP2p(p2p).withDr(dr))
                    .build();
            CommunityCase priced = community.withPrices(
                    community.prices().withP2pMarket(P2pMarket.series(Series.of(poolPrice))));
            return new PricedHouse(priced, poolPrice);
        }
    }
}
