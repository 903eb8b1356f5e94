package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cemc.allocation.Allocation;
import org.cemc.allocation.FairShares;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import org.cemc.result.Settlement;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settlement rules side by side on {@link SettlementCsvTest#twoHouses()}: a sells 2 kWh to b at 0.10 where export
 * pays 0.20, so at the P2P price a nets 0.20 against 0.40 alone, and b -0.20 against -0.40. Together their money is
 * 0, the same as their stand-alone money 0.40 - 0.40 (one grid price both ways: P2P saves b what it costs a), so
 * equal surplus division gives each its stand-alone money: a 0.40 (a transfer of +0.20), b -0.40 (-0.20).
 */
class FairSharesReportTest {
    private static final List<SettlementRule> RULES = List.of(SettlementRule.p2pPrice(),
            SettlementRule.of(SettlementRule.Kind.EQUAL_SURPLUS));

    @TempDir
    Path folder;

    private static Settlement settlement() {
        Outcome outcome = Scheduler.run(SettlementCsvTest.twoHouses(), SolverSettings.defaults());
        return Settlement.of(outcome.community(), outcome.schedule().orElseThrow());
    }

    @Test
    void theRulesStandSideBySideWithTheCoreCheckInTheConsoleTheFilesAndTheReport() throws IOException {
        Settlement settlement = settlement();
        CommunityCase community = settlement.community();
        FairShares shares = FairShares.compare(settlement, RULES, SolverSettings.defaults(), n -> d -> { });

        FairSharesReport.write(folder, shares, community);
        String text = FairSharesReport.text(shares, community);
        StringBuilder html = new StringBuilder();
        HtmlReport.fairShares(html, community, shares);

        List<CSVRecord> allocations = read(folder.resolve(FairSharesReport.ALLOCATIONS));
        assertThat(allocations).extracting(r -> r.get("rule") + " " + r.get("house")).containsExactly(
                "p2p-price a", "p2p-price b", "equal-surplus a", "equal-surplus b");
        CSVRecord aAtPrice = allocations.get(0);
        assertThat(number(aAtPrice, "settled_net")).isCloseTo(0.20, within(1e-9));
        assertThat(number(aAtPrice, "gain")).isCloseTo(-0.20, within(1e-9));
        assertThat(aAtPrice.get("better_off")).isEqualTo("false");
        CSVRecord aEqual = allocations.get(2);
        assertThat(number(aEqual, "transfer")).isCloseTo(0.20, within(1e-9));
        assertThat(number(aEqual, "settled_net")).isCloseTo(0.40, within(1e-9));
        assertThat(aEqual.get("better_off")).isEqualTo("true");
        List<CSVRecord> core = read(folder.resolve(FairSharesReport.CORE_CHECK));
        assertThat(core.get(0).get("coalition")).isEqualTo("a");
        assertThat(number(core.get(0), "shortfall")).isCloseTo(0.20, within(1e-9));
        assertThat(core.get(1).get("in_core")).isEqualTo("true");
        assertThat(text).contains("-0.20 *", "Core check, p2p-price: the coalition {a} would earn 0.40 on its own "
                + "against the 0.20 this rule gives it, 0.20 USD short", "Core check, equal-surplus: in the core");
        assertThat(html.toString()).contains("id=\"fair-shares\"", "<td class=\"n warn\">-0.20 *</td>",
                "<p class=\"warn\">Core check, p2p-price");
    }

    @Test
    void settlementCsvShowsTheCasesRuleBesideTheMoneyFlows() throws IOException {
        Settlement settlement = settlement();
        Allocation equal = FairShares.compare(settlement, RULES.subList(1, 2), SolverSettings.defaults(),
                n -> d -> { }).allocations().get(0);
        Path file = folder.resolve(ScheduleFiles.SETTLEMENT);

        ScheduleFiles.writeSettlement(file, settlement, Optional.of(equal));

        List<CSVRecord> rows = read(file);
        assertThat(rows.get(0).getParser().getHeaderNames()).endsWith("net", "social_welfare_value",
                "net_with_welfare", "transfer", "settled_net", "half_width", "stand_alone_net", "gain");
        assertThat(number(rows.get(0), "net") + number(rows.get(0), "transfer"))
                .isCloseTo(number(rows.get(0), "settled_net"), within(1e-9));
        assertThat(number(rows.get(0), "transfer") + number(rows.get(1), "transfer")).isCloseTo(0, within(1e-9));
        assertThat(number(rows.get(1), "settled_net")).isCloseTo(-0.40, within(1e-9));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        }
    }

    private static double number(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
