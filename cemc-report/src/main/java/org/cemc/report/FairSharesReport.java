package org.cemc.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.allocation.Allocation;
import org.cemc.allocation.CoreCheck;
import org.cemc.allocation.FairShares;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;

/**
 * Settlement rules side by side (docs/settlement.md, "Fair shares"): each house's stand-alone money, and under each
 * rule its money and its gain over standing alone; each rule's core check. Printed by {@code cemc compare
 * --settlement}, shown in report.html, and written as allocations.csv and core-check.csv.
 */
public final class FairSharesReport {
    public static final String ALLOCATIONS = "allocations.csv";
    public static final String CORE_CHECK = "core-check.csv";
    /** Marks a gain below zero: the house has less money under the rule than standing alone. */
    static final String WORSE_OFF = " *";

    private FairSharesReport() {
    }

    /**
     * Rows: a header, then per house its id, its stand-alone money, and for each rule its money (with the
     * interval's half-width when sampled) and its gain, marked {@link #WORSE_OFF} when negative; then the totals.
     */
    static List<List<String>> rows(FairShares shares, CommunityCase community) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("", "alone"));
        for (Allocation a : shares.allocations()) {
            header.add(a.rule().kind().key());
            header.add("gain");
        }
        rows.add(header);
        Allocation first = shares.allocations().get(0);
        for (int h = 0; h < community.houses().size(); h++) {
            List<String> row = new ArrayList<>(List.of(community.houses().get(h).id(),
                    money(first.standAloneMoney(h))));
            for (Allocation a : shares.allocations()) {
                row.add(money(a.share(h)) + (a.sampled() ? String.format(Locale.ROOT, " ±%.2f",
                        a.halfWidth(h)) : ""));
                row.add(money(a.gain(h)) + (a.betterOff(h) ? "" : WORSE_OFF));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("households' money", money(sum(first.standAlone()))));
        for (Allocation a : shares.allocations()) {
            total.add(money(a.total()));
            total.add(money(a.total() - sum(a.standAlone())));
        }
        rows.add(total);
        return rows;
    }

    /** What the table shows, in words. */
    static String legend(FairShares shares, CommunityCase community) {
        return String.format(Locale.ROOT, "Each house's money (%s) standing alone, and under each settlement rule its "
                + "money and its gain over standing alone; * marks a house worse off than alone.%s Every rule shares "
                + "the same money, the households' money of the one schedule; the social-welfare value is not money "
                + "and is not shared.", community.currency(),
                shares.allocations().stream().anyMatch(Allocation::sampled) ? " Sampled Shapley values are given "
                        + "with the half-width of their 95 % confidence interval." : "");
    }

    /** A rule's core check in a sentence; {@code blocked} when a coalition would earn more on its own. */
    record CoreLine(String text, boolean blocked) {
    }

    /**
     * Each rule's core check, a sentence each: over every coalition up to {@link CoreCheck#MAX_CORE_HOUSES} houses,
     * over the coalitions the rules solved beyond (a coalition found blocks; none found proves nothing of the rest).
     */
    static List<CoreLine> coreCheck(FairShares shares, CommunityCase community) {
        String over = shares.everyCoalition() ? "" : String.format(Locale.ROOT, " (over the %,d coalitions solved for "
                + "these rules, not all %s: every coalition is checked up to %d houses)", shares.coalitionsChecked(),
                allCoalitions(community.houses().size()), CoreCheck.MAX_CORE_HOUSES);
        List<CoreLine> lines = new ArrayList<>();
        for (int r = 0; r < shares.allocations().size(); r++) {
            String rule = shares.allocations().get(r).rule().kind().key();
            Optional<CoreCheck.BlockingCoalition> worst = shares.blocking().get(r);
            lines.add(worst.map(b -> new CoreLine(String.format(Locale.ROOT, "Core check, %s%s: the coalition %s "
                            + "would earn %.2f on its own against the %.2f this rule gives it, %.2f %s short (the "
                            + "worst coalition).", rule, over, members(b, community), b.value(), b.allocated(),
                    b.shortfall(), community.currency()), true))
                    .orElse(new CoreLine("Core check, " + rule + over + ": " + (shares.everyCoalition()
                            ? "in the core; no coalition would earn more on its own."
                            : "none of them would earn more on its own."), false)));
        }
        return lines;
    }

    /** 2^n - 1 in words: "262,143", or "2^40 - 1" where it is too large to write out. */
    private static String allCoalitions(int houses) {
        return houses < 63 ? String.format(Locale.ROOT, "%,d", (1L << houses) - 1) : "2^" + houses + " - 1";
    }

    /**
     * The case's settlement rule in a few lines, as {@code cemc solve} prints it after the profit table: the money
     * shared, how much the transfers move, the sampling, and the houses left below their stand-alone money (the
     * first five); settlement.csv has every house.
     */
    public static String summary(Allocation allocation, CommunityCase community) {
        String currency = community.currency();
        double moved = 0;
        for (int h = 0; h < allocation.houses(); h++) {
            moved += Math.max(0, allocation.transfer(h));
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%nSettlement by %s: %s %s of households' "
                        + "money shared (%s standing alone); transfers move %s %s from houses to others "
                        + "(settlement.csv)%n",
                allocation.rule().kind().key(), money(allocation.total()), currency,
                money(sum(allocation.standAlone())), money(moved), currency));
        if (allocation.sampled()) {
            double widest = Arrays.stream(allocation.halfWidths()).max().orElse(0);
            text.append(String.format(Locale.ROOT, "Shapley values sampled over %d join orders (seed %d): the widest "
                    + "95 %% interval is ±%.3f %s%n", allocation.rule().permutations(), allocation.rule().seed(),
                    widest, currency));
        }
        List<Integer> worse = IntStream.range(0, allocation.houses()).filter(h -> !allocation.betterOff(h)).boxed()
                .toList();
        if (worse.isEmpty()) {
            text.append("Every house has at least its stand-alone money.").append(System.lineSeparator());
        } else {
            text.append(String.format(Locale.ROOT, "%d %s less than standing alone: %s%s%n", worse.size(),
                    worse.size() == 1 ? "house has" : "houses have", worse.stream().limit(5)
                            .map(h -> community.houses().get(h).id() + " " + money(allocation.gain(h)))
                            .collect(Collectors.joining(", ")), worse.size() > 5 ? ", ..." : ""));
        }
        return text.toString();
    }

    public static String text(FairShares shares, CommunityCase community) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Settlement rules: each house's money, standing alone and under each rule, with its gain (%s; * "
                        + "worse off than alone)%n", community.currency()));
        for (List<String> row : rows(shares, community)) {
            text.append(String.format(Locale.ROOT, "%-22s", row.get(0)));
            row.subList(1, row.size()).forEach(cell -> text.append(String.format(Locale.ROOT, "%15s", cell)));
            text.append(System.lineSeparator());
        }
        coreCheck(shares, community).forEach(line -> text.append(line.text()).append(System.lineSeparator()));
        return text.toString();
    }

    /**
     * allocations.csv, one row per house and rule: its net money at the P2P price, the rule's transfer, its money
     * under the rule ({@code settled_net}) with the half-width of a sampled value's interval (0 when exact), its
     * stand-alone money, its gain and whether it is better off.
     */
    public static void write(Path folder, FairShares shares, CommunityCase community) throws IOException {
        Files.createDirectories(folder);
        try (CSVPrinter csv = Compression.printer(folder.resolve(ALLOCATIONS), List.of("house", "name", "community",
                "rule", "net", "transfer", "settled_net", "half_width", "stand_alone_net", "gain", "better_off"))) {
            for (Allocation a : shares.allocations()) {
                for (int h = 0; h < community.houses().size(); h++) {
                    House house = community.houses().get(h);
                    csv.printRecord(house.id(), house.name().orElse(""), house.community(), a.rule().kind().key(),
                            Numbers.csv(a.netAtP2pPrice(h)), Numbers.csv(a.transfer(h)), Numbers.csv(a.share(h)),
                            Numbers.csv(a.halfWidth(h)), Numbers.csv(a.standAloneMoney(h)), Numbers.csv(a.gain(h)),
                            a.betterOff(h));
                }
            }
        }
        try (CSVPrinter csv = Compression.printer(folder.resolve(CORE_CHECK), List.of("rule", "checked",
                "coalitions_checked", "in_core", "coalition", "coalition_value", "allocated", "shortfall"))) {
            String checked = shares.everyCoalition() ? "all" : "solved";
            for (int r = 0; r < shares.allocations().size(); r++) {
                String rule = shares.allocations().get(r).rule().kind().key();
                Optional<CoreCheck.BlockingCoalition> worst = shares.blocking().get(r);
                if (worst.isPresent()) {
                    CoreCheck.BlockingCoalition b = worst.get();
                    csv.printRecord(rule, checked, shares.coalitionsChecked(), false, ids(b, community),
                            Numbers.csv(b.value()), Numbers.csv(b.allocated()), Numbers.csv(b.shortfall()));
                } else {
                    csv.printRecord(rule, checked, shares.coalitionsChecked(), shares.everyCoalition() ? true : "",
                            "", "", "", "");
                }
            }
        }
    }

    /** The houses of a coalition, space-separated ids. */
    private static String ids(CoreCheck.BlockingCoalition coalition, CommunityCase community) {
        return coalition.members().stream().mapToObj(h -> community.houses().get(h).id())
                .collect(Collectors.joining(" "));
    }

    /** The houses of a coalition in words: {a, b} (at most 6 named, then how many more). */
    private static String members(CoreCheck.BlockingCoalition coalition, CommunityCase community) {
        List<String> ids = coalition.members().stream().mapToObj(h -> community.houses().get(h).id()).toList();
        String named = String.join(", ", ids.subList(0, Math.min(6, ids.size())));
        return "{" + named + (ids.size() > 6 ? " and " + (ids.size() - 6) + " more" : "") + "}";
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", Math.abs(amount) < 0.005 ? 0 : amount);
    }
}
