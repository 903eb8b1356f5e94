package org.cemc.model;

import java.util.Map;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/**
 * E1 {@code sum_h x[e,h] <= 1}, only for an EV with more than one able host, and E2
 * {@code sum_e AR[e,t] * x[e,h] <= 1}, only where more than one guest could park at the house in the period.
 */
class GuestEvHostingTest {

    /** A guest EV parked from {@code arrival} to {@code departure} (hours) that needs 10 kWh (50 % to 90 % of 25). */
    private static GuestEv needingTenKwh(String id, double arrival, double departure) {
        return new GuestEv(id, Optional.empty(), arrival, departure, 25, 0.5, 0.9, 7.2, 7.2, 1, 1);
    }

    @Test
    void e1GivesAnEvWithTwoAbleHostsAtMostOneOfThem() {
        // a and b have 7.2 kW chargers: 2 h * 7.2 kWh >= 10 kWh, so both can serve the EV.
        // ev: x[ev, a] + x[ev, b] <= 1. One EV, so no E2 row anywhere.
        CommunityCase community = TestCommunities.periods(2)
                .house("a", h -> h.charger(7.2))
                .house("b", h -> h.charger(7.2))
                .ev(needingTenKwh("ev", 0, 2))
                .build();

        FamilyVerifier.of(community).family(GuestEvHosting::add)
                .hasRowsExactly("ev_one_host")
                .row("ev_one_host")
                .hasTerms(Map.of("ev_hosted_at_a", 1.0, "ev_hosted_at_b", 1.0))
                .atMost(1);
    }

    @Test
    void e1StatesNothingForAnEvWithOneAbleHost() {
        // b's 1 kW charger gives at most 2 kWh in 2 h, short of 10: b is a candidate but cannot serve the EV, so it
        // has no x[ev, b] and the EV's single x[ev, a] (a binary) needs no row.
        CommunityCase community = TestCommunities.periods(2)
                .house("a", h -> h.charger(7.2))
                .house("b", h -> h.charger(1))
                .ev(needingTenKwh("ev", 0, 2))
                .build();

        FamilyVerifier.of(community).family(GuestEvHosting::add)
                .hasNoRows()
                .hasNoVariable("ev_hosted_at_b");
    }

    @Test
    void e2LetsAHouseHostOneGuestAtATimeWhereStaysOverlap() {
        // One house a, three hours. ev1 parks in periods 0-1, ev2 in periods 1-2; each needs 2.5 kWh.
        // Only period 1 has two guests that could park at a: x[ev1, a] + x[ev2, a] <= 1. With one able host each,
        // neither EV gets an E1 row.
        CommunityCase community = TestCommunities.periods(3)
                .house("a", h -> h.charger(7.2))
                .ev("ev1", 0, 2, 0.5, 0.6)
                .ev("ev2", 1, 3, 0.5, 0.6)
                .build();

        FamilyVerifier.of(community).family(GuestEvHosting::add)
                .hasRowsExactly("a_one_guest_t1")
                .row("a_one_guest_t1")
                .hasTerms(Map.of("ev1_hosted_at_a", 1.0, "ev2_hosted_at_a", 1.0))
                .atMost(1);
    }
}
