package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.TestCommunities;
import org.cemc.result.Settlement;
import org.cemc.schedule.Comparison;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settlement.csv and compare.csv keep money and the social-welfare value (not money) apart. */
class SettlementCsvTest {
    static final List<String> MONEY_COLUMNS = List.of("grid_purchase", "grid_sale", "dr_incentive", "dr_fine",
            "p2p_received", "p2p_paid", "parking_fees", "standby", "ens_penalty", "ev_charging_received",
            "ev_discharge_paid");

    @TempDir
    Path folder;

    /**
     * House a: 3 kWh PV, 1 kWh demand, sells 2 kWh P2P to b at 0.10 (export pays 0.20). Money: a +0.20, b -0.20.
     * Welfare (not money): a 0.055 x (1 self-supplied + 2 sold) = 0.165. Standing alone a exports 2 kWh: +0.40.
     */
    static CommunityCase twoHouses() {
        return TestCommunities.periods(1)
                .house("a", h -> h.pv(3).interruptible(1))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.20).p2p(0.10).ens(0.22).socialWelfareValue(0.055))
                .build();
    }

    @Test
    void settlementCsvHasTheMoneyColumnsSummingToTheNetAndTheWelfareBesideIt() throws IOException {
        CommunityCase community = twoHouses();
        Outcome outcome = Scheduler.run(community, SolverSettings.defaults());
        Path file = folder.resolve(ScheduleFiles.SETTLEMENT);

        ScheduleFiles.writeSettlement(file, Settlement.of(community, outcome.schedule().orElseThrow()),
                Optional.empty());

        List<CSVRecord> rows = read(file);
        List<String> expected = new ArrayList<>(List.of("house", "name", "community"));
        expected.addAll(MONEY_COLUMNS);
        expected.addAll(List.of("net", "social_welfare_value", "net_with_welfare"));
        assertThat(header(file)).containsExactlyElementsOf(expected);
        CSVRecord a = rows.get(0);
        assertThat(a.get("house")).isEqualTo("a");
        assertThat(a.get("name")).as("a has no display name").isEmpty();
        assertThat(number(a, "net")).as("a's net is money only").isCloseTo(0.20, within(1e-9));
        assertThat(number(a, "social_welfare_value")).isCloseTo(0.165, within(1e-9));
        assertThat(number(a, "net_with_welfare")).isCloseTo(0.365, within(1e-9));
        double total = 0;
        for (CSVRecord row : rows) {
            double money = MONEY_COLUMNS.stream().mapToDouble(c -> number(row, c)).sum();
            assertThat(money).as(row.get("house") + ": money columns sum to net").isCloseTo(number(row, "net"),
                    within(1e-9));
            total += number(row, "net") + number(row, "social_welfare_value");
        }
        assertThat(total).isCloseTo(outcome.profit().orElseThrow().total(), within(1e-9));
    }

    /**
     * A house with a non-ASCII id and a display name: settlement.csv (UTF-8) has the name after the id, empty for
     * the house without one, and the report's settlement table shows it beside the id, escaped.
     */
    @Test
    void aHouseNameStandsBesideItsIdInSettlementCsvAndTheReport() throws IOException {
        CommunityCase plain = TestCommunities.periods(1)
                .house("mühle-ø", h -> h.pv(3).interruptible(1))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.20).p2p(0.10).ens(0.22).socialWelfareValue(0.055))
                .build();
        House mill = plain.houses().get(0);
        List<House> houses = List.of(new House(mill.id(), mill.community(), mill.chargerKw(), mill.drEnrolled(),
                mill.pv(), mill.interruptible(), mill.uninterruptible(), mill.drCallable(),
                Optional.of("Mühle <am> Bach, \"alt\"")), plain.houses().get(1));
        CommunityCase community = new CommunityCase(plain.name(), plain.date(), plain.currency(), plain.grid(),
                plain.communities(), houses, plain.guestEvs(), plain.guestEvScenarios(), plain.prices(),
                plain.switches());
        Settlement settlement = Settlement.of(community,
                Scheduler.run(community, SolverSettings.defaults()).schedule().orElseThrow());
        Path file = folder.resolve(ScheduleFiles.SETTLEMENT);

        ScheduleFiles.writeSettlement(file, settlement, Optional.empty());
        StringBuilder html = new StringBuilder();
        HtmlReport.settlement(html, community, settlement);

        assertThat(header(file).subList(0, 3)).containsExactly("house", "name", "community");
        List<CSVRecord> rows = read(file);
        assertThat(rows.get(0).get("house")).isEqualTo("mühle-ø");
        assertThat(rows.get(0).get("name")).isEqualTo("Mühle <am> Bach, \"alt\"");
        assertThat(rows.get(1).get("name")).isEmpty();
        assertThat(html.toString()).contains("<th>house</th><th>name</th>",
                "<tr><td class=\"id\">mühle-ø</td><td>Mühle &lt;am&gt; Bach, &quot;alt&quot;</td>",
                "<tr><td class=\"id\">b</td><td></td>");
    }

    @Test
    void compareShowsNetMoneyWithTheCommunityProfitSplitIntoMoneyAndWelfare() throws IOException {
        Comparison comparison = Comparison.run(twoHouses(), SolverSettings.defaults(), SolveMethod.DIRECT, d -> { });

        ComparisonReport.write(folder, comparison);
        String text = ComparisonReport.text(comparison);

        Map<String, CSVRecord> byScope = new java.util.HashMap<>();
        read(folder.resolve(ComparisonReport.FILE)).forEach(r -> byScope.put(r.get("scope"), r));
        assertThat(byScope).containsOnlyKeys("community", "community_net", "community_social_welfare_value", "a", "b");
        for (String variant : List.of("full", "standalone")) {
            assertThat(number(byScope.get("community_net"), variant)
                    + number(byScope.get("community_social_welfare_value"), variant))
                    .as(variant).isCloseTo(number(byScope.get("community"), variant), within(1e-9));
        }
        assertThat(number(byScope.get("a"), "full")).as("a's net money").isCloseTo(0.20, within(1e-9));
        assertThat(number(byScope.get("a"), "standalone")).isCloseTo(0.40, within(1e-9));
        assertThat(text).contains("each house's net money", "households' money", "welfare (not money)",
                "WORSE OFF: a nets 0.20 in money in the full scheme against 0.40 standing alone (0.20 ",
                "; welfare value ", ", not money)");
    }

    private static List<String> header(Path file) throws IOException {
        return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(","));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static double number(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
