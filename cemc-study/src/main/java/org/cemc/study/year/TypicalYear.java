package org.cemc.study.year;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A typical meteorological year: a station and its 8,760 hourly rows, 1 January hour ending 1 first, 31 December
 * hour ending 24 last, February with 28 days. Row {@code i} is the hour that starts {@code i} hours after 1 January
 * 00:00 local standard time. Built by {@link Tmy3Reader}, which checks the order and names the line of any gap.
 */
public record TypicalYear(Tmy3Site site, List<Tmy3Hour> hours) {
    /** 365 days × 24 hours: a typical year has no 29 February. */
    public static final int HOURS = 8760;

    /** A year without 29 February, to number the typical year's days (1 January is day 1, 31 December day 365). */
    static final int NON_LEAP_YEAR = 2001;

    public TypicalYear {
        hours = List.copyOf(hours);
        if (hours.size() != HOURS) {
            throw new IllegalArgumentException("a typical year has " + HOURS + " hours; got " + hours.size());
        }
    }

    public Tmy3Hour hour(int index) {
        return hours.get(index);
    }

    /** The row of the hour that starts at {@code startHour} (0 to 23) on {@code date}. */
    public static int indexOf(MonthDay date, int startHour) {
        return (dayOfYear(date) - 1) * 24 + startHour;
    }

    /** 1 for 1 January, 365 for 31 December; refuses 29 February, which a typical year does not have. */
    public static int dayOfYear(MonthDay date) {
        if (!date.isValidYear(NON_LEAP_YEAR)) {
            throw new IllegalArgumentException("a typical year has no " + date + "; map 29 February first");
        }
        return LocalDate.of(NON_LEAP_YEAR, date.getMonth(), date.getDayOfMonth()).getDayOfYear();
    }
}
