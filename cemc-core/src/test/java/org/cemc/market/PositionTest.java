package org.cemc.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.model.HouseQuantity;
import org.cemc.result.Schedule;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/** The community's position is its houses' grid flows, per EC and over the community, at the prices assumed. */
class PositionTest {
    private static final Offset<Double> KWH = within(1e-6);

    /**
     * The built-in case (3 ECs, guest EVs as their K-means representatives, as cemc solve schedules them): the
     * position of its solve is its houses' grid import and export summed per EC and over the community, and a bid
     * level that shifts its prices by 0 finds the same position.
     */
    @Test
    void thePositionAtTheCasesOwnPricesIsTheSolvesGridFlows() {
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow())
                .requests());
        SolverSettings settings = SolverSettings.defaults();
        Outcome outcome = Scheduler.run(day, settings, SolveMethod.AUTO);
        Schedule schedule = outcome.schedule().orElseThrow();

        Position position = Position.of(day, schedule);
        Bid atOwnPrices = Bid.run(day, PriceSweep.parse("0:0:1", PriceSweep.Mode.SHIFT), settings,
                SolveMethod.AUTO, done -> { });

        assertThat(position.scopes()).containsExactly(Position.ALL, "ec1", "ec2", "ec3");
        Position again = atOwnPrices.levels().get(0).position();
        for (int t = 0; t < day.periods(); t++) {
            for (String scope : position.scopes()) {
                int period = t;
                List<String> houses = day.houses().stream()
                        .filter(h -> scope.equals(Position.ALL) || h.community().equals(scope))
                        .map(h -> h.id()).toList();
                double bought = houses.stream()
                        .mapToDouble(h -> schedule.house(h).get(HouseQuantity.GRID_IMPORT, period)).sum();
                double sold = houses.stream()
                        .mapToDouble(h -> schedule.house(h).get(HouseQuantity.GRID_EXPORT, period)).sum();
                assertThat(position.importKwh(scope, t)).as(scope + " t" + t).isCloseTo(bought, KWH);
                assertThat(position.exportKwh(scope, t)).as(scope + " t" + t).isCloseTo(sold, KWH);
                assertThat(position.netKwh(scope, t)).isCloseTo(bought - sold, KWH);
                assertThat(again.importKwh(scope, t)).as(scope + " t" + t).isCloseTo(bought, KWH);
                assertThat(again.exportKwh(scope, t)).as(scope + " t" + t).isCloseTo(sold, KWH);
            }
            assertThat(position.gridBuy(t)).isEqualTo(day.prices().gridBuy().at(t));
            assertThat(again.gridBuy(t)).isEqualTo(day.prices().gridBuy().at(t));
            assertThat(again.gridSell(t)).isEqualTo(day.prices().gridSell().at(t));
        }
        // Some hour buys and some sells, so the test compares flows, not zeros.
        assertThat(position.importKwh(Position.ALL, 0)).isPositive();
        assertThat(day.houses().stream().anyMatch(h -> schedule.house(h.id()).series(HouseQuantity.GRID_EXPORT)
                .sum() > 0)).isTrue();
    }

}
