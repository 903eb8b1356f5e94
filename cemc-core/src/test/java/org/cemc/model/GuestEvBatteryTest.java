package org.cemc.model;

import java.util.Map;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/**
 * E4 {@code SOC[t] = SOC[t-1] + etaCh * sum_h CH - sum_h DCH / etaDis} from {@code SOC[a-1] = s0 * B}, stated as
 * {@code SOC[t] - SOC[t-1] - etaCh * CH + DCH / etaDis = 0} (the first period's right-hand side {@code s0 * B}), and
 * E6 {@code SOC[d-1] >= s0 * B + (sreq - s0) * B * sum_h x}, stated as {@code SOC[d-1] - needed * sum_h x >= s0 * B}.
 */
class GuestEvBatteryTest {

    /**
     * Three hours; houses a and b with 7.2 kW chargers. The EV: 25 kWh, 50 % on arrival, 90 % required, 7.2 kW
     * charging at 95 %, 3.6 kW discharging at 90 %, parked in periods 1 and 2. It needs 10 kWh and can take
     * 0.95 * 7.2 * 2 = 13.68, so both houses can host it.
     */
    private static CommunityCase community(double arrival, double departure) {
        return TestCommunities.periods(3)
                .house("a", h -> h.charger(7.2))
                .house("b", h -> h.charger(7.2))
                .ev(new GuestEv("ev", Optional.empty(), arrival, departure, 25, 0.5, 0.9, 7.2, 3.6, 0.95, 0.9))
                .build();
    }

    @Test
    void e4FollowsTheBatteryFromItsArrivalEnergyThroughEveryHost() {
        // t1: SOC1 - 0.95 (CH_a1 + CH_b1) + (DCH_a1 + DCH_b1) / 0.9 = 0.5 * 25 = 12.5.
        // t2: SOC2 - SOC1 - 0.95 (CH_a2 + CH_b2) + (DCH_a2 + DCH_b2) / 0.9 = 0.
        FamilyVerifier.of(community(1, 3)).family(GuestEvBattery::add)
                .row("ev_battery_balance_t1")
                .hasTerms(Map.of("ev_soc_t1", 1.0,
                        "ev_charge_at_a_t1", -0.95, "ev_charge_at_b_t1", -0.95,
                        "ev_discharge_at_a_t1", 1 / 0.9, "ev_discharge_at_b_t1", 1 / 0.9))
                .equalTo(12.5)
                .row("ev_battery_balance_t2")
                .hasTerms(Map.of("ev_soc_t2", 1.0, "ev_soc_t1", -1.0,
                        "ev_charge_at_a_t2", -0.95, "ev_charge_at_b_t2", -0.95,
                        "ev_discharge_at_a_t2", 1 / 0.9, "ev_discharge_at_b_t2", 1 / 0.9))
                .equalTo(0);
    }

    @Test
    void e6MakesAHostedEvLeaveWithItsRequiredCharge() {
        // Needed (0.9 - 0.5) * 25 = 10 kWh: SOC2 - 10 x_a - 10 x_b >= 12.5. Hosted, it leaves with 22.5 (90 %);
        // not hosted, with its arrival 12.5.
        FamilyVerifier.of(community(1, 3)).family(GuestEvBattery::add)
                .hasRowsExactly("ev_battery_balance_t1", "ev_battery_balance_t2", "ev_departure_energy")
                .row("ev_departure_energy")
                .hasTerms(Map.of("ev_soc_t2", 1.0, "ev_hosted_at_a", -10.0, "ev_hosted_at_b", -10.0))
                .atLeast(12.5);
    }

    @Test
    void anEvWhoseStayCoversNoWholePeriodGetsNoBatteryRows() {
        // Parked from 0.5 h to 1.5 h: the first whole period would start at 1 and end at 1, so the stay is empty.
        FamilyVerifier.of(community(0.5, 1.5)).family(GuestEvBattery::add)
                .hasNoRows();
    }
}
