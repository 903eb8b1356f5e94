package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.cemc.community.House;
import org.cemc.community.TimeGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RealYearTest {
    private static final double TOLERANCE = 1e-9;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<StudyHouse> HOUSES = List.of(new StudyHouse("ec1-h1", "ec1", 5, 4000),
            new StudyHouse("ec1-h2", "ec1", 0, 2500));

    private static TypicalYear weather;
    private static HouseholdLoad load;
    private static double[] pvPerKwp;

    @BeforeAll
    static void readTheRealData() {
        weather = Tmy3Reader.read(DataFiles.TMY3);
        load = new HouseholdLoad(H0ProfileReader.read(DataFiles.H0), Set.of());
        pvPerKwp = new PvModel(weather.site(), PvSystem.standard()).yearKwhPerKwp(weather);
    }

    @Test
    void aSummerDayTakesPvByTheSunAndLoadByTheClock() {
        // 1 July 2025 starts at series hour 4,343 (23:00 EST on 30 June). Period 13 is 13:00 EDT = 12:00 EST,
        // series and typical hour 4,356; its household use is the clock hour 13 of 1 July.
        RealYear year = RealYear.standard(weather, load, new StudyYear(2025), NEW_YORK);
        LocalDate july = LocalDate.of(2025, 7, 1);

        StudyDay day = year.day(july, HOUSES);

        assertThat(day.grid()).isEqualTo(new TimeGrid(24, 1));
        House first = day.houses().get(0);
        assertThat(first.id()).isEqualTo("ec1-h1");
        assertThat(first.community()).isEqualTo("ec1");
        assertThat(first.pv().at(13)).isCloseTo(5 * pvPerKwp[4356], within(TOLERANCE));
        assertThat(first.pv().at(13)).isPositive();
        assertThat(first.pv().at(0)).isZero();
        double use = load.kwh(july, 13, 4000);
        assertThat(first.interruptible().at(13)).isCloseTo(0.48 * use, within(TOLERANCE));
        assertThat(first.uninterruptible().at(13)).isCloseTo(0.52 * use, within(TOLERANCE));
        assertThat(first.drCallable().sum()).isZero();
        assertThat(first.drEnrolled()).isFalse();
        assertThat(first.hasCharger()).isFalse();
        assertThat(day.houses().get(1).pv().sum()).isZero();
    }

    @Test
    void theDaylightSavingDaysHaveTwentyThreeAndTwentyFivePeriodsInEverySeries() {
        RealYear year = RealYear.standard(weather, load, new StudyYear(2025), NEW_YORK);

        StudyDay spring = year.day(LocalDate.of(2025, 3, 9), HOUSES);
        StudyDay autumn = year.day(LocalDate.of(2025, 11, 2), HOUSES);

        assertThat(spring.grid()).isEqualTo(new TimeGrid(23, 1));
        assertThat(autumn.grid()).isEqualTo(new TimeGrid(25, 1));
        for (StudyDay day : List.of(spring, autumn)) {
            for (House house : day.houses()) {
                assertThat(List.of(house.pv(), house.interruptible(), house.uninterruptible(), house.drCallable()))
                        .allSatisfy(series -> assertThat(series.length()).isEqualTo(day.grid().periods()));
            }
        }
        // 2 November: periods 1 and 2 are both 01:00 on the clock, so they use the same; their PV is that of two
        // different hours (00:00 and 01:00 EST), both dark.
        House first = autumn.houses().get(0);
        assertThat(first.uninterruptible().at(1)).isEqualTo(first.uninterruptible().at(2));
        assertThat(first.uninterruptible().at(1)).isPositive();
    }

    @Test
    void theDaysOfAYearAddUpToItsPvAndToItsUseLessTheLostHourPlusTheRepeatedOne() {
        // In New York every hour of 2025 (EST, series hours 0 to 8,759) belongs to exactly one local day, so the
        // days' PV adds up to the typical year's, 5 kWp * 1,351 kWh/kWp. Household use follows the clock: the
        // year's clock hours, less 02:00 of 9 March (which never shows), plus 01:00 of 2 November (shown twice).
        RealYear year = RealYear.standard(weather, load, new StudyYear(2025), NEW_YORK);
        double pv = 0;
        double use = 0;
        double clockYear = 0;
        for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() == 2025; date = date.plusDays(1)) {
            House house = year.day(date, HOUSES.subList(0, 1)).houses().get(0);
            pv += house.pv().sum();
            use += house.interruptible().sum() + house.uninterruptible().sum();
            for (int hour = 0; hour < 24; hour++) {
                clockYear += load.kwh(date, hour, 4000);
            }
        }

        assertThat(pv).isCloseTo(5 * year.typicalYearPvPerKwp(), within(1e-6));
        assertThat(year.typicalYearPvPerKwp()).isCloseTo(1351, within(1.0));
        double lost = load.kwh(LocalDate.of(2025, 3, 9), 2, 4000);
        double repeated = load.kwh(LocalDate.of(2025, 11, 2), 1, 4000);
        assertThat(use).isCloseTo(clockYear - lost + repeated, within(1e-6));
        assertThat(use).isCloseTo(4000, within(0.005 * 4000));
    }

    @Test
    void theTwentyNinthOfFebruaryOfALeapYearHasTheTwentyEighthsSun() {
        RealYear leap = RealYear.standard(weather, load, new StudyYear(2024), NEW_YORK);

        House feb28 = leap.day(LocalDate.of(2024, 2, 28), HOUSES).houses().get(0);
        House feb29 = leap.day(LocalDate.of(2024, 2, 29), HOUSES).houses().get(0);

        assertThat(feb29.pv()).isEqualTo(feb28.pv());
        assertThat(feb29.pv().sum()).isPositive();
        // The household use is the calendar's: Wednesday 28 and Thursday 29 February are both winter workdays,
        // told apart by the dynamisation factor of days 59 and 60 only.
        assertThat(feb29.uninterruptible().at(12) / feb28.uninterruptible().at(12))
                .isCloseTo(HouseholdLoad.dynamisationFactor(60) / HouseholdLoad.dynamisationFactor(59),
                        within(TOLERANCE));
    }

    @Test
    void aDateOutsideTheStudyYearIsRefused() {
        RealYear year = RealYear.standard(weather, load, new StudyYear(2025), NEW_YORK);

        assertThatThrownBy(() -> year.day(LocalDate.of(2026, 1, 1), HOUSES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-01-01 on the clock of America/New_York is not within the study year 2025 as its "
                        + "weather series keeps it (UTC-05:00, hours 0 to 8759 from 1 January 00:00); choose a date of "
                        + "2025.");
    }

    @Test
    void aClockAheadOfTheWeatherCannotHaveItsFirstOfJanuary() {
        // 1 January 00:00 in Berlin is 31 December 18:00 EST of the year before: six hours the series lacks.
        RealYear berlin = RealYear.standard(weather, load, new StudyYear(2025), ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> berlin.day(LocalDate.of(2025, 1, 1), HOUSES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-01-01 on the clock of Europe/Berlin is not within the study year 2025")
                .hasMessageEndingWith("whose hours all fall in it, or a clock nearer the weather's.");
        assertThat(berlin.day(LocalDate.of(2025, 1, 2), HOUSES).grid().periods()).isEqualTo(24);
    }
}
