package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.cemc.model.HousePeriodSheet;
import org.junit.jupiter.api.Test;

/**
 * The bound is valid at any pool price, which is what lets pricing stop at the deadline with the prices it has.
 */
class LagrangianBoundTest {
    private static final Offset<Double> MONEY = within(1e-9);
    /** The case has no guest EV, so no relaxed guest's multiplier. */
    private static final double[] NO_GUESTS = {};

    /**
     * House a: 3 kWh PV, no demand; houses b and c: 1 and 1.5 kWh demand. Grid 0.20 / 0.05, SWV 0.05, ENS 0.22.
     * The optimum is 0.15 (a sells 2.5 kWh to b and c, worth SWV 0.05 each, and exports 0.5 at 0.05). At pool price
     * p, a earns max(3 (p + 0.05), 3 x 0.05) and b and c together -2.5 min(p, 0.20), so the bound is
     * 0.15 - 2.5 p below 0, 0.15 + 0.5 p up to 0.20, and 3 p - 0.35 above: at -0.1, 0.40; at 0, 0.15 (the optimum,
     * the dual's minimum); at 0.1, 0.20; at 0.3, 0.55. Never below the optimum.
     */
    @Test
    void theBoundIsAtLeastTheOptimumAtEveryPriceAndMeetsItAtTheClearingPrice() {
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(3))
                .house("b", h -> h.interruptible(1))
                .house("c", h -> h.interruptible(1.5))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).ens(0.22).socialWelfareValue(0.05))
                .build();
        HousePeriodSheet sheet = HousePeriodSheet.of(community);
        Subproblems subproblems = new Subproblems(community, sheet);

        assertThat(LagrangianBound.at(new double[] {-0.1}, sheet, subproblems, List.of(), NO_GUESTS)).isCloseTo(0.40, MONEY);
        assertThat(LagrangianBound.at(new double[] {0}, sheet, subproblems, List.of(), NO_GUESTS)).isCloseTo(0.15, MONEY);
        assertThat(LagrangianBound.at(new double[] {0.1}, sheet, subproblems, List.of(), NO_GUESTS)).isCloseTo(0.20, MONEY);
        assertThat(LagrangianBound.at(new double[] {0.3}, sheet, subproblems, List.of(), NO_GUESTS)).isCloseTo(0.55, MONEY);
    }
}
