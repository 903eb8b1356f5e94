package org.cemc.study.year;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;

/**
 * The calendar year a study runs through, and how the typical year's hours fall on it. The typical year's months
 * come from different real years, so it is laid on the chosen year by month, day and hour: 5 July 14:00 of the study
 * year takes the typical year's 5 July 14:00, whatever year that July came from. A leap year's 29 February, which a
 * typical year does not have, takes 28 February's weather again. Days of the week come from the chosen year only
 * (the household profile uses them; the weather has none).
 *
 * @param year the calendar year, e.g. 2025
 */
public record StudyYear(int year) {

    /** 8,760, or 8,784 in a leap year: the hours of the year-long series. */
    public int hours() {
        return Year.of(year).length() * 24;
    }

    /**
     * The typical year's row for the series hour {@code seriesIndex} (0: 1 January 00:00–01:00 of the study year,
     * in the series' standard time).
     */
    public int typicalIndex(int seriesIndex) {
        if (seriesIndex < 0 || seriesIndex >= hours()) {
            throw new IndexOutOfBoundsException("hour " + seriesIndex + " is not in " + year + ", which has hours 0 to "
                    + (hours() - 1));
        }
        LocalDateTime start = LocalDate.of(year, 1, 1).atStartOfDay().plusHours(seriesIndex);
        MonthDay date = MonthDay.from(start);
        if (date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29) {
            date = MonthDay.of(Month.FEBRUARY, 28);
        }
        return TypicalYear.indexOf(date, start.getHour());
    }
}
