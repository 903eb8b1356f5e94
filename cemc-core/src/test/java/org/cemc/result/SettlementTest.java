package org.cemc.result;

import org.cemc.model.HouseQuantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.cemc.input.BuiltInCase;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

class SettlementTest {

    @Test
    void theHandWorkedTwoHouseDayGivesEachHouseItsNet() {
        // House a: 3 kWh PV, 1 kWh demand; b: 2 kWh demand, no PV. a serves itself and sells 2 kWh to b at
        // 0.10: a receives 0.20 and is credited the social-welfare value of 3 kWh (0.165): net 0.365. b pays 0.20:
        // net -0.20. The two add up to the community's 0.165.
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(3).interruptible(1))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(0.10).ens(0.22).socialWelfareValue(0.055))
                .build();
        Outcome outcome = Scheduler.run(community, SolverSettings.defaults());

        Settlement settlement = Settlement.of(community, outcome.schedule().orElseThrow());

        assertThat(settlement.net(0)).isCloseTo(0.365, within(1e-9));
        assertThat(settlement.net(1)).isCloseTo(-0.20, within(1e-9));
        assertThat(settlement.total(0, Flow.P2P_RECEIVED)).isCloseTo(0.20, within(1e-9));
        assertThat(settlement.total(1, Flow.P2P_PAID)).isCloseTo(-0.20, within(1e-9));
        assertThat(P2pTrades.of(community, outcome.schedule().orElseThrow()))
                .containsExactly(new P2pTrades.Trade(0, "a", "b", 2, 0.20));
    }

    @Test
    void onTheBuiltInCaseTheHousesAddUpToTheCommunityAndP2pMoneyIsZeroSumEveryPeriod() {
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests());
        Outcome outcome = Scheduler.run(day, SolverSettings.defaults());

        Settlement settlement = Settlement.of(day, outcome.schedule().orElseThrow());

        double nets = 0;
        for (int h = 0; h < day.houses().size(); h++) {
            nets += settlement.net(h);
        }
        assertThat(nets).isCloseTo(outcome.solve().objective(), within(1e-6));
        for (int t = 0; t < day.periods(); t++) {
            assertThat(settlement.p2pBalance(t)).isCloseTo(0, within(1e-9));
        }
        assertThat(P2pTrades.of(day, outcome.schedule().orElseThrow()).stream()
                .mapToDouble(P2pTrades.Trade::energyKwh).sum())
                .isCloseTo(outcome.schedule().orElseThrow().houses().stream()
                        .mapToDouble(p -> p.series(HouseQuantity.P2P_SOLD).sum()).sum(), within(1e-6));
    }

    /** The count that decides whether p2p-trades.csv is written is the number of trades it would hold. */
    @Test
    void theTradeCountIsTheNumberOfTradesListed() {
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests());
        Schedule schedule = Scheduler.run(day, SolverSettings.defaults()).schedule().orElseThrow();

        long count = P2pTrades.count(day, schedule);

        assertThat(count).isPositive().isEqualTo(P2pTrades.of(day, schedule).size());
    }
}
