package org.cemc.community;

import java.util.Optional;

/**
 * A guest EV's request to park and charge at a house for part of the day.
 *
 * @param community the EC the EV asked to park in; empty when any house with a charger will do
 * @param arrivalHour clock time of arrival, hours since the start of the day
 * @param departureHour clock time of departure, hours since the start of the day
 * @param batteryKwh battery capacity B
 * @param socArrival state of charge on arrival, a fraction of B
 * @param socRequired state of charge required at departure, a fraction of B
 * @param chargeKw the EV's maximum charging power
 * @param dischargeKw the EV's maximum discharging power (V2G); 0 when it offers none
 * @param chargeEfficiency share of metered charging energy that reaches the battery, in (0, 1]
 * @param dischargeEfficiency share of battery energy that reaches the meter when discharging, in (0, 1]
 */
public record GuestEv(String id, Optional<String> community, double arrivalHour, double departureHour,
                      double batteryKwh, double socArrival, double socRequired,
                      double chargeKw, double dischargeKw, double chargeEfficiency, double dischargeEfficiency) {

    /** Tolerance for reading clock times that are whole periods up to floating-point noise. */
    private static final double CLOCK_TOLERANCE = 1e-9;

    /**
     * The periods the EV is parked: from the first period starting at or after arrival to the last period
     * ending at or before departure ({@code a = ceil(arrival)}, {@code d = min(n, floor(departure))}).
     */
    public Stay stay(TimeGrid grid) {
        int first = (int) Math.ceil(arrivalHour / grid.periodHours() - CLOCK_TOLERANCE);
        int end = Math.min(grid.periods(), (int) Math.floor(departureHour / grid.periodHours() + CLOCK_TOLERANCE));
        return new Stay(Math.max(first, 0), Math.max(end, Math.max(first, 0)));
    }

    /** kWh the battery must gain to leave with the required state of charge (negative if it may lose some). */
    public double energyNeededKwh() {
        return (socRequired - socArrival) * batteryKwh;
    }

    public double initialEnergyKwh() {
        return socArrival * batteryKwh;
    }
}
