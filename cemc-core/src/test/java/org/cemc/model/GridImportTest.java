package org.cemc.model;

import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/**
 * K6 {@code GU = UID + sum_e CH}, stated as {@code GU - sum_e CH = UID}, and K7 {@code GB = GU + GI}, stated as
 * {@code GB - GU - GI = 0}.
 */
class GridImportTest {

    /**
     * Three hours. House "host": uninterruptible demand 1.5, 0.5, 0.5 kWh, a 7.2 kW charger. House "b": 1 kWh
     * uninterruptible, no charger. A guest EV parked from 1 h to 3 h (periods 1 and 2) that "host" can serve.
     */
    private static final CommunityCase COMMUNITY = TestCommunities.periods(3)
            .house("host", h -> h.uninterruptible(1.5, 0.5, 0.5).interruptible(2).charger(7.2))
            .house("b", h -> h.uninterruptible(1))
            .ev("ev", 1, 3, 0.5, 0.6)
            .build();

    @Test
    void k6BuysUninterruptibleDemandAndTheGuestsChargingFromTheGridAtItsHost() {
        // host t0 (EV not yet there): GU = 1.5.  host t1: GU - CH[ev, host, t1] = 0.5.  b t1: GU = 1.
        FamilyVerifier.of(COMMUNITY).family(GridImport::add)
                .row("host_grid_uninterruptible_sum_t0")
                .hasTerms(Map.of("host_grid_uninterruptible_t0", 1.0))
                .equalTo(1.5)
                .row("host_grid_uninterruptible_sum_t1")
                .hasTerms(Map.of("host_grid_uninterruptible_t1", 1.0, "ev_charge_at_host_t1", -1.0))
                .equalTo(0.5)
                .row("b_grid_uninterruptible_sum_t1")
                .hasTerms(Map.of("b_grid_uninterruptible_t1", 1.0))
                .equalTo(1);
    }

    @Test
    void k7AddsUpAllGridPurchases() {
        // host t1: GB - GU - GI = 0 (the EV's charging is already inside GU, so it does not appear here).
        FamilyVerifier.of(COMMUNITY).family(GridImport::add)
                .row("host_grid_import_sum_t1")
                .hasTerms(Map.of("host_grid_import_t1", 1.0, "host_grid_uninterruptible_t1", -1.0,
                        "host_grid_interruptible_t1", -1.0))
                .equalTo(0);
    }

    @Test
    void eachHouseAndPeriodGetsOneRowOfEach() {
        FamilyVerifier.of(COMMUNITY).family(GridImport::add)
                .hasRowsExactly(
                        "host_grid_uninterruptible_sum_t0", "host_grid_uninterruptible_sum_t1",
                        "host_grid_uninterruptible_sum_t2",
                        "host_grid_import_sum_t0", "host_grid_import_sum_t1", "host_grid_import_sum_t2",
                        "b_grid_uninterruptible_sum_t0", "b_grid_uninterruptible_sum_t1", "b_grid_uninterruptible_sum_t2",
                        "b_grid_import_sum_t0", "b_grid_import_sum_t1", "b_grid_import_sum_t2");
    }
}
