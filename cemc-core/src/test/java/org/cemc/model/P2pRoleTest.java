package org.cemc.model;

import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/**
 * K9 {@code PS <= (1 - r) * PV}, stated as {@code PS + PV * r <= PV}, and K10 {@code PB <= r * ID}, stated as
 * {@code PB - ID * r <= 0}.
 */
class P2pRoleTest {

    /** One hour. House a: 3 kWh PV, 1 kWh interruptible demand. House b: no PV, 2 kWh interruptible demand. */
    private static final CommunityCase COMMUNITY = TestCommunities.periods(1)
            .house("a", h -> h.pv(3).interruptible(1))
            .house("b", h -> h.interruptible(2))
            .build();

    @Test
    void k9LetsOnlyASellerSellItsPv() {
        // a: PS + 3 r <= 3.  b: PS + 0 r <= 0, i.e. PS <= 0 (no PV to sell).
        FamilyVerifier.of(COMMUNITY).family(P2pRole::add)
                .row("a_p2p_seller_limit_t0")
                .hasTerms(Map.of("a_p2p_sold_t0", 1.0, "a_p2p_buyer_t0", 3.0))
                .atMost(3)
                .row("b_p2p_seller_limit_t0")
                .hasTerms(Map.of("b_p2p_sold_t0", 1.0))
                .atMost(0);
    }

    @Test
    void k10LetsOnlyABuyerBuyUpToItsInterruptibleDemand() {
        // a: PB - 1 r <= 0.  b: PB - 2 r <= 0.
        FamilyVerifier.of(COMMUNITY).family(P2pRole::add)
                .row("a_p2p_buyer_limit_t0")
                .hasTerms(Map.of("a_p2p_bought_t0", 1.0, "a_p2p_buyer_t0", -1.0))
                .atMost(0)
                .row("b_p2p_buyer_limit_t0")
                .hasTerms(Map.of("b_p2p_bought_t0", 1.0, "b_p2p_buyer_t0", -2.0))
                .atMost(0);
    }

    @Test
    void eachHouseAndPeriodGetsOneSellerAndOneBuyerRow() {
        FamilyVerifier.of(COMMUNITY).family(P2pRole::add)
                .hasRowsExactly("a_p2p_seller_limit_t0", "a_p2p_buyer_limit_t0",
                        "b_p2p_seller_limit_t0", "b_p2p_buyer_limit_t0");
    }
}
