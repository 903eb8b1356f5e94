package org.cemc.study.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cemc.community.House;
import org.cemc.study.year.RealYear;
import org.cemc.study.year.StudyDay;
import org.cemc.study.year.StudyHouse;

/**
 * Series built from a real year ({@link RealYear}): each day's PV and household use of the houses of
 * study.yaml's {@code real_year.houses}; their other fields (name, charger, DR enrolment) are the case's.
 */
final class RealYearSeries implements DaySeries {
    private final RealYear year;
    private final int calendarYear;
    private final List<House> houses;
    private final List<StudyHouse> studyHouses;

    /** @param studyHouses the houses' kWp and annual use, in the order of {@code houses} */
    RealYearSeries(RealYear year, int calendarYear, List<House> houses, List<StudyHouse> studyHouses) {
        this.year = year;
        this.calendarYear = calendarYear;
        this.houses = List.copyOf(houses);
        this.studyHouses = List.copyOf(studyHouses);
    }

    @Override
    public Day day(LocalDate date) {
        StudyDay real = year.day(date, studyHouses);
        List<House> day = new ArrayList<>(houses.size());
        for (int h = 0; h < houses.size(); h++) {
            House house = houses.get(h);
            House built = real.houses().get(h);
            day.add(new House(house.id(), house.community(), house.chargerKw(), house.drEnrolled(), built.pv(),
                    built.interruptible(), built.uninterruptible(), built.drCallable(), house.name()));
        }
        return new Day(date, real.grid(), real.periods().firstSeriesIndex(), day);
    }

    @Override
    public List<LocalDate> uncovered(List<LocalDate> dates) {
        return dates.stream().filter(date -> {
            try {
                year.periodsOf(date);
                return false;
            } catch (IllegalArgumentException e) {
                return true;
            }
        }).toList();
    }

    @Override
    public String coverage() {
        return "the real year " + calendarYear;
    }
}
