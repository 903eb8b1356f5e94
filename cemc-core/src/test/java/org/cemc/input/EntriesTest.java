package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Houses and guest EVs given as CSV tables: read as the same entries as listed in case.yaml, checked the same way. */
class EntriesTest {
    static final String HOUSES_LIST = """
              - {id: a, community: ec1, charger_kw: 7.2, dr_enrolled: true}
              - {id: b, community: ec1}
            """;
    static final String HOUSES_TABLE = """
            id,name,community,charger_kw,dr_enrolled
            a,,ec1,7.2,true
            b,,ec1,,
            """;
    static final String GUEST_EV_LIST = """
              - {id: ev1, community: ec1, arrival_hour: 0, departure_hour: 2, battery_kwh: 25, soc_arrival: 0.5,
                 soc_required: 0.6, charge_kw: 7.2, discharge_kw: 0, charge_efficiency: 0.95, discharge_efficiency: 0.95}
            """;
    static final String GUEST_EV_TABLE = """
            id,community,arrival_hour,departure_hour,battery_kwh,soc_arrival,soc_required,charge_kw,discharge_kw,\
            charge_efficiency,discharge_efficiency
            ev1,ec1,0,2,25,0.5,0.6,7.2,0,0.95,0.95
            """;

    @TempDir
    Path folder;

    /** The test case with its houses and guest EVs in CSV tables instead of case.yaml. */
    static CaseFolder withTables(CaseFolder c) {
        return c.replace("case.yaml", "houses:\n" + HOUSES_LIST, "houses: house-list.csv\n")
                .replace("case.yaml", "guest_evs:\n" + GUEST_EV_LIST, "guest_evs: guest-ev-list.csv\n")
                .write("house-list.csv", HOUSES_TABLE)
                .write("guest-ev-list.csv", GUEST_EV_TABLE);
    }

    @Test
    void housesAndGuestEvsInTablesReadAsTheSameCaseAsListedInCaseYaml(@TempDir Path listed) {
        CommunityCase fromYaml = CaseReader.read(CaseFolder.writeTo(listed).path());

        CommunityCase fromTables = CaseReader.read(withTables(CaseFolder.writeTo(folder)).path());

        assertThat(fromTables).isEqualTo(fromYaml);
    }

    @Test
    void aBlankCellIsAFieldNotGivenSoGuestEvDefaultsFillIt() {
        withTables(CaseFolder.writeTo(folder)).replace("guest-ev-list.csv", "ev1,ec1,0,2,25,", "ev1,ec1,0,2,,")
                .replace("case.yaml", "guest_evs:", "guest_ev_defaults: {battery_kwh: 30}\nguest_evs:");

        assertThat(CaseReader.read(folder).guestEvs().get(0).batteryKwh()).isEqualTo(30);
    }

