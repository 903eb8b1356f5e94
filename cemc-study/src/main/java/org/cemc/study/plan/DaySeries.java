package org.cemc.study.plan;

import java.time.LocalDate;
import java.util.List;
import org.cemc.community.House;
import org.cemc.community.TimeGrid;

/** Where a study's days get their houses' energies: the case's own year-long series, or a real year. */
interface DaySeries {

    /**
     * One civil day: its periods, where they start in the year-long series, and every house's energies that day.
     *
     * @param firstSeriesPeriod the series period that is the day's period 0 (a prices file covering the whole
     *                          series is sliced from here)
     * @param houses the case's houses in its order, with the day's PV, interruptible, uninterruptible and callable
     *               energies (their other fields are the case's)
     */
    record Day(LocalDate date, TimeGrid grid, int firstSeriesPeriod, List<House> houses) {
        public Day {
            houses = List.copyOf(houses);
        }
    }

    Day day(LocalDate date);

    /** The dates of {@code dates} these series do not cover, in order. */
    List<LocalDate> uncovered(List<LocalDate> dates);

    /** For messages: what the series cover, e.g. {@code 8760 periods of 1 h from 2025-01-01 00:00}. */
    String coverage();
}
