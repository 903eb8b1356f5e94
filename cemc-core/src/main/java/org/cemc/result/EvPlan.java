package org.cemc.result;

import java.util.Map;
import java.util.Optional;
import org.cemc.community.Series;

/**
 * One guest EV's schedule.
 *
 * @param hosting x[e,h] for every house that could host the EV, by house id (0 or 1 in a schedule)
 * @param charge CH[e,h,t], kWh metered at the charger, for every house in {@code hosting}
 * @param discharge DCH[e,h,t], kWh metered at the charger, for every house in {@code hosting}
 * @param soc SOC[e,t], kWh in the battery at the end of each period (before arrival: the arrival energy; after
 *     departure: the departure energy)
 */
public record EvPlan(String ev, Map<String, Double> hosting, Map<String, Series> charge,
                     Map<String, Series> discharge, Series soc) {

    public EvPlan {
        hosting = Map.copyOf(hosting);
        charge = Map.copyOf(charge);
        discharge = Map.copyOf(discharge);
    }

    /** An EV no house can host: nothing charged or discharged, its battery as it arrived all day. */
    public static EvPlan unhosted(String ev, int periods, double initialEnergyKwh) {
        return new EvPlan(ev, Map.of(), Map.of(), Map.of(), Series.constant(periods, initialEnergyKwh));
    }

    /** The house that hosts the EV, if any. */
    public Optional<String> host() {
        return hosting.entrySet().stream()
                .filter(e -> e.getValue() > 0.5)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public double chargeAt(String house, int period) {
        Series series = charge.get(house);
        return series == null ? 0 : series.at(period);
    }

    public double dischargeAt(String house, int period) {
        Series series = discharge.get(house);
        return series == null ? 0 : series.at(period);
    }

    public double totalCharge(int period) {
        return charge.values().stream().mapToDouble(s -> s.at(period)).sum();
    }

    public double totalDischarge(int period) {
        return discharge.values().stream().mapToDouble(s -> s.at(period)).sum();
    }
}
