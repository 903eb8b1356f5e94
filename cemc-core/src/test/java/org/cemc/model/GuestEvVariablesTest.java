package org.cemc.model;

import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** E5 {@code 0 <= SOC[e,t] <= B[e]} is no row: it is the bounds of each EV's {@code soc} variables. */
class GuestEvVariablesTest {

    /**
     * Four hours. House "host" with a 7.2 kW charger. A guest EV with a 40 kWh battery parked from 1 h to 3 h
     * (periods 1 and 2), arriving at 50 % and leaving at 60 % (4 kWh, which the charger gives).
     */
    private static CommunityCase community(boolean guestEvs) {
        return TestCommunities.periods(4)
                .house("host", h -> h.charger(7.2))
                .ev(new GuestEv("ev", Optional.empty(), 1, 3, 40, 0.5, 0.6, 7.2, 7.2, 1, 1))
                .switches(s -> s.withGuestEvs(guestEvs))
                .build();
    }

    @Test
    void e5KeepsTheBatteryBetweenEmptyAndItsCapacityDuringTheStay() {
        // 0 <= SOC <= 40 in periods 1 and 2; no SOC variable before arrival (t0) or after departure (t3).
        FamilyVerifier.of(community(true)).variablesOnly()
                .variable("ev_soc_t1").isContinuous().within(0, 40)
                .variable("ev_soc_t2").isContinuous().within(0, 40)
                .hasNoVariable("ev_soc_t0")
                .hasNoVariable("ev_soc_t3");
    }

    @Test
    void theHostingDecisionIsABinaryThatTheGuestEvSwitchFixesToZero() {
        FamilyVerifier.of(community(true)).variablesOnly()
                .variable("ev_hosted_at_host").isBinary().within(0, 1);
        FamilyVerifier.of(community(false)).variablesOnly()
                .variable("ev_hosted_at_host").isBinary().within(0, 0);
    }
}
