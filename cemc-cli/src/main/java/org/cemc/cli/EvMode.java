package org.cemc.cli;

/** How {@code cemc solve} treats guest EVs given as distributions (docs/scenarios.md). */
enum EvMode {
    /** Each K-means representative becomes one guest-EV request, as in the paper. */
    representatives,
    /** A two-stage stochastic program over K representative whole-day fleets. */
    stochastic
}
