package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdLoadTest {
    private static final double TOLERANCE = 1e-9;
    private static final H0Profile H0 = H0ProfileReader.read(DataFiles.H0);

    @Test
    void theDynamisationFactorIsBdewsPolynomialInTheDayOfTheYear() {
        // F(1) = -3.92e-10 + 3.2e-7 - 7.02e-5 + 2.1e-3 + 1.24 = 1.242030119608
        assertThat(HouseholdLoad.dynamisationFactor(1)).isCloseTo(1.242030119608, within(TOLERANCE));
        // F(150) = -3.92e-10 * 150^4 + 3.2e-7 * 150^3 - 7.02e-5 * 150^2 + 2.1e-3 * 150 + 1.24
        //        = -0.19845 + 1.08 - 1.5795 + 0.315 + 1.24 = 0.85705
        assertThat(HouseholdLoad.dynamisationFactor(150)).isCloseTo(0.85705, within(TOLERANCE));
    }

    @Test
    void anHourIsItsFourQuarterHoursScaledToTheHouseAndDynamised() {
        // Tuesday 7 January 2025, winter workday, 00:00-01:00, for 4,000 kWh a year. Quarter hours (kW per
        // 1,000 kWh/a): 0.0676 + 0.06084 + 0.05488 + 0.04992 = 0.23324; * 0.25 h * 4,000/1,000 = 0.23324 kWh;
        // F(7) = 1.251369018808, so 0.23324 * 1.251369018808 = 0.291869310 kWh.
        HouseholdLoad load = new HouseholdLoad(H0, Set.of());

        assertThat(load.kwh(LocalDate.of(2025, 1, 7), 0, 4000)).isCloseTo(0.291869310, within(1e-9));
    }

    @Test
    void aHolidayTakesTheSundayProfile() {
        // Wednesday 1 January 2025, 11:00-12:00, 1,000 kWh a year, F(1) = 1.242030119608.
        // As a workday: (0.11604 + 0.117 + 0.11872 + 0.12152) * 0.25 = 0.11832 kWh * F(1) = 0.146957004.
        // As a holiday, the winter Sunday: (0.19332 + 0.2006 + 0.20664 + 0.21056) * 0.25 = 0.20278 * F(1)
        // = 0.251858868.
        LocalDate newYear = LocalDate.of(2025, 1, 1);

        assertThat(new HouseholdLoad(H0, Set.of()).kwh(newYear, 11, 1000)).isCloseTo(0.146957004, within(1e-9));
        assertThat(new HouseholdLoad(H0, Set.of(newYear)).kwh(newYear, 11, 1000)).isCloseTo(0.251858868,
                within(1e-9));
    }

    @Test
    void aYearSumsToTheAnnualUseWithinBdewsNormalisation() {
        // BDEW normalised the profile only approximately, and it is used unscaled: 2025 sums to 997.166 kWh per
        // 1,000 kWh (-0.28 %), the leap year 2024 to 1,000.406 (+0.04 %). docs/studies.md states 0.5 % as the bound.
        HouseholdLoad load = new HouseholdLoad(H0, Set.of());

        assertThat(yearSum(load, 2025, 3500)).isCloseTo(3500 * 0.997166, within(0.005));
        assertThat(yearSum(load, 2024, 3500)).isCloseTo(3500 * 1.000406, within(0.005));
        for (int year = 2020; year <= 2030; year++) {
            assertThat(yearSum(load, year, 1000)).as("year %d", year).isCloseTo(1000, within(5.0));
        }
    }

    private static double yearSum(HouseholdLoad load, int year, double annualKwh) {
        double sum = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            for (int hour = 0; hour < 24; hour++) {
                sum += load.kwh(day, hour, annualKwh);
            }
        }
        return sum;
    }
}
