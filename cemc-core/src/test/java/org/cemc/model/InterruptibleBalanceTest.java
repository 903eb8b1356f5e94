package org.cemc.model;

import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** K1: {@code SS + DR + GI + PB + ENS = ID}, one row per house and period. */
class InterruptibleBalanceTest {

    @Test
    void k1BalancesEachPeriodsInterruptibleDemand() {
        // House a, two periods: ID = 2 then 0.5 kWh (some PV and callable load, which must not enter the row).
        CommunityCase community = TestCommunities.periods(2)
                .house("a", h -> h.pv(3).interruptible(2, 0.5).callable(0.5))
                .build();

        // t0: SS + DR + GI + PB + ENS = 2;  t1: the same sum = 0.5.
        FamilyVerifier.of(community).family(InterruptibleBalance::add)
                .hasRowsExactly("a_interruptible_balance_t0", "a_interruptible_balance_t1")
                .row("a_interruptible_balance_t0")
                .hasTerms(Map.of("a_self_supply_t0", 1.0, "a_dr_curtailed_t0", 1.0, "a_grid_interruptible_t0", 1.0,
                        "a_p2p_bought_t0", 1.0, "a_not_supplied_t0", 1.0))
                .equalTo(2)
                .row("a_interruptible_balance_t1")
                .hasTerms(Map.of("a_self_supply_t1", 1.0, "a_dr_curtailed_t1", 1.0, "a_grid_interruptible_t1", 1.0,
                        "a_p2p_bought_t1", 1.0, "a_not_supplied_t1", 1.0))
                .equalTo(0.5);
    }
}
