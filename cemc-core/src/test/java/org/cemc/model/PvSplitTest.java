package org.cemc.model;

import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** K2: {@code SS + PS + GXpv <= PV}, one row per house and period. */
class PvSplitTest {

    @Test
    void k2SplitsEachPeriodsPvOnce() {
        // House a, two periods: PV = 2 then 0 kWh, 1 kWh interruptible demand (which must not enter the row).
        CommunityCase community = TestCommunities.periods(2)
                .house("a", h -> h.pv(2, 0).interruptible(1))
                .build();

        // t0: SS + PS + GXpv <= 2;  t1: SS + PS + GXpv <= 0 (no PV: nothing to split, the row still holds).
        FamilyVerifier.of(community).family(PvSplit::add)
                .hasRowsExactly("a_pv_split_t0", "a_pv_split_t1")
                .row("a_pv_split_t0")
                .hasTerms(Map.of("a_self_supply_t0", 1.0, "a_p2p_sold_t0", 1.0, "a_pv_export_t0", 1.0))
                .atMost(2)
                .row("a_pv_split_t1")
                .hasTerms(Map.of("a_self_supply_t1", 1.0, "a_p2p_sold_t1", 1.0, "a_pv_export_t1", 1.0))
                .atMost(0);
    }
}
