package org.cemc.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** FROM:TO:STEP parsed, refused where wrong, and applied to a case's grid prices only. */
class PriceSweepTest {

    @Test
    void levelsRunFromFromToToByStepWithoutFloatingPointDrift() {
        PriceSweep sweep = PriceSweep.parse("0.02:0.40:0.02", PriceSweep.Mode.REPLACE);

        assertThat(sweep.levels()).hasSize(20).startsWith(0.02, 0.04, 0.06).endsWith(0.38, 0.40);
        assertThat(sweep.levels().get(14)).isEqualTo(0.30);
        assertThat(PriceSweep.parse("0:0.25:0.1", PriceSweep.Mode.SHIFT).levels()).containsExactly(0.0, 0.1, 0.2);
        assertThat(PriceSweep.parse("-0.1:0.1:0.1", PriceSweep.Mode.SHIFT).levels()).containsExactly(-0.1, 0.0, 0.1);
        assertThat(PriceSweep.parse("0.1:0.1:1", PriceSweep.Mode.REPLACE).levels()).containsExactly(0.1);
    }

    @Test
    void aMalformedSweepIsRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> PriceSweep.parse("0.02-0.40", PriceSweep.Mode.REPLACE))
                .hasMessageContaining("expected FROM:TO:STEP");
        assertThatThrownBy(() -> PriceSweep.parse("a:1:0.1", PriceSweep.Mode.REPLACE))
                .hasMessageContaining("expected FROM:TO:STEP");
        assertThatThrownBy(() -> PriceSweep.parse("0.4:0.02:0.02", PriceSweep.Mode.REPLACE))
                .hasMessage("FROM 0.4 is above TO 0.02; give the lowest level first.");
        assertThatThrownBy(() -> PriceSweep.parse("0:1:0", PriceSweep.Mode.REPLACE))
                .hasMessage("STEP must be more than 0; got 0.");
        assertThatThrownBy(() -> PriceSweep.parse("0:1:-0.1", PriceSweep.Mode.REPLACE))
                .hasMessage("STEP must be more than 0; got -0.1.");
        // 0 to 2 by 0.01: 201 levels, one above the cap; 0 to 1.99 gives 200 and is taken.
        assertThatThrownBy(() -> PriceSweep.parse("0:2:0.01", PriceSweep.Mode.REPLACE))
                .hasMessageContaining("it gives 201 levels, more than 200");
        assertThat(PriceSweep.parse("0:1.99:0.01", PriceSweep.Mode.REPLACE).levels()).hasSize(200);
        CommunityCase dollars = TestCommunities.periods(1).house("a", h -> h.pv(1)).build();
        assertThatThrownBy(() -> PriceSweep.parse("0:150:1", PriceSweep.Mode.REPLACE).checkFor(dollars))
                .hasMessageContaining("level 101 gives a grid price of 101 in period 0, beyond -100 to 100 USD per "
                        + "kWh");
    }

    /** Shifting 0.20 by 99.9 gives 100.1, beyond any price a case may hold; shifting by -0.5 to 99.7 in steps of 1.02 stays within. */
    @Test
    void aShiftTakingAGridPriceBeyondTheCaseLimitIsRefusedNamingLevelPriceAndPeriod() {
        CommunityCase flat = TestCommunities.periods(2).house("a", h -> h.pv(1))
                .prices(p -> p.gridBuy(0.20).gridSell(0.10)).build();

        assertThatThrownBy(() -> PriceSweep.parse("0:99.9:99.9", PriceSweep.Mode.SHIFT).checkFor(flat))
                .hasMessageContaining("level 99.9 gives a grid price of 100.1 in period 0");
        PriceSweep.parse("-0.5:99.7:1.02", PriceSweep.Mode.SHIFT).checkFor(flat);
    }

    /** Replace sets both grid prices to the level; shift adds it to each; the P2P and EV prices stay. */
    @Test
    void aLevelChangesTheGridPricesAndNothingElse() {
        CommunityCase community = TestCommunities.periods(2).house("a", h -> h.pv(1))
                .prices(p -> p.gridBuy(0.20, 0.30).gridSell(0.05, 0.10).p2p(0.12).ens(0.5)).build();

        CommunityCase replaced = PriceSweep.parse("0.4:0.4:1", PriceSweep.Mode.REPLACE).at(community, 0.4);
        CommunityCase shifted = PriceSweep.parse("0.1:0.1:1", PriceSweep.Mode.SHIFT).at(community, 0.1);

        assertThat(replaced.prices().gridBuy().toArray()).containsExactly(0.4, 0.4);
        assertThat(replaced.prices().gridSell().toArray()).containsExactly(0.4, 0.4);
        assertThat(shifted.prices().gridBuy().toArray()).containsExactly(0.30000000000000004, 0.4);
        assertThat(shifted.prices().gridSell().toArray()).containsExactly(0.15000000000000002, 0.2);
        for (CommunityCase levelled : new CommunityCase[] {replaced, shifted}) {
            assertThat(levelled.prices().p2pMarket()).isEqualTo(community.prices().p2pMarket());
            assertThat(levelled.prices().evCharge()).isEqualTo(community.prices().evCharge());
            assertThat(levelled.prices().evDischarge()).isEqualTo(community.prices().evDischarge());
            assertThat(levelled.prices().ens()).isEqualTo(community.prices().ens());
            assertThat(levelled.houses()).isEqualTo(community.houses());
        }
    }
}
