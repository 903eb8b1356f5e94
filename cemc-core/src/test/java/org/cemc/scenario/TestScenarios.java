package org.cemc.scenario;

import org.cemc.community.Distribution;
import org.cemc.community.GuestEvScenarios;

/** Guest-EV distributions for tests: the defaults of docs/scenarios.md, with the sampling numbers given. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static GuestEvScenarios defaults(int samples, int representatives, long seed) {
        return new GuestEvScenarios(samples, representatives, seed, 3, 200,
                new Distribution(8.5, 1.5, 6, 12), new Distribution(17.0, 1.5, 13, 21),
                new Distribution(0.5, 0.15, 0.2, 0.8), Distribution.fixed(25), Distribution.fixed(0.9),
                Distribution.fixed(7.2), Distribution.fixed(7.2), Distribution.fixed(0.95), Distribution.fixed(0.95));
    }
}
