package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Stay;
import org.cemc.community.TestCommunities;
import org.cemc.model.HouseQuantity;
import org.cemc.model.SchedulingModel;
import org.cemc.result.EvPlan;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * A hosting block's MILP covers only its window, the periods its guest EVs may be parked; the block houses' other
 * periods are solved in closed form like any other house's. The decomposition must still return the direct
 * optimum within its gap under a valid bound, with a checked schedule.
 */
class BlockWindowTest {
    private static final Offset<Double> MONEY = within(1e-6);
    private static final SolverSettings SETTINGS = new SolverSettings(SolverBackend.CBC, 60, 1e-9, false);

    /**
     * Six periods of 1 h. House a: 2 kWh PV every period and a 7.2 kW charger, no demand; house b: 2 kWh
     * interruptible demand every period, no PV, enrolled (stand-by 0.10 per hour, nothing callable). Grid 0.20 to
     * buy, 0.05 to sell, SWV 0.05, parking 1 per hour; the EV prices are the grid's. Guest EV g parks from 2 h to
     * 5 h (periods 2-4) with 12.5 kWh and must leave with 15 kWh.
     *
     * <p>The optimum: every period a sells its 2 kWh to b, 6 x 2 x 0.05 = 0.60 of social welfare (the P2P payment
     * cancels; exporting and importing instead would earn 0.10 - 0.40 per period); a hosts g, 3 x 1 = 3.00 of
     * parking; g's 2.5 kWh cost the host 0.20 each from the grid and g pays 0.20 each, net 0; b's stand-by 6 x 0.10
     * = 0.60. Total 4.20. The bound at any clearing price p in [0, 0.20]: b earns 0.10 - 2p and a (2p + 0.10)
     * per period, so 6 x 0.10 + 0.60 of stand-by outside the block plus the block's 3.00 of parking: 4.20 too.
     *
     * <p>The block is house a over periods 2-4 only: a's periods 0, 1 and 5 and all of b's, 9 house-periods, are
     * solved in closed form.
     */
    @Test
    void aBlockCoversOnlyItsGuestEvsStayAndTheDecompositionMeetsTheHandWorkedOptimum() {
        CommunityCase community = TestCommunities.periods(6)
                .house("a", h -> h.pv(2).charger(7.2))
                .house("b", h -> h.interruptible(2).enrolled())
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(0.10).ens(0.22).standby(0.10)
                        .socialWelfareValue(0.05).parkingFee(1))
                .ev("g", 2, 5, 0.5, 0.6)
                .build();

        Outcome outcome = Scheduler.run(community, SETTINGS, SolveMethod.DECOMPOSITION);
        PoolDecomposition.Result result = new PoolDecomposition(community, SETTINGS).run(step -> { });

        assertThat(outcome.check().orElseThrow().passed()).isTrue();
        assertThat(outcome.solve().objective()).isCloseTo(4.20, MONEY);
        assertThat(outcome.solve().bound()).isCloseTo(4.20, MONEY);
        assertThat(result.objective()).isCloseTo(4.20, MONEY);
        assertThat(result.bound()).isCloseTo(4.20, MONEY);
        assertThat(outcome.schedule().orElseThrow().house("a").get(HouseQuantity.P2P_SOLD, 0)).isCloseTo(2, MONEY);
        assertThat(outcome.schedule().orElseThrow().house("a").get(HouseQuantity.P2P_SOLD, 3)).isCloseTo(2, MONEY);
        EvPlan g = outcome.schedule().orElseThrow().evs().get(0);
        assertThat(g.host()).contains("a");
        assertThat(g.soc().length()).isEqualTo(6);
        assertThat(g.soc().at(1)).isCloseTo(12.5, MONEY);
        assertThat(g.soc().at(5)).isGreaterThanOrEqualTo(15 - 1e-6);
        assertThat(g.totalCharge(0) + g.totalCharge(1) + g.totalCharge(5)).isZero();

