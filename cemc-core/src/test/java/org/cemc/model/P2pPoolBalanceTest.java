package org.cemc.model;

import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** K12: {@code sum_h PS[h,t] - sum_h PB[h,t] = 0}, one row per period for the whole community. */
class P2pPoolBalanceTest {

    @Test
    void k12BalancesThePoolOverEveryHouseEachPeriod() {
        // Houses a (in ec1) and b (in ec2), two periods: one pool for the whole community, whatever the EC.
        CommunityCase community = TestCommunities.periods(2)
                .house("a", h -> h.pv(3).interruptible(1))
                .house("b", h -> h.community("ec2").interruptible(2))
                .build();

        // t: PS_a - PB_a + PS_b - PB_b = 0, for t = 0 and t = 1.
        FamilyVerifier.of(community).family(P2pPoolBalance::add)
                .hasRowsExactly("community_p2p_pool_balance_t0", "community_p2p_pool_balance_t1")
                .row("community_p2p_pool_balance_t0")
                .hasTerms(Map.of("a_p2p_sold_t0", 1.0, "a_p2p_bought_t0", -1.0,
                        "b_p2p_sold_t0", 1.0, "b_p2p_bought_t0", -1.0))
                .equalTo(0)
                .row("community_p2p_pool_balance_t1")
                .hasTerms(Map.of("a_p2p_sold_t1", 1.0, "a_p2p_bought_t1", -1.0,
                        "b_p2p_sold_t1", 1.0, "b_p2p_bought_t1", -1.0))
                .equalTo(0);
    }
}
