package org.cemc.study.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A civil day's clock against its periods, which count elapsed time from local midnight (docs/case-format.md). On
 * a daylight-saving day the two part: on 9 March 2025 in New York the period starting 3 h after midnight starts at
 * 04:00 on the wall, and a guest arriving at 08:30 arrives 7.5 h after midnight.
 */
final class DayClock {
    private static final double NANOS_PER_HOUR = 3.6e12;

    private DayClock() {
    }

    /**
     * The row of a day's prices by clock period (24 h of {@code periodHours} rows from 00:00) that applies to period
     * {@code period} of {@code date}: the one of the clock time at which the period starts. On the spring-forward day
     * the 02:00 row is never used; on the fall-back day the 01:00 row is used twice.
     */
    static int clockRow(LocalDate date, ZoneId zone, double periodHours, int period) {
        Instant midnight = date.atStartOfDay(zone).toInstant();
        Instant start = midnight.plusNanos(Math.round(period * periodHours * NANOS_PER_HOUR));
        long secondOfDay = start.atZone(zone).toLocalTime().toSecondOfDay();
        // Half a second of slack: period starts such as 1/60 h are not exact in binary.
        return (int) Math.floor((secondOfDay + 0.5) / (periodHours * 3600));
    }

    /** The rows of {@link #clockRow} for every period of a day of {@code periods} periods. */
    static int[] clockRows(LocalDate date, ZoneId zone, double periodHours, int periods) {
        int[] rows = new int[periods];
        for (int p = 0; p < periods; p++) {
            rows[p] = clockRow(date, zone, periodHours, p);
        }
        return rows;
    }

    /**
     * Hours since local midnight, in elapsed time, of the clock time {@code clockHours} of {@code date} (8.5 for
     * 08:30; 24 and beyond are on the next day). Unchanged on a day the clock does not jump; an hour less after the
     * clock springs forward, an hour more after it falls back. A clock time the spring skips (02:30) is read as the
     * time the clock shows then (03:30); one the fall repeats (01:30) as its first occurrence.
     */
    static double elapsedHours(LocalDate date, ZoneId zone, double clockHours) {
        long clockNanos = Math.round(clockHours * NANOS_PER_HOUR);
        Instant midnight = date.atStartOfDay(zone).toInstant();
        LocalDateTime clock = date.atStartOfDay().plusNanos(clockNanos);
        long elapsedNanos = Duration.between(midnight, clock.atZone(zone).toInstant()).toNanos();
        // Adds only the clock's shift, so that a value on an ordinary day is kept to the last bit.
        return clockHours + (elapsedNanos - clockNanos) / NANOS_PER_HOUR;
    }
}