        Subproblems subproblems = new Subproblems(community, org.cemc.model.HousePeriodSheet.of(community));
        HostingBlocks.Block block = subproblems.blocks().get(0);
        assertThat(block.houses()).containsExactly(0);
        assertThat(block.window()).isEqualTo(new Stay(2, 5));
        assertThat(result.closedFormHousePeriods()).isEqualTo(9);
        CommunityCase part = HostingBlocks.part(community, block, new double[] {0, 0, 0, 0, 0, 0});
        assertThat(part.periods()).isEqualTo(3);
        assertThat(part.guestEvs().get(0).stay(part.grid())).isEqualTo(new Stay(0, 3));
        int windowVariables = SchedulingModel.buildWithPricedPool(part).linearModel().variableCount();
        assertThat(result.blockSizes()).hasSize(1);
        assertThat(result.blockSizes().get(0).variables()).isEqualTo(windowVariables);
        int wholeDayVariables = SchedulingModel.buildWithPricedPool(new CommunityCase(community.name(),
                community.date(), community.currency(), community.grid(), community.communities(), List.of(community.houses().get(0)),
                community.guestEvs(), Optional.empty(), community.prices(), community.switches()))
                .linearModel().variableCount();
        assertThat(windowVariables).isLessThan(wholeDayVariables);
    }

    /**
     * Small random cases, 5 houses over 8 periods in two ECs, with guest EVs parked for part of the day: in ec1
     * two EVs with overlapping stays (periods 2-4 and 4-6, one block over periods 2-6), in ec2 one (periods 1-2).
     * V2G pays (the host pays the EV 0.02 below the export price, and the EVs arrive fuller than they must leave),
     * so hosts are held in export mode where their guests discharge. Against the direct MILP.
     */
    @Test
    void partialStaysGiveTheDirectOptimumWithinTheGapUnderAValidBound() {
        for (long seed = 1; seed <= 4; seed++) {
            CommunityCase community = randomCase(seed);
            Outcome direct = Scheduler.run(community, SETTINGS, SolveMethod.DIRECT);
            assertThat(direct.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
            double optimum = direct.solve().objective();

            Outcome decomposed = Scheduler.run(community, SETTINGS, SolveMethod.DECOMPOSITION);
            PoolDecomposition.Result result = new PoolDecomposition(community, SETTINGS).run(step -> { });

            String name = "seed " + seed;
            assertThat(decomposed.schedule()).as(name).isPresent();
            assertThat(decomposed.check().orElseThrow().passed()).as(name + ": checked").isTrue();
            assertThat(decomposed.solve().bound()).as(name + ": bound").isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(decomposed.solve().objective()).as(name + ": schedule").isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(optimum - decomposed.solve().objective()).as(name + ": within the reported gap")
                    .isLessThanOrEqualTo(decomposed.solve().relativeGap() * Math.abs(decomposed.solve().objective())
                            + 1e-6);
            assertThat(decomposed.profit().orElseThrow().total()).as(name).isCloseTo(decomposed.solve().objective(),
                    MONEY);
            assertThat(result.bound()).as(name).isGreaterThanOrEqualTo(optimum - 1e-6);

            Subproblems subproblems = new Subproblems(community, org.cemc.model.HousePeriodSheet.of(community));
            assertThat(subproblems.blocks()).extracting(HostingBlocks.Block::window)
                    .as(name).containsExactly(new Stay(2, 7), new Stay(1, 3));
            assertThat(result.closedFormHousePeriods()).as(name).isEqualTo(5 * 8 - 2 * 5 - 2);
            double[] prices = new double[8];
            for (int b = 0; b < 2; b++) {
                CommunityCase part = HostingBlocks.part(community, subproblems.blocks().get(b), prices);
                assertThat(result.blockSizes().get(b).variables()).as(name)
                        .isEqualTo(SchedulingModel.buildWithPricedPool(part).linearModel().variableCount());
            }
        }
    }

    private static CommunityCase randomCase(long seed) {
        Random random = new Random(seed);
        int periods = 8;
        double[] gridBuy = new double[periods];
        double[] gridSell = new double[periods];
        double[] evDischarge = new double[periods];
        double[] ens = new double[periods];
        for (int t = 0; t < periods; t++) {
            gridBuy[t] = 0.10 + 0.20 * random.nextDouble();
            gridSell[t] = 0.04 + 0.04 * random.nextDouble();
            evDischarge[t] = gridSell[t] - 0.02;
            ens[t] = 1.1 * gridBuy[t];
        }
        TestCommunities builder = TestCommunities.periods(periods);
        String[] ec = {"ec1", "ec1", "ec1", "ec2", "ec2"};
        double[] charger = {7.2, 3.6, 0, 7.2, 0};
        for (int h = 0; h < 5; h++) {
            double[] pv = new double[periods];
            double[] interruptible = new double[periods];
            double[] uninterruptible = new double[periods];
            double[] callable = new double[periods];
            double peak = h == 2 ? 0 : 1 + 3 * random.nextDouble();
            for (int t = 0; t < periods; t++) {
                pv[t] = peak * Math.max(0, Math.sin(Math.PI * (t + 0.5) / periods));
                interruptible[t] = 2 * random.nextDouble();
                uninterruptible[t] = random.nextDouble();
                callable[t] = t >= 3 && t <= 5 ? 0.2 * interruptible[t] : 0;
            }
            int house = h;
            builder.house("h" + h, b -> b.community(ec[house]).charger(charger[house]).pv(pv)
                    .interruptible(interruptible).uninterruptible(uninterruptible).callable(callable));
        }
        return builder
                .prices(p -> p.gridBuy(gridBuy).gridSell(gridSell).p2p(0.12).ens(ens).drIncentive(0.05)
                        .drFine(0.02).standby(0.10).evCharge(gridBuy).evDischarge(evDischarge)
                        .socialWelfareValue(0.055).parkingFee(1))
                .ev(new GuestEv("e1", Optional.of("ec1"), 1.5, 5, 25, 0.9, 0.5, 7.2, 7.2, 0.95, 0.95))
                .ev(new GuestEv("e2", Optional.of("ec1"), 4, 7.5, 25, 0.4, 0.6, 7.2, 3.6, 0.95, 0.95))
                .ev(new GuestEv("e3", Optional.of("ec2"), 0.5, 3, 25, 0.8, 0.7, 7.2, 7.2, 0.9, 0.9))
                .build();
    }
}
