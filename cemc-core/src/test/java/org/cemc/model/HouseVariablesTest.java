package org.cemc.model;

import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.junit.jupiter.api.Test;

/** K8 {@code DR <= CALL} is no row: it is the upper bound of each house's {@code dr_curtailed} variable. */
class HouseVariablesTest {

    /**
     * Two hours. House a is enrolled, 2 kWh interruptible demand of which 0.5 then 1.5 kWh is callable. House b
     * has the same demand but is not enrolled (its callable load is 0).
     */
    private static CommunityCase community(boolean dr) {
        return TestCommunities.periods(2)
                .house("a", h -> h.interruptible(2).callable(0.5, 1.5))
                .house("b", h -> h.interruptible(2))
                .switches(s -> s.withDr(dr))
                .build();
    }

    @Test
    void k8CapsCurtailmentAtTheCallableLoadOfEachPeriod() {
        // a: 0 <= DR <= 0.5 at t0, <= 1.5 at t1. b, not enrolled: 0 <= DR <= 0.
        FamilyVerifier.of(community(true)).variablesOnly()
                .variable("a_dr_curtailed_t0").isContinuous().within(0, 0.5)
                .variable("a_dr_curtailed_t1").isContinuous().within(0, 1.5)
                .variable("b_dr_curtailed_t0").isContinuous().within(0, 0);
    }

    @Test
    void withDrOffNothingMayBeCurtailed() {
        // The dr switch off fixes DR = 0 even where load is callable.
        FamilyVerifier.of(community(false)).variablesOnly()
                .variable("a_dr_curtailed_t1").isContinuous().within(0, 0);
    }
}
