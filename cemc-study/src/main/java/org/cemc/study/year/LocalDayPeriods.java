package org.cemc.study.year;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The hourly periods of one day of a civil clock, and where each falls in a year-long hourly series kept in a fixed
 * standard time. The day runs from its local midnight to the next, so it has 24 periods, 23 on the day clocks spring
 * forward and 25 on the day they fall back. Period {@code p} starts {@code p} hours after local midnight (elapsed
 * time, as CEMC's periods count; docs/case-format.md) and is the hour {@link #seriesIndex} of the series, whose hour
 * 0 starts at 00:00 on 1 January of the date's year in the series' offset.
 *
 * <p>Because daylight saving shifts the clock by whole hours, a local day is a run of consecutive series hours:
 * 9 March 2025 in America/New_York runs from 00:00 EST to 00:00 EDT, series hours 1,608 to 1,630.
 *
 * @param date the civil date
 * @param zone the civil clock, e.g. America/New_York
 * @param seriesOffset the fixed offset of the series' time, e.g. UTC−5 for a TMY3 file of US Eastern standard time
 * @param firstSeriesIndex the series hour of period 0; negative, or beyond the year, when the civil day begins
 *                         before the series' year does (a clock ahead of the series' offset on 1 January)
 * @param periods the day's length in hours, 23 to 25 for any clock that shifts by an hour
 */
public record LocalDayPeriods(LocalDate date, ZoneId zone, ZoneOffset seriesOffset, int firstSeriesIndex,
                              int periods) {
    private static final long SECONDS_PER_HOUR = 3600;

    public LocalDayPeriods {
        if (periods < 1) {
            throw new IllegalArgumentException("a day has at least one period; got " + periods);
        }
    }

    /**
     * The periods of {@code date} on the clock of {@code zone}, placed in a series kept at {@code seriesOffset}.
     * Refuses a clock whose midnights are not a whole number of hours from the series' (e.g. India's UTC+5:30
     * against UTC−5), which an hourly series cannot serve.
     */
    public static LocalDayPeriods of(LocalDate date, ZoneId zone, ZoneOffset seriesOffset) {
        ZonedDateTime start = date.atStartOfDay(zone);
        ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
        Instant yearStart = date.withDayOfYear(1).atStartOfDay().toInstant(seriesOffset);
        Duration fromYearStart = Duration.between(yearStart, start.toInstant());
        Duration length = Duration.between(start, end);
        if (fromYearStart.getSeconds() % SECONDS_PER_HOUR != 0 || length.getSeconds() % SECONDS_PER_HOUR != 0) {
            throw new IllegalArgumentException(date + " on the clock of " + zone + " starts at " + start
                    + ", which is not a whole number of hours from the hourly series' time (UTC" + seriesOffset.getId()
                    .replace("Z", "") + "); choose a clock whose offsets differ from it by whole hours.");
        }
        return new LocalDayPeriods(date, zone, seriesOffset, Math.toIntExact(fromYearStart.toHours()),
                Math.toIntExact(length.toHours()));
    }

    /** The hour of the year-long series that period {@code period} is. */
    public int seriesIndex(int period) {
        return firstSeriesIndex + checked(period);
    }

    /** When period {@code period} starts, on the civil clock. */
    public ZonedDateTime start(int period) {
        Instant midnight = date.atStartOfDay(zone).toInstant();
        return midnight.plusSeconds(checked(period) * SECONDS_PER_HOUR).atZone(zone);
    }

    /**
     * The clock hour (0 to 23) at which period {@code period} starts: on 9 March 2025 in New York 0, 1, 3, 4, ...
     * (2:00 never shows), on 2 November 2025 0, 1, 1, 2, ... (1:00 shows twice).
     */
    public int clockHour(int period) {
        return start(period).getHour();
    }

    private int checked(int period) {
        if (period < 0 || period >= periods) {
            throw new IndexOutOfBoundsException("period " + period + " of " + date + ", which has " + periods
                    + " periods (0 to " + (periods - 1) + ")");
        }
        return period;
    }
}
