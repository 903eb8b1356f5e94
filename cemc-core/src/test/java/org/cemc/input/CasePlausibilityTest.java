package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.cemc.community.GuestEv;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plausible ranges and the horizon (docs/case-format.md, "Plausible ranges" and "Horizon"): a value no physical case
 * has is refused naming the file, the row or field and the range; an unusual one, a horizon that is not a day and a
 * guest EV the horizon cuts are read as given, with a warning saying what was assumed.
 */
class CasePlausibilityTest {
    @TempDir
    Path folder;

    @Test
    void aPriceOf1e308IsRefusedWithTheLineColumnAndRange() {
        CaseFolder.writeTo(folder).replace("prices.csv", "1,0.2,", "1,1e308,");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("prices.csv line 3, column \"grid_buy\"")
                .hasMessageContaining("1e+308 USD per kWh in period 1")
                .hasMessageContaining("the plausible range -100 to 100 USD per kWh");
    }

    @Test
    void aConstantPriceOutsideTheRangeIsRefusedNamingTheField() {
        CaseFolder.writeTo(folder).replace("case.yaml", "standby: 0.1", "standby: 1e308");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("field prices.standby").hasMessageContaining("-100 to 100 USD per hour");
    }

    @Test
    void pricesScaleWithACurrencyWorthLessThanADollar() {
        CaseFolder.writeTo(folder).replace("case.yaml", "currency: USD", "currency: JPY")
                .replace("prices.csv", "1,0.2,", "1,30000,");

        assertThatThrownBy(() -> CaseReader.read(folder)).hasMessageContaining("-10000 to 10000 JPY per kWh");
        CaseFolder.writeTo(folder).replace("case.yaml", "currency: USD", "currency: JPY")
                .replace("prices.csv", "1,0.2,", "1,30,");
        assertThat(CaseReader.readWithWarnings(folder).warnings()).isEmpty();
    }

    @Test
    void pvOf1e9IsRefusedWithTheLineColumnAndRange() {
        CaseFolder.writeTo(folder).replace("houses.csv", "a,0,3,", "a,0,1e9,");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("houses.csv line 2, column \"pv_kwh\": house \"a\" has 1000000000 kWh per "
                        + "period in period 0")
                .hasMessageContaining("the plausible range 0 to 100 kWh per period (100 kW over 1 h");
    }

    @Test
    void theEnergyRangeScalesWithThePeriodLength() {
        CaseFolder.writeTo(folder).replace("case.yaml", "- {id: b, community: ec1}",
                        "- {id: b, community: ec1, pv_kwh: 30, interruptible_kwh: 1, uninterruptible_kwh: 1}")
                .write("houses.csv", CaseFolder.HOUSES_CSV.replaceAll("(?m)^b,.*\\n", ""))
                .replace("case.yaml", "period_hours: 1", "period_hours: 0.25");

        assertThatThrownBy(() -> CaseReader.read(folder)).hasMessageContaining("house \"b\", pv_kwh is 30 kWh per "
                + "period, outside the plausible range 0 to 25 kWh per period (100 kW over 0.25 h");
    }

    @Test
    void anUnusualValueWarnsAndTheCaseReads() {
        CaseFolder.writeTo(folder).replace("houses.csv", "a,0,3,", "a,0,40,")
                .replace("case.yaml", "battery_kwh: 25", "battery_kwh: 400");

        CaseReader.ReadCase read = CaseReader.readWithWarnings(folder);

        assertThat(read.community().houses().get(0).pv().at(0)).isEqualTo(40);
        assertThat(read.warnings()).containsExactly(
                folder.resolve("houses.csv") + " line 2, column \"pv_kwh\": house \"a\" has 40 kWh per period in "
                        + "period 0, outside the usual range 0 to 25 kWh per period (25 kW over 1 h, a large home "
                        + "connection); read as given.",
                folder.resolve("case.yaml") + ", field guest_evs[0].battery_kwh: guest EV \"ev1\" has a battery of "
                        + "400 kWh, outside the usual range 4 to 250 kWh (a plug-in hybrid to the largest car); read as "
                        + "given.");
    }

