package org.cemc.model;

import java.util.Map;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/**
 * K3 {@code GX = GXpv + sum_e DCH}, stated as {@code GX - GXpv - sum_e DCH = 0}, and K4
 * {@code GX <= v * (PV + sum_e AR * min(Pdis, Pcharger) * dt)}, stated as {@code GX - exportable * v <= 0}.
 */
class GridExportTest {

    /**
     * Three periods of {@code hours}. House "host": 2 kWh PV every period, a 3.6 kW charger. House "b": 1 kWh PV, no
     * charger. A guest EV with 7.2 kW both ways is parked from 1 to 3 periods' worth of hours (periods 1 and 2) and
     * needs 2.5 kWh, which the charger gives, so "host" may host it.
     */
    private static CommunityCase community(double hours, boolean v2g) {
        return TestCommunities.periods(3).periodHours(hours)
                .house("host", h -> h.pv(2).charger(3.6))
                .house("b", h -> h.pv(1))
                .ev(new GuestEv("ev", Optional.empty(), hours, 3 * hours, 25, 0.5, 0.6, 7.2, 7.2, 1, 1))
                .switches(s -> s.withV2g(v2g))
                .build();
    }

    @Test
    void k3ExportsThePvExportAndTheGuestsDischargeAtItsHost() {
        // host t0 (EV not yet there): GX - GXpv = 0.  host t1: GX - GXpv - DCH[ev, host, t1] = 0.
        // b t1 (not a host): GX - GXpv = 0, the EV's discharge is metered only where it may park.
        FamilyVerifier.of(community(1, true)).family(GridExport::add)
                .row("host_grid_export_sum_t0")
                .hasTerms(Map.of("host_grid_export_t0", 1.0, "host_pv_export_t0", -1.0))
                .equalTo(0)
                .row("host_grid_export_sum_t1")
                .hasTerms(Map.of("host_grid_export_t1", 1.0, "host_pv_export_t1", -1.0,
                        "ev_discharge_at_host_t1", -1.0))
                .equalTo(0)
                .row("b_grid_export_sum_t1")
                .hasTerms(Map.of("b_grid_export_t1", 1.0, "b_pv_export_t1", -1.0))
                .equalTo(0);
    }

    @Test
    void k4LimitsExportToPvPlusTheGuestsDischargePowerInExportMode() {
        // host t0: GX - 2 v <= 0.  host t1: GX - (2 + min(7.2, 3.6) * 1 h) v = GX - 5.6 v <= 0.  b t1: GX - 1 v <= 0.
        FamilyVerifier.of(community(1, true)).family(GridExport::add)
                .row("host_grid_export_mode_t0")
                .hasTerms(Map.of("host_grid_export_t0", 1.0, "host_export_mode_t0", -2.0))
                .atMost(0)
                .row("host_grid_export_mode_t1")
                .hasTerms(Map.of("host_grid_export_t1", 1.0, "host_export_mode_t1", -5.6))
                .atMost(0)
                .row("b_grid_export_mode_t1")
                .hasTerms(Map.of("b_grid_export_t1", 1.0, "b_export_mode_t1", -1.0))
                .atMost(0);
    }

    @Test
    void k4TurnsTheDischargePowerIntoEnergyOverThePeriodLength() {
        // Half-hour periods: host t1: GX - (2 + 3.6 kW * 0.5 h) v = GX - 3.8 v <= 0 (the PV stays 2 kWh per period).
        FamilyVerifier.of(community(0.5, true)).family(GridExport::add)
                .row("host_grid_export_mode_t1")
                .hasTerms(Map.of("host_grid_export_t1", 1.0, "host_export_mode_t1", -3.8))
                .atMost(0);
    }

    @Test
    void withoutV2gTheGuestAddsNothingToWhatItsHostMayExport() {
        // v2g off fixes DCH = 0, so host t1: GX - 2 v <= 0; K3 still lists DCH (fixed to 0 by its bound).
        FamilyVerifier.of(community(1, false)).family(GridExport::add)
                .row("host_grid_export_mode_t1")
                .hasTerms(Map.of("host_grid_export_t1", 1.0, "host_export_mode_t1", -2.0))
                .atMost(0)
                .variable("ev_discharge_at_host_t1").isContinuous().within(0, 0);
    }

    @Test
    void eachHouseAndPeriodGetsOneSumAndOneModeRow() {
        FamilyVerifier.of(community(1, true)).family(GridExport::add)
                .hasRowsExactly(
                        "host_grid_export_sum_t0", "host_grid_export_sum_t1", "host_grid_export_sum_t2",
                        "host_grid_export_mode_t0", "host_grid_export_mode_t1", "host_grid_export_mode_t2",
                        "b_grid_export_sum_t0", "b_grid_export_sum_t1", "b_grid_export_sum_t2",
                        "b_grid_export_mode_t0", "b_grid_export_mode_t1", "b_grid_export_mode_t2");
    }
}
