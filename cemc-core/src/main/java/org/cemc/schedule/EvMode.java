package org.cemc.schedule;

import java.util.Arrays;
import java.util.Optional;

/** How guest EVs given as distributions ({@code guest_ev_scenarios}, docs/scenarios.md) are scheduled. */
public enum EvMode {
    /** Each K-means representative becomes one guest-EV request, as in the paper: one schedule. */
    REPRESENTATIVES("representatives"),
    /** A two-stage stochastic program over K representative whole-day fleets: one schedule per scenario. */
    STOCHASTIC("stochastic");

    private final String cliName;

    EvMode(String cliName) {
        this.cliName = cliName;
    }

    /** The name the command line ({@code --ev-mode}) and the API ({@code ev_mode}) use. */
    public String cliName() {
        return cliName;
    }

    public static Optional<EvMode> named(String name) {
        return Arrays.stream(values()).filter(mode -> mode.cliName.equals(name)).findFirst();
    }

    /** What a user may choose, for messages: "representatives or stochastic". */
    public static String choices() {
        return REPRESENTATIVES.cliName + " or " + STOCHASTIC.cliName;
    }
}
