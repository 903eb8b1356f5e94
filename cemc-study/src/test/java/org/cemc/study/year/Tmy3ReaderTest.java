package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class Tmy3ReaderTest {

    @Test
    void handWrittenFileGivesItsStationAndHoursInOrder() {
        TypicalYear year = new Tmy3Lines().read();

        assertThat(year.site()).isEqualTo(new Tmy3Site("723170", "GREENSBORO PIEDMONT TRIAD INT", "NC", -5.0, 36.1,
                -79.95, 273));
        assertThat(year.hours()).hasSize(8760);
        // Line 3 is 01/01 01:00; line 3 + 24 × 31 + 10 = 757 is 02/01 11:00, a light hour.
        assertThat(year.hour(0).date()).isEqualTo(MonthDay.of(1, 1));
        assertThat(year.hour(0).hourEnding()).isEqualTo(1);
        Tmy3Hour light = year.hour(24 * 31 + 10);
        assertThat(light.date()).isEqualTo(MonthDay.of(2, 1));
        assertThat(light.hourEnding()).isEqualTo(11);
        assertThat(light.midHour()).isEqualTo(10.5);
        assertThat(light).isEqualTo(new Tmy3Hour(1999, MonthDay.of(2, 1), 11, 800, 1300, 500, 400, 200, 20, 2));
        assertThat(year.hour(8759).date()).isEqualTo(MonthDay.of(12, 31));
        assertThat(year.hour(8759).hourEnding()).isEqualTo(24);
    }

    @Test
    void theShippedGreensboroYearHasTheTotalsItsReadmeStates() {
        TypicalYear year = Tmy3Reader.read(DataFiles.TMY3);

        assertThat(year.site().stationId()).isEqualTo("723170");
        assertThat(year.site().utcOffsetHours()).isEqualTo(-5.0);
        assertThat(year.site().latitude()).isEqualTo(36.1);
        assertThat(year.site().longitude()).isEqualTo(-79.95);
        assertThat(year.hours()).hasSize(8760);
        // shared/data/README.md: GHI 1,566, DNI 1,477, DHI 682 kWh/m²; dry bulb -16.7 to 35.6 °C, mean 14.4 °C.
        assertThat(sum(year, Tmy3Hour::globalHorizontal) / 1000).isCloseTo(1566, within(0.5));
        assertThat(sum(year, Tmy3Hour::directNormal) / 1000).isCloseTo(1477, within(0.5));
        assertThat(sum(year, Tmy3Hour::diffuseHorizontal) / 1000).isCloseTo(682, within(0.5));
        assertThat(year.hours().stream().mapToDouble(Tmy3Hour::dryBulbCelsius).min().orElseThrow()).isEqualTo(-16.7);
        assertThat(year.hours().stream().mapToDouble(Tmy3Hour::dryBulbCelsius).max().orElseThrow()).isEqualTo(35.6);
        assertThat(sum(year, Tmy3Hour::dryBulbCelsius) / 8760).isCloseTo(14.4, within(0.05));
        // Each month from another year: January 1988, February 1996, December 1980.
        assertThat(year.hour(0).sourceYear()).isEqualTo(1988);
        assertThat(year.hour(24 * 31).sourceYear()).isEqualTo(1996);
        assertThat(year.hour(8759).sourceYear()).isEqualTo(1980);
    }

    @Test
    void aNegativeIrradianceNamesTheFileLineAndColumn() {
        // Line 7 is 01/01 05:00.
        Tmy3Lines lines = new Tmy3Lines().with(7, line -> line.replace("/1999,0,", "/1999,-12,"));

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessage("hand.csv line 7, column \"GHI (W/m^2)\": -12 is out of range; it must be from 0 to 1500 "
                        + "W/m² (Wh/m² over the hour) (a missing value? TMY3 files fill every hour).");
    }

    @Test
    void aWordWhereANumberBelongsIsNamed() {
        Tmy3Lines lines = new Tmy3Lines().with(12, line -> line.replace("20.0,2.0", "20.0,calm"));

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessage("hand.csv line 12, column \"Wspd (m/s)\": \"calm\" is not a number.");
    }

    @Test
    void aMissingHourIsReportedWhereTheNextHourWasExpected() {
        // Without line 30 (01/02 04:00), line 30 holds 01/02 05:00.
        Tmy3Lines lines = new Tmy3Lines().without(30);

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("hand.csv line 30: found 01/02/1999 05:00 where the hour after the previous "
                        + "row, 01/02 04:00, belongs;");
    }

    @Test
    void anHourOutsideOneToTwentyFourIsRefused() {
        Tmy3Lines lines = new Tmy3Lines().with(3, line -> line.replace("01:00,", "00:00,"));

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("hand.csv line 3, column \"Time (HH:MM)\": \"00:00\" is not the end of an "
                        + "hour from 01:00 to 24:00");
    }

    @Test
    void aTwentyNinthOfFebruaryIsNotTheFirstOfMarch() {
        // Line 3 + 24 × 59 = 1419 is 03/01 01:00.
        Tmy3Lines lines = new Tmy3Lines().with(1419, line -> line.replace("03/01/1999", "02/29/1996"));

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("hand.csv line 1419: found 02/29/1996 01:00 where the hour after the "
                        + "previous row, 03/01 01:00, belongs;");
    }

    @Test
    void aShortFileSaysHowManyHoursItHas() {
        Tmy3Lines lines = new Tmy3Lines().firstLines(2 + 100);

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("hand.csv has 100 hourly rows; a TMY3 year has 8760");
    }

    @Test
    void aMissingColumnIsNamed() {
        Tmy3Lines lines = new Tmy3Lines().with(2, header -> header.replace("DNI (W/m^2)", "DNI"));

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("hand.csv line 2 has no column \"DNI (W/m^2)\";");
    }

    @Test
    void aStationLineWithoutItsCoordinatesIsRefused() {
        Tmy3Lines lines = new Tmy3Lines().with(1, site -> "723170,GREENSBORO,NC,-5.0");

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessageStartingWith("hand.csv line 1 has 4 fields; a TMY3 station line has 7");
    }

    @Test
    void aLatitudeBeyondThePoleIsRefused() {
        Tmy3Lines lines = new Tmy3Lines().with(1, site -> site.replace("36.100", "136.100"));

        assertThatThrownBy(lines::read).isInstanceOf(InvalidDataFileException.class)
                .hasMessage("hand.csv line 1: the latitude 136.1 is out of range; it must be from -90.0 to 90.0 "
                        + "degrees north.");
    }

    private static double sum(TypicalYear year, java.util.function.ToDoubleFunction<Tmy3Hour> quantity) {
        return year.hours().stream().mapToDouble(quantity).sum();
    }
}