    @Test
    void aTableSavedByASpreadsheetInADecimalCommaLocaleReads() {
        withTables(CaseFolder.writeTo(folder)).write("house-list.csv", """
                \uFEFFid;name;community;charger_kw;dr_enrolled;interruptible_kwh
                a;"Mühle; am Bach";ec1;7,2;TRUE;
                b;;ec1;;FALSE;
                """);

        CommunityCase community = CaseReader.read(folder);

        assertThat(community.houses().get(0).chargerKw()).isEqualTo(7.2);
        assertThat(community.houses().get(0).name()).contains("Mühle; am Bach");
        assertThat(community.houses().get(1).drEnrolled()).isFalse();
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                message("a charger out of range", c -> c.replace("house-list.csv", "a,,ec1,7.2", "a,,ec1,-1"),
                        "{case}/house-list.csv line 2, column \"charger_kw\": -1.0 must be a power >= 0 kW (0: no "
                                + "charger)."),
                message("an id twice", c -> c.replace("house-list.csv", "b,,ec1", "a,,ec1"),
                        "{case}/house-list.csv line 3, column \"id\": house \"a\" is defined twice."),
                message("an id breaking the id rule", c -> c.replace("house-list.csv", "b,,ec1", "b_1,,ec1"),
                        "{case}/house-list.csv line 3, column \"id\": \"b_1\" is not a valid id: character 2, '_' "
                                + "(U+005F), is not allowed; " + CaseSource.ID_RULE + "."),
                message("a community missing", c -> c.replace("house-list.csv", "b,,ec1", "b,,"),
                        "{case}/house-list.csv line 3, column \"community\": is missing."),
                message("an unknown community", c -> c.replace("house-list.csv", "b,,ec1", "b,,ec9"),
                        "{case}/house-list.csv line 3, column \"community\": house \"b\" names community \"ec9\", "
                                + "which is not defined; defined communities are [ec1]."),
                message("not a boolean", c -> c.replace("house-list.csv", "7.2,true", "7.2,yes"),
                        "{case}/house-list.csv line 2, column \"dr_enrolled\": \"yes\" is not true or false."),
                message("an unknown column", c -> c.replace("house-list.csv", "dr_enrolled", "dr_enroled"),
                        "{case}/house-list.csv: unknown column \"dr_enroled\"; the columns it may have are [id] and "
                                + "[charger_kw, community, dr_callable_kwh, dr_enrolled, interruptible_kwh, name, "
                                + "pv_kwh, uninterruptible_kwh]."),
                message("an energy given twice", c -> c.replace("house-list.csv", "dr_enrolled\n",
                                "dr_enrolled,pv_kwh\n").replace("house-list.csv", "7.2,true", "7.2,true,1")
                                .replace("house-list.csv", "b,,ec1,,", "b,,ec1,,,"),
                        "{case}/house-list.csv line 2: house \"a\" gives pv_kwh both as a constant in "
                                + "house-list.csv and as a column of the house-series file; keep one."),
                message("a table with no house", c -> c.write("house-list.csv",
                                "id,community\n"),
                        "{case}/house-list.csv: holds no house: give at least one, with an id and its community."),
                message("a table that does not exist", c -> c.delete("house-list.csv"),
                        "{case}/case.yaml, field houses: names \"house-list.csv\" but {case}/house-list.csv does "
                                + "not exist."),
                message("neither a list nor a file name", c -> c.replace("case.yaml", "houses: house-list.csv",
                                "houses: {a: 1}"),
                        "{case}/case.yaml, field houses: expected a list (lines starting with \"- \") or the name of a "
                                + "CSV table."),
                message("a guest EV's value out of range", c -> c.replace("guest-ev-list.csv", ",0.5,0.6,",
                                ",0.5,1.6,"),
                        "{case}/guest-ev-list.csv line 2, column \"soc_required\": guest EV \"ev1\" has 1.6; a state "
                                + "of charge is a fraction of the battery between 0 and 1."),
                message("a guest EV's value missing", c -> c.replace("guest-ev-list.csv", "ev1,ec1,0,2,25,",
                                "ev1,ec1,0,2,,"),
                        "{case}/guest-ev-list.csv line 2, column \"battery_kwh\": is missing (give it for this EV or "
                                + "in guest_ev_defaults)."));
    }

    private static Arguments message(String what, Consumer<CaseFolder> breakIt, String message) {
        return Arguments.of(what, breakIt, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void aTableSaysFileLineAndColumnAsCaseYamlSaysTheField(String what, Consumer<CaseFolder> breakIt,
                                                          String message) {
        breakIt.accept(withTables(CaseFolder.writeTo(folder)));

        assertThatThrownBy(() -> CaseReader.read(folder))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(message.replace("{case}", folder.toString()));
    }

    @Test
    void aGuestEvCutByTheHorizonIsWarnedNamingItsLine() {
        withTables(CaseFolder.writeTo(folder)).replace("guest-ev-list.csv", "ev1,ec1,0,2,", "ev1,ec1,0,3,");

        assertThat(CaseReader.readWithWarnings(folder).warnings()).singleElement().asString()
                .startsWith(folder.resolve("guest-ev-list.csv") + " line 2, column \"departure_hour\": guest EV "
                        + "\"ev1\" leaves at 3 h");
    }
}
