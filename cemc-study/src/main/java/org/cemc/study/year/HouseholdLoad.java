package org.cemc.study.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * A house's electricity use by the BDEW household profile H0, dynamised and scaled to its annual consumption: the
 * energy of a clock hour of a calendar date is the sum of its four quarter hours of the typical day of the date's
 * season ({@link BdewSeason}) and day of the week (a holiday counts as a Sunday, as demandlib and BDEW count it),
 * each {@code kW per 1,000 kWh/a × 0.25 h × annual kWh / 1,000}, times the dynamisation factor of the date's day of
 * the year ({@link #dynamisationFactor}).
 *
 * <p>The profile follows the local clock, because people do: 07:00 is 07:00 on the wall, in summer time too. So a
 * day of 23 clock hours misses one of them and a day of 25 repeats one (see {@link LocalDayPeriods#clockHour}).
 *
 * <p>BDEW normalises the profile only approximately: a calendar year of it sums to within 0.3 % of the annual
 * consumption (997.2 kWh for 1,000 kWh in 2025, 1,000.4 in the leap year 2024; docs/studies.md), and it is not
 * rescaled, so that every day is the published profile.
 */
public final class HouseholdLoad {
    private final H0Profile profile;
    private final Set<LocalDate> holidays;

    /** @param holidays dates that take the Sunday profile, as BDEW treats public holidays; may be empty */
    public HouseholdLoad(H0Profile profile, Set<LocalDate> holidays) {
        this.profile = profile;
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * kWh used in the clock hour starting at {@code clockHour} (0 to 23) of {@code date} by a house that uses
     * {@code annualKwh} in a year.
     */
    public double kwh(LocalDate date, int clockHour, double annualKwh) {
        BdewSeason season = BdewSeason.of(MonthDay.from(date));
        DayOfWeek day = holidays.contains(date) ? DayOfWeek.SUNDAY : date.getDayOfWeek();
        double kwPerThousand = 0;
        for (int quarter = clockHour * 4; quarter < clockHour * 4 + 4; quarter++) {
            kwPerThousand += profile.kwPerThousandKwh(season, day, quarter);
        }
        double kwhPerThousand = kwPerThousand * 0.25;
        return kwhPerThousand * annualKwh / 1000 * dynamisationFactor(date.getDayOfYear());
    }

    /**
     * BDEW's dynamisation factor for H0, which turns the three seasons' steps into a smooth yearly swing (1.24
     * on 1 January, 0.78 at its lowest on day 202, 21 July, 1.26 on 31 December):
     * {@code F(t) = −3.92·10⁻¹⁰·t⁴ + 3.2·10⁻⁷·t³ − 7.02·10⁻⁵·t² + 2.1·10⁻³·t + 1.24} with {@code t} the day of the
     * year (1 for 1 January), one factor for the whole day as BDEW specifies it. demandlib evaluates it every
     * quarter hour at a fractional day and with −3.916649251·10⁻¹⁰ "for normalisation"; docs/studies.md gives the
     * difference (under 0.2 % of a year).
     */
    public static double dynamisationFactor(int dayOfYear) {
        double t = dayOfYear;
        return -3.92e-10 * t * t * t * t + 3.2e-7 * t * t * t - 7.02e-5 * t * t + 2.1e-3 * t + 1.24;
    }
}
