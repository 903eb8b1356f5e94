package org.cemc.community;

/**
 * Guest EVs described by distributions instead of a list (the paper's Monte Carlo scenarios). Each sampled EV may
 * park at any house with a charger.
 *
 * @param samples how many EVs to draw for the reduction to representatives
 * @param representatives how many representatives K-means keeps (the paper: 3 of 1000)
 * @param seed seed of the random draws; the same seed gives the same samples
 * @param fleetSizeMean stochastic mode: mean number of guest EVs in a day (a Poisson count)
 * @param fleets stochastic mode: how many whole-day fleets to draw before reducing them to {@code representatives}
 */
public record GuestEvScenarios(int samples, int representatives, long seed, double fleetSizeMean, int fleets,
                               Distribution arrivalHour, Distribution departureHour, Distribution socArrival,
                               Distribution batteryKwh, Distribution socRequired, Distribution chargeKw,
                               Distribution dischargeKw, Distribution chargeEfficiency,
                               Distribution dischargeEfficiency) {

    public GuestEvScenarios withSampling(int newSamples, int newRepresentatives, long newSeed) {
        return new GuestEvScenarios(newSamples, newRepresentatives, newSeed, fleetSizeMean, fleets, arrivalHour,
                departureHour, socArrival, batteryKwh, socRequired, chargeKw, dischargeKw, chargeEfficiency,
                dischargeEfficiency);
    }
}
