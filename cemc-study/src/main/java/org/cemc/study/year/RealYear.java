package org.cemc.study.year;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.cemc.community.TimeGrid;

/**
 * A study's real year: the typical year's weather turned into PV per kWp once, the household profile, the calendar
 * year and the civil clock, from which {@link #day} cuts the series of any local day for a list of houses.
 *
 * <p>PV follows the sun, so it is taken from the series in the weather file's standard time by the period's
 * instant; household use follows the clock on the wall, so it is taken by the period's clock hour
 * ({@link HouseholdLoad}). The household use is split into interruptible and uninterruptible demand (the model's ID
 * and UID) by a fixed share ({@link #SYNTHETIC_INTERRUPTIBLE_SHARE} unless given). No house is enrolled in DR or has
 * a charger: those belong to a study's variants, not to its real year.
 */
public final class RealYear {
    /**
     * 0.48: the interruptible share of household use in cemc-core's synthetic day (org.cemc.synthetic), whose
     * interruptible curve sums to 14.10 kWh and uninterruptible one to 15.41 kWh over 24 hours
     * (14.10 / 29.50 = 0.478; docs/studies.md).
     */
    public static final double SYNTHETIC_INTERRUPTIBLE_SHARE = 0.48;

    private final StudyYear year;
    private final ZoneId zone;
    private final ZoneOffset seriesOffset;
    private final double[] typicalPvPerKwp;
    private final HouseholdLoad load;
    private final double interruptibleShare;

    /**
     * @param interruptibleShare the share, in [0, 1], of every hour's household use that is interruptible demand
     */
    public RealYear(TypicalYear weather, PvSystem pvSystem, HouseholdLoad load, StudyYear year, ZoneId zone,
                    double interruptibleShare) {
        if (!(interruptibleShare >= 0 && interruptibleShare <= 1)) {
            throw new IllegalArgumentException("the interruptible share of household use must be from 0 to 1; got "
                    + interruptibleShare);
        }
        double offsetHours = weather.site().utcOffsetHours();
        if (offsetHours * 4 != Math.rint(offsetHours * 4)) {
            throw new IllegalArgumentException("the weather's UTC offset " + offsetHours + " h is not a whole number "
                    + "of quarter hours, as every time zone's is");
        }
        this.year = year;
        this.zone = zone;
        this.seriesOffset = ZoneOffset.ofTotalSeconds((int) Math.round(offsetHours * 3600));
        this.typicalPvPerKwp = new PvModel(weather.site(), pvSystem).yearKwhPerKwp(weather);
        this.load = load;
        this.interruptibleShare = interruptibleShare;
    }

    /** The real year with the study's defaults: PvSystem.standard(), the synthetic share of interruptible use. */
    public static RealYear standard(TypicalYear weather, HouseholdLoad load, StudyYear year, ZoneId zone) {
        return new RealYear(weather, PvSystem.standard(), load, year, zone, SYNTHETIC_INTERRUPTIBLE_SHARE);
    }

    /** AC kWh of 1 kWp over the typical year (365 days). */
    public double typicalYearPvPerKwp() {
        double sum = 0;
        for (double hour : typicalPvPerKwp) {
            sum += hour;
        }
        return sum;
    }

    /** The periods of {@code date} on the study's clock; refuses a date whose hours are not all in the year. */
    public LocalDayPeriods periodsOf(LocalDate date) {
        LocalDayPeriods periods = LocalDayPeriods.of(date, zone, seriesOffset);
        int last = periods.firstSeriesIndex() + periods.periods() - 1;
        if (date.getYear() != year.year() || periods.firstSeriesIndex() < 0 || last >= year.hours()) {
            throw new IllegalArgumentException(date + " on the clock of " + zone + " is not within the study year "
                    + year.year() + " as its weather series keeps it (UTC" + seriesOffset.getId() + ", hours 0 to "
                    + (year.hours() - 1) + " from 1 January 00:00); choose a date of " + year.year()
                    + (date.getYear() == year.year() ? " whose hours all fall in it, or a clock nearer the weather's"
                    : "") + ".");
        }
        return periods;
    }

    /** The series of {@code date} for {@code houses}, ready to become the houses of a core case of that day. */
    public StudyDay day(LocalDate date, List<StudyHouse> houses) {
        LocalDayPeriods periods = periodsOf(date);
        int n = periods.periods();
        // The day's shapes once; each house scales them (PV by its kWp, use by its annual kWh).
        double[] pvPerKwp = new double[n];
        double[] usePerAnnualKwh = new double[n];
        for (int p = 0; p < n; p++) {
            pvPerKwp[p] = typicalPvPerKwp[year.typicalIndex(periods.seriesIndex(p))];
            usePerAnnualKwh[p] = load.kwh(date, periods.clockHour(p), 1);
        }
        List<House> built = new ArrayList<>(houses.size());
        for (StudyHouse house : houses) {
            double[] pv = new double[n];
            double[] interruptible = new double[n];
            double[] uninterruptible = new double[n];
            for (int p = 0; p < n; p++) {
                pv[p] = house.pvKwp() * pvPerKwp[p];
                double use = house.annualKwh() * usePerAnnualKwh[p];
                interruptible[p] = interruptibleShare * use;
                uninterruptible[p] = use - interruptible[p];
            }
            built.add(new House(house.id(), house.community(), 0, false, Series.of(pv), Series.of(interruptible),
                    Series.of(uninterruptible), Series.constant(n, 0)));
        }
        return new StudyDay(periods, new TimeGrid(n, 1), built);
    }
}
