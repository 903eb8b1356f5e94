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
    void theHandWorkedTwoHouseDayGivesEachHouseItsNetMoneyAndItsWelfareBesideIt() {
        // House a: 3 kWh PV, 1 kWh demand; b: 2 kWh demand, no PV. a serves itself and sells 2 kWh to b at 0.10
        // (P2P at 0.10 beats exporting at 0.05 for a and importing at 0.20 for b).
        // Money: a receives 2 x 0.10 = 0.20 and pays nothing: net 0.20. b pays 2 x 0.10 = 0.20: net -0.20.
        // Welfare (not money): a is credited 0.055 on its 1 kWh self-supplied and 2 kWh sold = 0.165; b none.
        // Net with welfare: a 0.365, b -0.20; the community's profit 0.165 = nets 0.00 + welfare 0.165.
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(3).interruptible(1))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(0.10).ens(0.22).socialWelfareValue(0.055))
                .build();
        Outcome outcome = Scheduler.run(community, SolverSettings.defaults());

        Settlement settlement = Settlement.of(community, outcome.schedule().orElseThrow());

        assertThat(settlement.net(0)).isCloseTo(0.20, within(1e-9));
        assertThat(settlement.socialWelfareValue(0)).isCloseTo(0.165, within(1e-9));
        assertThat(settlement.netWithWelfare(0)).isCloseTo(0.365, within(1e-9));
        assertThat(settlement.net(1)).isCloseTo(-0.20, within(1e-9));
        assertThat(settlement.socialWelfareValue(1)).isCloseTo(0, within(1e-9));
        assertThat(settlement.communityNet()).isCloseTo(0, within(1e-9));
        assertThat(settlement.communitySocialWelfareValue()).isCloseTo(outcome.solve().objective(), within(1e-9));
        assertThat(settlement.total(0, Flow.P2P_RECEIVED)).isCloseTo(0.20, within(1e-9));
        assertThat(settlement.total(1, Flow.P2P_PAID)).isCloseTo(-0.20, within(1e-9));
        assertThat(P2pTrades.of(community, outcome.schedule().orElseThrow()))
                .containsExactly(new P2pTrades.Trade(0, "a", "b", 2, 0.20));
    }

    @Test
    void theNetIsTheMoneyFlowsOnlyAndTheSocialWelfareValueIsTheOnlyFlowThatIsNotMoney() {
        assertThat(Flow.values()).filteredOn(flow -> !flow.cash()).containsExactly(Flow.SOCIAL_WELFARE);
        assertThat(Flow.cashFlows()).hasSize(Flow.values().length - 1).doesNotContain(Flow.SOCIAL_WELFARE);
    }

    @Test
    void onTheBuiltInCaseCashNetsPlusWelfareAreTheProfitTableTotalAndP2pMoneyIsZeroSumEveryPeriod() {
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests());
        Outcome outcome = Scheduler.run(day, SolverSettings.defaults());

        Settlement settlement = Settlement.of(day, outcome.schedule().orElseThrow());

        double nets = 0;
        double welfare = 0;
        for (int h = 0; h < day.houses().size(); h++) {
            nets += settlement.net(h);
            welfare += settlement.socialWelfareValue(h);
            assertThat(settlement.netWithWelfare(h)).isCloseTo(settlement.net(h) + settlement.socialWelfareValue(h),
                    within(1e-12));
        }
        double profit = outcome.profit().orElseThrow().total();
        assertThat(welfare).as("the built-in day has self-supply, so welfare the cash nets must leave out")
                .isGreaterThan(1);
        assertThat(welfare).isCloseTo(outcome.profit().orElseThrow().term(ProfitTerm.SOCIAL_WELFARE), within(1e-9));
        assertThat(nets + welfare).isCloseTo(profit, within(1e-6));
        assertThat(nets).isCloseTo(profit - outcome.profit().orElseThrow().term(ProfitTerm.SOCIAL_WELFARE),
                within(1e-6));
        assertThat(profit).isCloseTo(outcome.solve().objective(), within(1e-6));
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
