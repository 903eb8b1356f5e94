package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.cemc.community.Switches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One whole message per section of the case, each naming the file, the field or line, and what is wrong. */
class CaseSectionsTest {
    private static final String GUEST_EV_LIST = """
            guest_evs:
              - {id: ev1, community: ec1, arrival_hour: 0, departure_hour: 2, battery_kwh: 25, soc_arrival: 0.5,
                 soc_required: 0.6, charge_kw: 7.2, discharge_kw: 0, charge_efficiency: 0.95, discharge_efficiency: 0.95}
            """;
    private static final String GUEST_EV_SCENARIOS = """
            guest_ev_scenarios: {arrival_hour: 8, departure_hour: 17, soc_arrival: 0.5, battery_kwh: 25,
              soc_required: 0.9, charge_kw: 7.2, discharge_kw: 0, charge_efficiency: 1, discharge_efficiency: 1}
            """;

    @TempDir
    Path folder;

    static Stream<Arguments> messages() {
        return Stream.of(
                message("case.yaml that is null", c -> c.write("case.yaml", "~\n"),
                        "{case}/case.yaml is empty."),
                message("time grid", c -> c.replace("case.yaml", "periods: 2", "periods: 0"),
                        "{case}/case.yaml, field periods: 0 must be at least 1."),
                message("communities", c -> c.replace("case.yaml", "  - {id: ec1, name: Street one}\n",
                                "  - {id: ec1, name: Street one}\n  - {id: ec1}\n"),
                        "{case}/case.yaml, field communities[1].id: community \"ec1\" is defined twice."),
                message("houses", c -> c.replace("case.yaml", "charger_kw: 7.2", "charger_kw: -1"),
                        "{case}/case.yaml, field houses[0].charger_kw: -1.0 must be a power >= 0 kW (0: no charger)."),
                message("a house's energy given twice", c -> c.replace("case.yaml", "dr_enrolled: true}",
                                "dr_enrolled: true, pv_kwh: 1}"),
                        "{case}/case.yaml: house \"a\" gives pv_kwh both as a constant in case.yaml and as a column of "
                                + "the house-series file; keep one."),
                message("house series", c -> c.replace("houses.csv", "b,0,0,2,1,0\n", ""),
                        "{case}/houses.csv: house \"b\" has 1 rows but the case has 2 periods; period 0 is missing."),
                message("a period that is not a number", c -> c.replace("houses.csv", "b,1,", "b,one,"),
                        "{case}/houses.csv line 5, column \"period\": \"one\" is not a whole number."),
                message("guest EVs", c -> c.replace("case.yaml", "battery_kwh: 25, ", ""),
                        "{case}/case.yaml, field guest_evs[0].battery_kwh: is missing (give it for this EV or in "
                                + "guest_ev_defaults)."),
                message("guest-EV scenarios", c -> c.replace("case.yaml", GUEST_EV_LIST,
                                GUEST_EV_SCENARIOS.replace("{arrival_hour", "{fleets: 2, arrival_hour")),
                        "{case}/case.yaml, field guest_ev_scenarios.fleets: 2 must be at least representatives (3)."),
                message("a guest-EV distribution outside its range", c -> c.replace("case.yaml", GUEST_EV_LIST,
                                GUEST_EV_SCENARIOS.replace("battery_kwh: 25", "battery_kwh: 0")),
                        "{case}/case.yaml, field guest_ev_scenarios.battery_kwh: must lie within [> 0, infinity]; got "
                                + "min 0.0, max 0.0."),
                message("price series", c -> c.replace("prices.csv", "1,0.2", "0,0.2"),
                        "{case}/prices.csv line 3: period 0 appears twice (first at line 2)."),
                message("prices", c -> c.replace("case.yaml", "social_welfare_value: 0.055",
                                "social_welfare_value: -1"),
                        "{case}/case.yaml, field prices.social_welfare_value: -1.0 must be a finite number >= 0."),
                message("P2P market: a given price with a computed rule", c -> c.replace("case.yaml",
                                "standby: 0.1", "standby: 0.1\n  p2p_rule: sdr"),
                        "{case}/case.yaml, field prices.p2p: is given, but p2p_rule sdr computes the P2P price; "
                                + "remove one."),
                message("P2P market: an unknown rule", c -> withoutP2pColumn(c).replace("case.yaml",
                                "standby: 0.1", "standby: 0.1\n  p2p_rule: auction"),
                        "{case}/case.yaml, field prices.p2p_rule: \"auction\" is not a rule; choose series, "
                                + "mid-market or sdr."),
                message("P2P market: feed-in with a given price", c -> c.replace("case.yaml", "standby: 0.1",
                                "standby: 0.1\n  feed_in: 0.03"),
                        "{case}/case.yaml, field prices.feed_in: is only used by p2p_rule mid-market or sdr; with a "
                                + "given p2p price, remove it."),
                message("P2P market: feed-in above the import price", CaseSectionsTest::midMarketFeedingInAt_0_4,
                        "{case}/case.yaml, field prices.feed_in: is 0.4 in period 0, above grid_buy 0.2; the P2P "
                                + "rules price between the feed-in and the import price."),
                message("options", c -> c.replace("case.yaml", "p2p: true", "p2p: maybe"),
                        "{case}/case.yaml, field options.p2p: expected true or false, found \"maybe\"."));
    }

    private static Arguments message(String section, Consumer<CaseFolder> breakIt, String message) {
        return Arguments.of(section, breakIt, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void eachSectionSaysWhereAndWhatIsWrong(String section, Consumer<CaseFolder> breakIt, String message) {
        breakIt.accept(CaseFolder.writeTo(folder));

        assertThatThrownBy(() -> CaseReader.read(folder))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(message.replace("{case}", folder.toString()));
    }

    @Test
    void guestEvDefaultsFillWhatAnEvLeavesOut() {
        CaseFolder.writeTo(folder).replace("case.yaml", "battery_kwh: 25, ", "")
                .replace("case.yaml", "guest_evs:", "guest_ev_defaults: {battery_kwh: 30}\nguest_evs:");

        assertThat(CaseReader.read(folder).guestEvs().get(0).batteryKwh()).isEqualTo(30);
    }

    @Test
    void optionsLeftOutKeepTheirDefaults() {
        CaseFolder.writeTo(folder).replace("case.yaml", "p2p: true", "v2g: false\n  exclusive_ev_mode: true");

        CommunityCase community = CaseReader.read(folder);

        assertThat(community.switches()).isEqualTo(new Switches(true, true, true, false, true));
    }

    private static CaseFolder withoutP2pColumn(CaseFolder c) {
        return c.write("prices.csv", """
                period,grid_buy,grid_sell,dr_incentive,dr_fine,ens
                0,0.2,0.05,0.05,0.03,0.22
                1,0.2,0.05,0.05,0.03,0.22
                """);
    }

    private static void midMarketFeedingInAt_0_4(CaseFolder c) {
        withoutP2pColumn(c).replace("case.yaml", "standby: 0.1",
                "standby: 0.1\n  p2p_rule: mid-market\n  feed_in: 0.4");
    }
}
