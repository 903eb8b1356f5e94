package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.SettlementRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseReaderTest {
    @TempDir
    Path folder;

    @Test
    void readsTheValidCase() {
        CommunityCase community = CaseReader.read(CaseFolder.writeTo(folder).path());

        House a = community.houses().get(0);
        assertThat(community.periods()).isEqualTo(2);
        assertThat(a.pv().toArray()).containsExactly(3, 0);
        assertThat(a.drCallable().toArray()).containsExactly(0.5, 0);
        assertThat(a.drEnrolled()).isTrue();
        assertThat(community.houses().get(1).chargerKw()).isZero();
        assertThat(community.prices().standby().toArray()).containsExactly(0.1, 0.1);
        assertThat(community.prices().evCharge()).as("defaults to the grid import price")
                .isEqualTo(community.prices().gridBuy());
        assertThat(community.guestEvs().get(0).community()).contains("ec1");
    }

    @Test
    void aConstantInCaseYamlStandsForAWholeSeries() {
        CaseFolder.writeTo(folder)
                .write("houses.csv", "house,period,pv_kwh,interruptible_kwh\na,0,3,1\na,1,0,1\n")
                .replace("case.yaml", "- {id: a, community: ec1, charger_kw: 7.2, dr_enrolled: true}",
                        "- {id: a, community: ec1, charger_kw: 7.2, dr_enrolled: true, uninterruptible_kwh: 0.4}")
                .replace("case.yaml", "- {id: b, community: ec1}",
                        "- {id: b, community: ec1, pv_kwh: 0, interruptible_kwh: 2, uninterruptible_kwh: 1}");

        CommunityCase community = CaseReader.read(folder);

        assertThat(community.houses().get(0).uninterruptible().toArray()).containsExactly(0.4, 0.4);
        assertThat(community.houses().get(1).interruptible().toArray()).containsExactly(2, 2);
    }

    @Test
    void quarterHourCasesRead() {
        StringBuilder houses = new StringBuilder("house,period,pv_kwh,interruptible_kwh,uninterruptible_kwh\n");
        for (int t = 0; t < 96; t++) {
            houses.append("a,").append(t).append(",0.5,0.25,0.1\n");
        }
        CaseFolder.writeTo(folder)
                .write("houses.csv", houses.toString())
                .replace("case.yaml", "periods: 2", "periods: 96")
                .replace("case.yaml", "period_hours: 1", "period_hours: 0.25")
                .replace("case.yaml", "- {id: b, community: ec1}", "")
                .replace("case.yaml", "series: prices.csv", "grid_buy: 0.2\n  grid_sell: 0.05\n  p2p: 0.1\n"
                        + "  dr_incentive: 0.05\n  dr_fine: 0.03\n  ens: 0.22");

        CommunityCase community = CaseReader.read(folder);

        assertThat(community.grid().periods()).isEqualTo(96);
        assertThat(community.houses().get(0).pv().sum()).isEqualTo(48);
        assertThat(community.prices().gridBuy().length()).isEqualTo(96);
    }

    @Test
    void theDayScheduledIsReadWhenTheCaseNamesIt() {
        CaseFolder undated = CaseFolder.writeTo(folder);
        assertThat(CaseReader.read(folder).date()).isEmpty();

        undated.replace("case.yaml", "periods: 2", "date: 2026-11-26\nperiods: 2");

        assertThat(CaseReader.read(folder).date()).contains(LocalDate.of(2026, 11, 26));
    }

    @Test
    void theSettlementRuleIsNamedOrGivenWithItsSampling() {
        CaseFolder settled = CaseFolder.writeTo(folder);
        assertThat(CaseReader.read(folder).settlement()).isEqualTo(SettlementRule.p2pPrice());

        settled.replace("case.yaml", "options:", "settlement: equal-surplus\noptions:");
        assertThat(CaseReader.read(folder).settlement())
                .isEqualTo(SettlementRule.of(SettlementRule.Kind.EQUAL_SURPLUS));

        settled.replace("case.yaml", "settlement: equal-surplus", "settlement: {rule: shapley, permutations: 400}");
        assertThat(CaseReader.read(folder).settlement()).isEqualTo(new SettlementRule(SettlementRule.Kind.SHAPLEY, 400,
                SettlementRule.DEFAULT_SEED));
    }

    @Test
    void theBuiltInCaseReads() {
        CommunityCase paper = BuiltInCase.read();

        assertThat(paper.communities()).hasSize(3);
        assertThat(paper.houses()).hasSize(18);
        assertThat(paper.periods()).isEqualTo(24);
        assertThat(paper.houses()).allMatch(House::drEnrolled);
    }

    static Stream<Arguments> badCases() {
        return Stream.of(
                bad("no case.yaml", c -> c.delete("case.yaml"), "case.yaml does not exist"),
                bad("missing CSV", c -> c.delete("houses.csv"), "houses.csv does not exist"),
                bad("unknown CSV column", c -> c.replace("houses.csv", "pv_kwh", "pv_kw"),
                        "houses.csv", "unknown column \"pv_kw\""),
                bad("unknown YAML field", c -> c.replace("case.yaml", "currency: USD", "curency: USD"),
                        "case.yaml", "unknown field \"curency\""),
                bad("series too short", c -> c.replace("houses.csv", "b,1,0,2,1,0\n", ""),
                        "houses.csv", "house \"b\" has 1 rows but the case has 2 periods"),
                bad("price series too short", c -> c.replace("prices.csv", "1,0.2,0.05,0.1,0.05,0.03,0.22\n", ""),
                        "prices.csv", "has 1 rows but the case has 2 periods"),
                bad("not a number", c -> c.replace("houses.csv", "a,0,3,", "a,0,three,"),
                        "houses.csv line 2, column \"pv_kwh\"", "\"three\" is not a number"),
                bad("NaN", c -> c.replace("houses.csv", "a,0,3,", "a,0,NaN,"), "houses.csv line 2", "\"NaN\" is not a number"),
                bad("negative energy", c -> c.replace("houses.csv", "b,1,0,2,1,0", "b,1,0,-2,1,0"),
                        "houses.csv line 5, column \"interruptible_kwh\"", "energy must be >= 0"),
                bad("callable above interruptible", c -> c.replace("houses.csv", "a,0,3,1,0.5,0.5", "a,0,3,1,0.5,1.5"),
                        "house \"a\", period 0", "above interruptible_kwh"),
                bad("callable without enrolment", c -> c.replace("case.yaml", "dr_enrolled: true", "dr_enrolled: false"),
                        "house \"a\", period 0", "not enrolled"),
                bad("EV leaves before it arrives", c -> c.replace("case.yaml", "departure_hour: 2", "departure_hour: 0"),
                        "case.yaml, field guest_evs[0].departure_hour", "not after it arrives"),
                bad("required charge above 1", c -> c.replace("case.yaml", "soc_required: 0.6", "soc_required: 1.2"),
                        "guest_evs[0].soc_required", "between 0 and 1"),
                bad("undefined community", c -> c.replace("case.yaml", "- {id: b, community: ec1}", "- {id: b, community: ec9}"),
                        "houses[1].community", "\"ec9\", which is not defined"),
                bad("undefined house in the series", c -> c.replace("houses.csv", "b,1,", "c,1,"),
                        "houses.csv line 5", "house \"c\" is not defined"),
                bad("duplicate house", c -> c.replace("case.yaml", "- {id: b, community: ec1}", "- {id: a, community: ec1}"),
                        "houses[1].id", "house \"a\" is defined twice"),
                bad("duplicate period", c -> c.replace("houses.csv", "a,1,", "a,0,"),
                        "houses.csv line 3", "period 0 appears twice (first at line 2)"),
                bad("period outside the day", c -> c.replace("houses.csv", "b,1,", "b,7,"),
                        "houses.csv line 5", "period 7 is outside 0..1"),
                bad("broken YAML", c -> c.replace("case.yaml", "name: two houses", "name: \"two houses"),
                        "case.yaml line", "not valid YAML"),
                bad("date not year-month-day", c -> c.replace("case.yaml", "periods: 2", "date: 26.11.2026\nperiods: 2"),
                        "case.yaml, field date: \"26.11.2026\" is not a date", "e.g. 2026-11-26"),
                bad("wrong YAML type", c -> c.replace("case.yaml", "periods: 2", "periods: many"),
                        "case.yaml, field periods: expected a whole number, found \"many\""),
                bad("list where a number belongs", c -> c.replace("case.yaml", "periods: 2", "periods: [2]"),
                        "case.yaml, field periods: expected a whole number"),
                bad("fractional period count", c -> c.replace("case.yaml", "periods: 2", "periods: 2.5"),
                        "case.yaml, field periods: expected a whole number"),
                bad("text where a list belongs", c -> c.replace("case.yaml", "communities:",
                                "communities: none\nx_communities:"),
                        "case.yaml, field communities: expected a list"),
                bad("missing price", c -> c.replace("prices.csv", "period,grid_buy,", "period,")
                                .replace("prices.csv", "0,0.2,", "0,").replace("prices.csv", "1,0.2,", "1,"),
                        "prices.grid_buy", "is missing"),
                bad("price given twice", c -> c.replace("case.yaml", "standby: 0.1", "standby: 0.1\n  ens: 0.3"),
                        "prices.ens", "both as a constant and as a column"),
                bad("negative fine", c -> c.replace("prices.csv", "0.05,0.03,0.22\n1", "0.05,-0.03,0.22\n1"),
                        "prices.dr_fine", "must be >= 0"),
                bad("no period length", c -> c.replace("case.yaml", "period_hours: 1\n", ""),
                        "case.yaml, field period_hours", "is missing"),
                bad("zero period length", c -> c.replace("case.yaml", "period_hours: 1", "period_hours: 0"),
                        "period_hours", "positive number of hours"),
                bad("ragged CSV line", c -> c.replace("houses.csv", "a,1,0,1,0.5,0", "a,1,0,1,0.5"),
                        "houses.csv line 3", "has 5 fields but the header has 6"),
                bad("both a list and distributions of guest EVs", c -> c.replace("case.yaml", "options:",
                                "guest_ev_scenarios: {arrival_hour: 8, departure_hour: 17, soc_arrival: 0.5, "
                                        + "battery_kwh: 25, soc_required: 0.9, charge_kw: 7.2, discharge_kw: 0, "
                                        + "charge_efficiency: 1, discharge_efficiency: 1}\noptions:"),
                        "guest_ev_scenarios: and guest_evs are both given"),
                bad("distribution with min above mean", CaseReaderTest::scenariosWithArrival_9_to_12_around_8,
                        "guest_ev_scenarios.arrival_hour", "min <= mean <= max"),
                bad("departure never after arrival", c -> withScenarios(c, "arrival_hour: {mean: 15, std: 1, min: 14, "
                        + "max: 16}, departure_hour: {mean: 13, std: 1, min: 12, max: 14}"),
                        "guest_ev_scenarios.departure_hour", "can never come after arrival_hour"),
                bad("unknown settlement rule", c -> c.replace("case.yaml", "options:", "settlement: nucleolus\noptions:"),
                        "case.yaml, field settlement: \"nucleolus\" is not a settlement rule",
                        "p2p-price, shapley or equal-surplus"),
                bad("sampling of a rule that does not sample", c -> c.replace("case.yaml", "options:",
                                "settlement: {rule: equal-surplus, seed: 3}\noptions:"),
                        "case.yaml, field settlement.seed: only the shapley rule samples"),
                bad("too few permutations", c -> c.replace("case.yaml", "options:",
                                "settlement: {rule: shapley, permutations: 2}\noptions:"),
                        "case.yaml, field settlement.permutations: 2 is not a number of join orders",
                        "an even number", "from 4 to 100,000"),
                bad("an odd number of permutations", c -> c.replace("case.yaml", "options:",
                                "settlement: {rule: shapley, permutations: 101}\noptions:"),
                        "settlement.permutations: 101 is not a number of join orders", "in pairs"),
                bad("settlement without its rule", c -> c.replace("case.yaml", "options:",
                                "settlement: {permutations: 10}\noptions:"),
                        "case.yaml, field settlement.rule", "is missing"),
                bad("bad id", c -> c.replace("case.yaml", "{id: b,", "{id: \"b c\","), "houses[1].id", "not a valid id"));
    }

    /** Replaces the guest-EV list with distributions, {@code times} giving arrival_hour and departure_hour. */
    private static void withScenarios(CaseFolder c, String times) {
        String text = c.read("case.yaml");
        int start = text.indexOf("guest_evs:");
        int end = text.indexOf("options:");
        c.write("case.yaml", text.substring(0, start) + "guest_ev_scenarios: {" + times + ", soc_arrival: 0.5, "
                + "battery_kwh: 25, soc_required: 0.9, charge_kw: 7.2, discharge_kw: 0, charge_efficiency: 1, "
                + "discharge_efficiency: 1}\n" + text.substring(end));
    }

    private static void scenariosWithArrival_9_to_12_around_8(CaseFolder c) {
        withScenarios(c, "arrival_hour: {mean: 8, std: 1, min: 9, max: 12}, departure_hour: 17");
    }

    @Test
    void guestEvsMayBeGivenAsDistributions() {
        withScenarios(CaseFolder.writeTo(folder), "arrival_hour: {mean: 8.5, std: 1.5, min: 6, max: 12}, "
                + "departure_hour: 17");

        CommunityCase community = CaseReader.read(folder);

        assertThat(community.guestEvs()).isEmpty();
        assertThat(community.guestEvScenarios()).get().satisfies(s -> {
            assertThat(s.arrivalHour()).isEqualTo(new org.cemc.community.Distribution(8.5, 1.5, 6, 12));
            assertThat(s.departureHour().isFixed()).isTrue();
            assertThat(s.samples()).as("default").isEqualTo(1000);
        });
    }

    private static Arguments bad(String what, Consumer<CaseFolder> breakIt, String... messageParts) {
        return Arguments.of(what, breakIt, messageParts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badInputIsNamedWithItsFileAndWhatIsWrong(String what, Consumer<CaseFolder> breakIt, String[] messageParts) {
        CaseFolder caseFolder = CaseFolder.writeTo(folder);
        breakIt.accept(caseFolder);

        assertThatThrownBy(() -> CaseReader.read(folder))
                .isInstanceOf(InvalidCaseException.class)
                .message().contains(messageParts).doesNotContain("Exception", "org.cemc", "\tat ");
    }
}
