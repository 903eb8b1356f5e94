package org.cemc.model;

import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** K5: {@code GI <= (1 - v) * ID}, stated as {@code GI + ID * v <= ID}. */
class InterruptibleImportLimitTest {

    @Test
    void k5ForbidsGridPurchaseOfInterruptibleDemandInExportMode() {
        // House a, two periods: ID = 2 then 0 kWh, with PV so that v is free.
        CommunityCase community = TestCommunities.periods(2)
                .house("a", h -> h.pv(3).interruptible(2, 0))
                .build();

        // t0: GI + 2 v <= 2.  t1: GI + 0 v <= 0, i.e. GI <= 0 (the zero term constrains nothing).
        FamilyVerifier.of(community).family(InterruptibleImportLimit::add)
                .hasRowsExactly("a_interruptible_import_limit_t0", "a_interruptible_import_limit_t1")
                .row("a_interruptible_import_limit_t0")
                .hasTerms(Map.of("a_grid_interruptible_t0", 1.0, "a_export_mode_t0", 2.0))
                .atMost(2)
                .row("a_interruptible_import_limit_t1")
                .hasTerms(Map.of("a_grid_interruptible_t1", 1.0))
                .atMost(0);
    }
}
