package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.schedule.Comparison;

/** The comparison table, printed and as compare.csv: community profit and each house's net in every variant. */
public final class ComparisonReport {
    public static final String FILE = "compare.csv";

    private ComparisonReport() {
    }

    /** Rows: the community, then each house; columns: the variants. */
    public static List<List<String>> rows(Comparison comparison) {
        CommunityCase community = comparison.variants().get(0).outcome().community();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        comparison.variants().forEach(v -> header.add(v.scheme().label()));
        rows.add(header);
        List<String> total = new ArrayList<>(List.of("community profit"));
        comparison.variants().forEach(v -> total.add(money(v.communityProfit())));
        rows.add(total);
        for (int h = 0; h < community.houses().size(); h++) {
            List<String> row = new ArrayList<>(List.of(community.houses().get(h).id()));
            for (Comparison.Variant v : comparison.variants()) {
                row.add(money(v.settlement().net(h)));
            }
            rows.add(row);
        }
        return rows;
    }

    public static String text(Comparison comparison) {
        CommunityCase community = comparison.variants().get(0).outcome().community();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s: community profit and each house's net (%s)%n", community.name(), community.currency()));
        for (List<String> row : rows(comparison)) {
            text.append(String.format(Locale.ROOT, "%-18s", row.get(0)));
            row.subList(1, row.size()).forEach(cell -> text.append(String.format(Locale.ROOT, "%16s", cell)));
            text.append(System.lineSeparator());
        }
        List<Comparison.Shortfall> worse = comparison.worseOffThanAlone();
        if (worse.isEmpty()) {
            text.append("Individual rationality: every house is at least as well off in the full scheme as standing "
                    + "alone.").append(System.lineSeparator());
        } else {
            for (Comparison.Shortfall s : worse) {
                text.append(String.format(Locale.ROOT, "WORSE OFF: %s nets %.2f in the full scheme against %.2f "
                        + "standing alone (%.2f %s less)%n", s.house(), s.fullNet(), s.standaloneNet(), s.shortfall(),
                        community.currency()));
            }
        }
        return text.toString();
    }

    public static void write(Path folder, Comparison comparison) throws IOException {
        Files.createDirectories(folder);
        List<List<String>> rows = rows(comparison);
        List<String> header = new ArrayList<>(List.of("scope"));
        comparison.variants().forEach(v -> header.add(v.scheme().name().toLowerCase(Locale.ROOT)));
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).build())) {
            List<String> total = new ArrayList<>(List.of("community"));
            comparison.variants().forEach(v -> total.add(Numbers.csv(v.communityProfit())));
            csv.printRecord(total);
            CommunityCase community = comparison.variants().get(0).outcome().community();
            for (int h = 0; h < community.houses().size(); h++) {
                List<String> row = new ArrayList<>(List.of(community.houses().get(h).id()));
                for (Comparison.Variant v : comparison.variants()) {
                    row.add(Numbers.csv(v.settlement().net(h)));
                }
                csv.printRecord(row);
            }
        }
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(amount) < 0.005 ? 0 : amount);
    }
}
