package org.cemc.study.year;

import java.util.List;
import org.cemc.community.House;
import org.cemc.community.TimeGrid;

/**
 * One civil day of a study's real year: its periods (23, 24 or 25 hours), the time grid a core case of the day
 * takes, and its houses with their PV, interruptible and uninterruptible demand in kWh per period.
 */
public record StudyDay(LocalDayPeriods periods, TimeGrid grid, List<House> houses) {
    public StudyDay {
        houses = List.copyOf(houses);
    }
}
