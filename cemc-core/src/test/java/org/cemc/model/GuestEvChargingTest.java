package org.cemc.model;

import java.util.Map;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/**
 * E3 {@code CH[e,h,t] <= min(Pch, Pcharger) * dt * AR * x[e,h]}, likewise DCH with {@code Pdis}, stated as
 * {@code CH - cap * x <= 0} for the periods of the stay (where {@code AR = 1}); and the exclusive-ev-mode rows.
 */
class GuestEvChargingTest {

    /** An EV that charges at 7.2 kW, discharges at 2 kW, parks for periods 1 and 2 and needs 2.5 kWh. */
    private static GuestEv ev(double periodHours) {
        return new GuestEv("ev", Optional.empty(), periodHours, 3 * periodHours, 25, 0.5, 0.6, 7.2, 2, 1, 1);
    }

    /** Three periods of {@code hours}; house a has a 3.6 kW charger. */
    private static CommunityCase atOneHost(double hours) {
        return TestCommunities.periods(3).periodHours(hours)
                .house("a", h -> h.charger(3.6))
                .ev(ev(hours))
                .build();
    }

    @Test
    void e3LetsTheEvChargeAndDischargeOnlyWhereItIsHostedWithinTheLowerPower() {
        // Charging: min(7.2, 3.6) kW * 1 h = 3.6, so CH - 3.6 x <= 0. Discharging: min(2, 3.6) * 1 h = 2, so
        // DCH - 2 x <= 0. Rows only in periods 1 and 2 (the stay); period 0 has no EV variables at all.
        FamilyVerifier.of(atOneHost(1)).family(GuestEvCharging::add)
                .hasRowsExactly("ev_charge_at_a_if_hosted_t1", "ev_charge_at_a_if_hosted_t2",
                        "ev_discharge_at_a_if_hosted_t1", "ev_discharge_at_a_if_hosted_t2")
                .row("ev_charge_at_a_if_hosted_t1")
                .hasTerms(Map.of("ev_charge_at_a_t1", 1.0, "ev_hosted_at_a", -3.6))
                .atMost(0)
                .row("ev_discharge_at_a_if_hosted_t2")
                .hasTerms(Map.of("ev_discharge_at_a_t2", 1.0, "ev_hosted_at_a", -2.0))
                .atMost(0)
                .hasNoVariable("ev_charge_at_a_t0");
    }

    @Test
    void e3TurnsPowerIntoEnergyOverThePeriodLength() {
        // Half-hour periods: CH - 3.6 * 0.5 x = CH - 1.8 x <= 0; DCH - 2 * 0.5 x = DCH - 1 x <= 0.
        FamilyVerifier.of(atOneHost(0.5)).family(GuestEvCharging::add)
                .row("ev_charge_at_a_if_hosted_t1")
                .hasTerms(Map.of("ev_charge_at_a_t1", 1.0, "ev_hosted_at_a", -1.8))
                .atMost(0)
                .row("ev_discharge_at_a_if_hosted_t1")
                .hasTerms(Map.of("ev_discharge_at_a_t1", 1.0, "ev_hosted_at_a", -1.0))
                .atMost(0);
    }

    @Test
    void exclusiveModeForbidsChargingAndDischargingInTheSamePeriod() {
        // Hosts a (3.6 kW) and b (7.2 kW); m = ev_charging_mode. The caps are the largest over the hosts:
        // charging 7.2, discharging 2. Charge only in charging mode: CH_a + CH_b - 7.2 m <= 0. Discharge only out
        // of it: DCH_a + DCH_b <= 2 (1 - m), i.e. DCH_a + DCH_b + 2 m <= 2.
        CommunityCase community = TestCommunities.periods(3)
                .house("a", h -> h.charger(3.6))
                .house("b", h -> h.charger(7.2))
                .ev(ev(1))
                .switches(s -> s.withExclusiveEvMode(true))
                .build();

        FamilyVerifier.of(community).family(GuestEvCharging::add)
                .row("ev_charge_if_charging_mode_t1")
                .hasTerms(Map.of("ev_charge_at_a_t1", 1.0, "ev_charge_at_b_t1", 1.0, "ev_charging_mode_t1", -7.2))
                .atMost(0)
                .row("ev_discharge_unless_charging_mode_t1")
                .hasTerms(Map.of("ev_discharge_at_a_t1", 1.0, "ev_discharge_at_b_t1", 1.0,
                        "ev_charging_mode_t1", 2.0))
                .atMost(2);
    }
}
