package org.cemc.community;

/**
 * The day cut into {@code periods} periods of {@code periodHours} hours (the paper: 24 periods of 1 h).
 * Energies in a case are kWh per period; powers (kW) become energies through {@link #energy(double)}.
 */
public record TimeGrid(int periods, double periodHours) {
    public TimeGrid {
        if (periods < 1 || !(periodHours > 0)) {
            throw new IllegalArgumentException("a day needs at least one period of positive length");
        }
    }

    /** kWh delivered in one period at {@code powerKw}. */
    public double energy(double powerKw) {
        return powerKw * periodHours;
    }

    /** Clock hour at which {@code period} starts. */
    public double startHour(int period) {
        return period * periodHours;
    }
}
