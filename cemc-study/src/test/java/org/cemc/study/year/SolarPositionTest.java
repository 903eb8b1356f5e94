package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SolarPositionTest {
    private static final double LATITUDE = 36.1;
    private static final double LONGITUDE = -79.95;
    private static final double EASTERN_STANDARD = -5;
    /** 21 June in a year without 29 February. */
    private static final int JUNE_SOLSTICE = 172;

    @Test
    void atTheJuneSolsticeTheNoonSunIsTheLatitudeLessTheTiltOfTheEarthFromOverhead() {
        // From almanac values, not from the formulas under test: on 21 June the declination is the Earth's tilt,
        // 23.44°, so at solar noon the sun stands 36.10 - 23.44 = 12.66° from the zenith, due south. Solar noon on
        // the clock of UTC-5 (meridian 75° W) comes 4 min per degree later for 79.95° W, +19.8 min, and the
        // sundial then runs about 1.5 min slow (equation of time about -1.5 min): 12:00 + 19.8 + 1.5 = 12:21.3.
        double noonMinute = 0;
        double lowestZenith = 90;
        for (double minute = 11 * 60; minute <= 13 * 60; minute += 0.1) {
            SolarPosition sun = SolarPosition.at(LATITUDE, LONGITUDE, EASTERN_STANDARD, JUNE_SOLSTICE, minute / 60);
            if (sun.zenithDegrees() < lowestZenith) {
                lowestZenith = sun.zenithDegrees();
                noonMinute = minute;
            }
        }

        assertThat(lowestZenith).isCloseTo(12.66, within(0.05));
        assertThat(noonMinute).isCloseTo(12 * 60 + 21.3, within(1.0));
        SolarPosition noon = SolarPosition.at(LATITUDE, LONGITUDE, EASTERN_STANDARD, JUNE_SOLSTICE, noonMinute / 60);
        assertThat(noon.azimuthDegrees()).isCloseTo(180, within(0.5));
    }

    @Test
    void theMorningSunIsInTheEastAndTheEveningSunInTheWest() {
        // At the equinox (day 79, 20 March) the sun rises near due east and sets near due west, about 6 h either
        // side of solar noon (12:21 in Greensboro's standard time).
        SolarPosition morning = SolarPosition.at(LATITUDE, LONGITUDE, EASTERN_STANDARD, 79, 7.0);
        SolarPosition evening = SolarPosition.at(LATITUDE, LONGITUDE, EASTERN_STANDARD, 79, 17.7);

        assertThat(morning.azimuthDegrees()).isBetween(80.0, 100.0);
        assertThat(evening.azimuthDegrees()).isBetween(260.0, 280.0);
        assertThat(morning.zenithDegrees()).isBetween(80.0, 95.0);
        assertThat(evening.zenithDegrees()).isBetween(80.0, 95.0);
    }

    @Test
    void theSunAtMidnightIsBelowTheHorizon() {
        assertThat(SolarPosition.at(LATITUDE, LONGITUDE, EASTERN_STANDARD, JUNE_SOLSTICE, 0.5).cosZenith())
                .isNegative();
    }

    @Test
    void nrelsExtraterrestrialColumnsAgreeWithTheSunPlacedAtEachHoursMiddle() {
        // The TMY3 file's ETR is I0 * cos(zenith) averaged over each hour, computed by NREL independently of this
        // code. Taking the sun at the middle of each end-stamped hour must reproduce it: an hour placed 1 h off
        // would miss by about 15 % of a day's total, and a wrong longitude or UTC offset likewise.
        TypicalYear year = Tmy3Reader.read(DataFiles.TMY3);
        double fileTotal = 0;
        double ourTotal = 0;
        for (Tmy3Hour hour : year.hours()) {
            int day = TypicalYear.dayOfYear(hour.date());
            SolarPosition sun = SolarPosition.at(LATITUDE, LONGITUDE, EASTERN_STANDARD, day, hour.midHour());
            double normal = SolarPosition.extraterrestrialNormal(day);
            double horizontal = Math.max(0, normal * sun.cosZenith());
            fileTotal += hour.extraterrestrialHorizontal();
            ourTotal += horizontal;
            if (hour.extraterrestrialHorizontal() > 300) {
                // Well after sunrise every hour agrees within 4 %, where an hour off would miss by 20 % or more. The
                // largest misses, -3 %, are 07:00-08:00 in late March and early April (even against the exact mean
                // over the hour); not explained here, and too small to matter for PV.
                assertThat(horizontal).as("ETR of %s hour ending %d", hour.date(), hour.hourEnding())
                        .isCloseTo(hour.extraterrestrialHorizontal(), within(0.04 * hour.extraterrestrialHorizontal()));
                assertThat(normal).as("ETRN of %s", hour.date())
                        .isCloseTo(hour.extraterrestrialNormal(), within(0.005 * hour.extraterrestrialNormal()));
            }
        }
        // 3,027.7 kWh/m² in the file; 3,023.4 here (-0.14 %).
        assertThat(ourTotal).isCloseTo(fileTotal, within(0.005 * fileTotal));
    }
}
