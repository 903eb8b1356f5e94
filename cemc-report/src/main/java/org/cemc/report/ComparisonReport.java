package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.schedule.Comparison;

/**
 * The comparison table, printed and as compare.csv: in every variant, the community's profit split into the
 * households' money and the social-welfare value (not money), and each house's net money.
 */
public final class ComparisonReport {
    public static final String FILE = "compare.csv";
    static final String PROFIT_ROW = "community profit";
    static final String MONEY_ROW = "  households' money";
    static final String WELFARE_ROW = "  welfare (not money)";

    private ComparisonReport() {
    }

    /** Rows: the community's profit, its money and its welfare, then each house's net money; columns: the variants. */
    public static List<List<String>> rows(Comparison comparison) {
        CommunityCase community = comparison.variants().get(0).outcome().community();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        comparison.variants().forEach(v -> header.add(v.scheme().label()));
        rows.add(header);
        rows.add(row(PROFIT_ROW, comparison, Comparison.Variant::communityProfit, ComparisonReport::money));
        rows.add(row(MONEY_ROW, comparison, v -> v.settlement().communityNet(), ComparisonReport::money));
        rows.add(row(WELFARE_ROW, comparison, v -> v.settlement().communitySocialWelfareValue(),
                ComparisonReport::money));
        for (int h = 0; h < community.houses().size(); h++) {
            int house = h;
            rows.add(row(community.houses().get(h).id(), comparison, v -> v.settlement().net(house),
                    ComparisonReport::money));
        }
        return rows;
    }

    /** What the table shows, in words. */
    static String legend(CommunityCase community) {
        return String.format(Locale.ROOT, "Community profit (%s) is the objective: the households' money plus the "
                + "social-welfare value, which nobody pays. Each house's row is its net money (settlement.csv's net); "
                + "a house is flagged when it has less money in the full scheme than standing alone.",
                community.currency());
    }

    /**
     * A flagged house, in words: its money in both, the shortfall, and its social-welfare value beside; {@code house}
     * names it (its id in the console, its id and name in the report).
     */
    static String worseOff(String house, Comparison.Shortfall s, CommunityCase community) {
        return String.format(Locale.ROOT, "%s nets %.2f in money in the full scheme against %.2f standing alone "
                        + "(%.2f %s less; welfare value %.2f against %.2f, not money)", house, s.fullNet(),
                s.standaloneNet(), s.shortfall(), community.currency(), s.fullWelfare(), s.standaloneWelfare());
    }

    public static String text(Comparison comparison) {
        CommunityCase community = comparison.variants().get(0).outcome().community();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s: community profit (money + social-welfare value) and each house's net money (%s)%n",
                community.name(), community.currency()));
        for (List<String> row : rows(comparison)) {
            text.append(String.format(Locale.ROOT, "%-22s", row.get(0)));
            row.subList(1, row.size()).forEach(cell -> text.append(String.format(Locale.ROOT, "%16s", cell)));
            text.append(System.lineSeparator());
        }
        List<Comparison.Shortfall> worse = comparison.worseOffThanAlone();
        if (worse.isEmpty()) {
            text.append("Individual rationality: every house has at least as much money in the full scheme as "
                    + "standing alone.").append(System.lineSeparator());
        } else {
            for (Comparison.Shortfall s : worse) {
                text.append("WORSE OFF: ").append(worseOff(s.house(), s, community)).append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    /**
     * compare.csv: a row per scope, a column per variant. Scopes: {@code community} (the profit),
     * {@code community_net} (the houses' net money) and {@code community_social_welfare_value} (not money), which
     * add up to it, then each house's net money.
     */
    public static void write(Path folder, Comparison comparison) throws IOException {
        Files.createDirectories(folder);
        List<String> header = new ArrayList<>(List.of("scope"));
        comparison.variants().forEach(v -> header.add(v.scheme().name().toLowerCase(Locale.ROOT)));
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).build())) {
            csv.printRecord(row("community", comparison, Comparison.Variant::communityProfit, Numbers::csv));
            csv.printRecord(row("community_net", comparison, v -> v.settlement().communityNet(), Numbers::csv));
            csv.printRecord(row("community_social_welfare_value", comparison,
                    v -> v.settlement().communitySocialWelfareValue(), Numbers::csv));
            CommunityCase community = comparison.variants().get(0).outcome().community();
            for (int h = 0; h < community.houses().size(); h++) {
                int house = h;
                csv.printRecord(row(community.houses().get(h).id(), comparison, v -> v.settlement().net(house),
                        Numbers::csv));
            }
        }
    }

    private static List<String> row(String scope, Comparison comparison, ToDoubleFunction<Comparison.Variant> value,
                                    DoubleFunction<String> format) {
        List<String> row = new ArrayList<>(List.of(scope));
        comparison.variants().forEach(v -> row.add(format.apply(value.applyAsDouble(v))));
        return row;
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(amount) < 0.005 ? 0 : amount);
    }
}
