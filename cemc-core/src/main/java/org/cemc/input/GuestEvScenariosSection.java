package org.cemc.input;

import static org.cemc.input.CaseKeys.ARRIVAL_HOUR;
import static org.cemc.input.CaseKeys.BATTERY_KWH;
import static org.cemc.input.CaseKeys.CHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.CHARGE_KW;
import static org.cemc.input.CaseKeys.DEPARTURE_HOUR;
import static org.cemc.input.CaseKeys.DISCHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.DISCHARGE_KW;
import static org.cemc.input.CaseKeys.FLEETS;
import static org.cemc.input.CaseKeys.FLEET_SIZE_MEAN;
import static org.cemc.input.CaseKeys.GUEST_EVS;
import static org.cemc.input.CaseKeys.GUEST_EV_SCENARIOS;
import static org.cemc.input.CaseKeys.MAX;
import static org.cemc.input.CaseKeys.MEAN;
import static org.cemc.input.CaseKeys.MIN;
import static org.cemc.input.CaseKeys.REPRESENTATIVES;
import static org.cemc.input.CaseKeys.SAMPLES;
import static org.cemc.input.CaseKeys.SOC_ARRIVAL;
import static org.cemc.input.CaseKeys.SOC_REQUIRED;
import static org.cemc.input.CaseKeys.STD;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cemc.community.Distribution;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.TimeGrid;

/** Reads {@code guest_ev_scenarios:} of case.yaml, the guest EVs given as distributions (docs/scenarios.md). */
final class GuestEvScenariosSection {
    private static final String DISTRIBUTION_FORM =
            "{" + MEAN + ": .., " + STD + ": .., " + MIN + ": .., " + MAX + ": ..}";

    private final CaseSource source;
    private final TimeGrid grid;

    private GuestEvScenariosSection(CaseSource source, TimeGrid grid) {
        this.source = source;
        this.grid = grid;
    }

    static Optional<GuestEvScenarios> read(CaseSource source, CaseDocument.ScenarioEntry entry,
                                           boolean guestEvsListed, TimeGrid grid) {
        if (entry == null) {
            return Optional.empty();
        }
        if (guestEvsListed) {
            throw source.error(GUEST_EV_SCENARIOS, "and " + GUEST_EVS + " are both given; a case lists its guest EVs "
                    + "or describes them by distributions, not both");
        }
        return Optional.of(new GuestEvScenariosSection(source, grid).scenarios(entry));
    }

    private GuestEvScenarios scenarios(CaseDocument.ScenarioEntry entry) {
        String field = GUEST_EV_SCENARIOS + ".";
        int samples = Optional.ofNullable(entry.samples()).orElse(1000);
        int representatives = Optional.ofNullable(entry.representatives()).orElse(3);
        if (samples < 1) {
            throw source.error(field + SAMPLES, samples + " must be at least 1");
        }
        if (representatives < 1 || representatives > samples) {
            throw source.error(field + REPRESENTATIVES, representatives + " must be between 1 and " + SAMPLES + " ("
                    + samples + ")");
        }
        double fleetSizeMean = Optional.ofNullable(entry.fleetSizeMean()).orElse(3.0);
        if (!(fleetSizeMean >= 0) || !Double.isFinite(fleetSizeMean)) {
            throw source.error(field + FLEET_SIZE_MEAN, fleetSizeMean + " must be a number of EVs >= 0");
        }
        int fleets = Optional.ofNullable(entry.fleets()).orElse(200);
        if (fleets < representatives) {
            throw source.error(field + FLEETS, fleets + " must be at least " + REPRESENTATIVES + " ("
                    + representatives + ")");
        }
        Distribution arrival = distribution(ARRIVAL_HOUR, entry.arrivalHour(), 0, Double.MAX_VALUE);
        Distribution departure = distribution(DEPARTURE_HOUR, entry.departureHour(), 0, Double.MAX_VALUE);
        if (departure.max() <= arrival.min()) {
            throw source.error(field + DEPARTURE_HOUR, "can never come after " + ARRIVAL_HOUR + ": its largest value "
                    + departure.max() + " h is not after the earliest arrival " + arrival.min() + " h");
        }
        beyondTheHorizon(arrival, departure);
        return new GuestEvScenarios(samples, representatives, Optional.ofNullable(entry.seed()).orElse(42L),
                fleetSizeMean, fleets, arrival, departure,
                distribution(SOC_ARRIVAL, entry.socArrival(), 0, 1),
                plausible(BATTERY_KWH, PlausibleRanges.battery(),
                        distribution(BATTERY_KWH, entry.batteryKwh(), Double.MIN_VALUE, Double.MAX_VALUE)),
                distribution(SOC_REQUIRED, entry.socRequired(), 0, 1),
                plausible(CHARGE_KW, PlausibleRanges.power(),
                        distribution(CHARGE_KW, entry.chargeKw(), 0, Double.MAX_VALUE)),
                plausible(DISCHARGE_KW, PlausibleRanges.power(),
                        distribution(DISCHARGE_KW, entry.dischargeKw(), 0, Double.MAX_VALUE)),
                distribution(CHARGE_EFFICIENCY, entry.chargeEfficiency(), Double.MIN_VALUE, 1),
                distribution(DISCHARGE_EFFICIENCY, entry.dischargeEfficiency(), Double.MIN_VALUE, 1));
    }