    @Test
    void aPeriodLongerThanADayIsRefusedNamingTheFieldAndTheRange() {
        CaseFolder.writeTo(folder).replace("case.yaml", "period_hours: 1", "period_hours: 48");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + ", field period_hours: a period of 48 h, outside the "
                        + "plausible range 0.01666 to 24 h (1 minute to a day); check the value and its unit.");
    }

    @Test
    void aPeriodShorterThanAMinuteIsRefused() {
        CaseFolder.writeTo(folder).replace("case.yaml", "period_hours: 1", "period_hours: 0.005");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("field period_hours: a period of 0.005 h, outside the plausible range");
    }

    @Test
    void aPeriodOfTwoHoursIsReadAsGivenWithAWarning() {
        CaseFolder.writeTo(folder).replace("case.yaml", "period_hours: 1", "period_hours: 2");

        assertThat(CaseReader.readWithWarnings(folder).warnings()).containsExactly(folder.resolve("case.yaml")
                + ", field period_hours: a period of 2 h, outside the usual range 0.08333 to 1 h (5 minutes to an "
                + "hour, the intervals of meters and markets); read as given.");
    }

    @Test
    void aMinuteTypedToAnyPrecisionIsAPlausiblePeriod() {
        CaseFolder.writeTo(folder).replace("case.yaml", "period_hours: 1", "period_hours: 0.016667")
                .replace("case.yaml", "departure_hour: 2", "departure_hour: 0.03")
                .write("houses.csv", """
                        house,period,pv_kwh,interruptible_kwh,uninterruptible_kwh,dr_callable_kwh
                        a,0,0.1,0.1,0.1,0.1
                        a,1,0,0.1,0.1,0
                        b,0,0,0.1,0.1,0
                        b,1,0,0.1,0.1,0
                        """);

        assertThat(CaseReader.readWithWarnings(folder).warnings()).containsExactly(folder.resolve("case.yaml")
                + ", field period_hours: a period of 0.016667 h, outside the usual range 0.08333 to 1 h (5 minutes "
                + "to an hour, the intervals of meters and markets); read as given.");
    }

    @Test
    void aHorizonOfMoreThanAYearIsRefusedBeforeAnySeriesIsRead() {
        CaseFolder.writeTo(folder).replace("case.yaml", "periods: 2", "periods: 2000000000");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + ", fields periods and period_hours: 2000000000 periods "
                        + "of 1 h make 2000000000 h, more than the plausible horizon of a leap year (8784 h); "
                        + "check the number of periods and their length.");
    }

    @Test
    void ninetySixPeriodsOfAnHourWarnThatTheyAreNotADay() {
        CaseFolder.writeTo(folder).replace("case.yaml", "periods: 2", "periods: 96")
                .replace("case.yaml", "house_series: houses.csv", "")
                .replace("case.yaml", "- {id: a, community: ec1, charger_kw: 7.2, dr_enrolled: true}",
                        "- {id: a, community: ec1, charger_kw: 7.2, pv_kwh: 1, interruptible_kwh: 1, "
                                + "uninterruptible_kwh: 1}")
                .replace("case.yaml", "- {id: b, community: ec1}", "")
                .replace("case.yaml", "series: prices.csv", "grid_buy: 0.2\n  grid_sell: 0.05\n  p2p: 0.1\n"
                        + "  dr_incentive: 0.05\n  dr_fine: 0.03\n  ens: 0.22");

        CaseReader.ReadCase read = CaseReader.readWithWarnings(folder);

        assertThat(read.community().periods()).isEqualTo(96);
        assertThat(read.warnings()).containsExactly(folder.resolve("case.yaml") + ", fields periods and "
                + "period_hours: 96 periods of 1 h make 96 h (4 days), not a day; the case is scheduled as given, as "
                + "one horizon of 96 h, with every energy per period of 1 h and clock times counted from the start of "
                + "period 0. If the periods are 15 minutes, write period_hours: 0.25 (96 of them make 24 h).");
    }

    @Test
    void anEvLeavingAfterTheHorizonWarnsThatItIsCutThere() {
        CaseFolder.writeTo(folder).replace("case.yaml", "departure_hour: 2", "departure_hour: 7.5");

        CaseReader.ReadCase read = CaseReader.readWithWarnings(folder);

        GuestEv ev = read.community().guestEvs().get(0);
        assertThat(ev.departureHour()).as("nothing is changed").isEqualTo(7.5);
        assertThat(ev.stay(read.community().grid()).end()).as("what the warning says").isEqualTo(2);
        assertThat(read.warnings()).containsExactly(folder.resolve("case.yaml") + ", field "
                + "guest_evs[0].departure_hour: guest EV \"ev1\" leaves at 7.5 h, after the horizon ends at 2 h (2 "
                + "periods of 1 h); it is cut at the horizon: treated as leaving at 2 h, with its required state of "
                + "charge due then and parking counted until then.");
    }

    @Test
    void anEvArrivingAfterTheHorizonWarnsThatItCanNeverPark() {
        CaseFolder.writeTo(folder).replace("case.yaml", "arrival_hour: 0, departure_hour: 2",
                "arrival_hour: 3, departure_hour: 5");

        assertThat(CaseReader.readWithWarnings(folder).warnings()).singleElement().asString()
                .contains("guest EV \"ev1\" arrives at 3 h, but the horizon ends at 2 h")
                .contains("it can never park and is left unhosted");
    }

    @Test
    void theBuiltInCaseHasNoWarnings() {
        assertThat(CaseReader.readWithWarnings(BuiltInCase.files()).warnings()).isEmpty();
    }

    @Test
    void theExampleAndTheTestCaseHaveNoWarnings() {
        assertThat(CaseReader.readWithWarnings(Path.of("../examples/two-houses")).warnings()).isEmpty();
        assertThat(CaseReader.readWithWarnings(CaseFolder.writeTo(folder).path()).warnings()).isEmpty();
    }

    @Test
    void aGeneratedCaseHasNoWarnings() throws IOException {
        CaseWriter.write(folder.resolve("day"), SyntheticCase.generate(3, 18, 9, 7));
        CaseWriter.write(folder.resolve("quarter-hours"), SyntheticCase.generate(2, 6, 4, 3, 1, 15));

        assertThat(CaseReader.readWithWarnings(folder.resolve("day")).warnings()).isEmpty();
        assertThat(CaseReader.readWithWarnings(folder.resolve("quarter-hours")).warnings()).isEmpty();
    }
}