    /** The distribution's smallest and largest values checked against the plausible range. */
    private Distribution plausible(String key, PlausibleRanges.Range range, Distribution d) {
        String field = GUEST_EV_SCENARIOS + "." + key;
        source.plausible(field, "the smallest value drawn is", range, d.min());
        source.plausible(field, "the largest value drawn is", range, d.max());
        return d;
    }

    /** As for listed guest EVs (GuestEvsSection): EVs drawn to leave after the horizon are cut at it. */
    private void beyondTheHorizon(Distribution arrival, Distribution departure) {
        double end = grid.periods() * grid.periodHours();
        String horizon = "the horizon ends at " + PlausibleRanges.number(end) + " h";
        if (arrival.min() >= end) {
            source.warn(source.yaml() + ", field " + GUEST_EV_SCENARIOS + "." + ARRIVAL_HOUR + ": the earliest "
                    + "arrival is " + PlausibleRanges.number(arrival.min()) + " h, but " + horizon + "; no EV drawn "
                    + "can ever park, and all are left unhosted.");
        } else if (departure.max() > end) {
            source.warn(source.yaml() + ", field " + GUEST_EV_SCENARIOS + "." + DEPARTURE_HOUR + ": departures are "
                    + "drawn up to " + PlausibleRanges.number(departure.max()) + " h, after " + horizon + "; an EV "
                    + "drawn to leave later is cut at the horizon: treated as leaving at " + PlausibleRanges.number(end)
                    + " h, with its required state of charge due then and parking counted until then.");
        }
    }

    /**
     * A number (a fixed value) or {@code {mean, std, min, max}} (a truncated normal), within [lowest, highest];
     * {@link Double#MIN_VALUE} as {@code lowest} means "above 0", {@link Double#MAX_VALUE} as {@code highest}
     * means unbounded.
     */
    private Distribution distribution(String key, Object value, double lowest, double highest) {
        String field = GUEST_EV_SCENARIOS + "." + key;
        if (value == null) {
            throw source.error(field, "is missing: give a number, or " + DISTRIBUTION_FORM);
        }
        Distribution d;
        if (value instanceof Number number) {
            d = Distribution.fixed(number.doubleValue());
        } else if (value instanceof Map<?, ?> map && map.keySet().equals(Set.of(MEAN, STD, MIN, MAX))
                && map.values().stream().allMatch(Number.class::isInstance)) {
            d = new Distribution(((Number) map.get(MEAN)).doubleValue(), ((Number) map.get(STD)).doubleValue(),
                    ((Number) map.get(MIN)).doubleValue(), ((Number) map.get(MAX)).doubleValue());
        } else {
            throw source.error(field, "expected a number, or " + DISTRIBUTION_FORM + " with four numbers; found "
                    + value);
        }
        if (!(d.std() >= 0) || !(d.min() <= d.mean()) || !(d.mean() <= d.max())
                || !Double.isFinite(d.min()) || !Double.isFinite(d.max())) {
            throw source.error(field, "needs " + STD + " >= 0 and " + MIN + " <= " + MEAN + " <= " + MAX
                    + ", all finite; got " + d);
        }
        if (d.min() < lowest || d.max() > highest) {
            throw source.error(field, "must lie within [" + (lowest == Double.MIN_VALUE ? "> 0" : lowest) + ", "
                    + (highest == Double.MAX_VALUE ? "infinity" : highest) + "]; got " + MIN + " " + d.min() + ", "
                    + MAX + " " + d.max());
        }
        return d;
    }
}
