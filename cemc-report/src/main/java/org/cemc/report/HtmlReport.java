package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.result.Flow;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Settlement;
import org.cemc.schedule.Comparison;
import org.cemc.schedule.Outcome;

/**
 * report.html: one self-contained page (plots embedded, no script, no server) with the case's inputs, the solver
 * and checker facts, the profit table, the comparison, the settlement and every plot.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";

    private HtmlReport() {
    }

    /** Writes the plots and report.html into {@code folder}. */
    public static void write(Path folder, Comparison comparison) throws IOException {
        Comparison.Variant full = comparison.variant(Comparison.Scheme.FULL);
        Outcome outcome = full.outcome();
        CommunityCase community = outcome.community();
        ProfitTable profit = outcome.profit().orElseThrow();
        Plots.write(folder, community, outcome.schedule().orElseThrow(), profit);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>CEMC report: ")
                .append(escape(community.name())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:3px 8px}")
                .append("td.n{text-align:right}th{background:#eee}.warn{color:#b00}img{max-width:100%}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(escape(community.name())).append("</h1>\n");
        inputs(html, community);
        facts(html, outcome);
        profitTable(html, community, profit);
        comparison(html, comparison);
        settlement(html, community, full.settlement());
        html.append("<h2 id=\"plots\">Plots</h2>\n");
        for (Map.Entry<String, String> plot : Plots.FILES.entrySet()) {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(folder.resolve(plot.getKey())));
            html.append("<figure><img alt=\"").append(escape(plot.getValue())).append("\" data-file=\"")
                    .append(plot.getKey()).append("\" src=\"data:image/png;base64,").append(data)
                    .append("\"><figcaption>").append(escape(plot.getValue())).append("</figcaption></figure>\n");
        }
        html.append("</body></html>\n");
        Files.writeString(folder.resolve(FILE), html, StandardCharsets.UTF_8);
    }

    private static void inputs(StringBuilder html, CommunityCase community) {
        html.append("<h2 id=\"inputs\">Inputs</h2>\n<table>");
        row(html, "communities", community.communities().stream().map(EnergyCommunity::name).toList().toString());
        row(html, "houses", community.houses().size() + " (" + community.houses().stream().filter(House::hasCharger)
                .count() + " with a charger for guests, " + community.houses().stream().filter(House::drEnrolled).count()
                + " enrolled in DR)");
        row(html, "day", ConsoleReport.count(community.periods(), "period", "periods") + " of "
                + Numbers.csv(community.grid().periodHours()) + " h");
        row(html, "PV, interruptible, uninterruptible demand", String.format(Locale.ROOT, "%.1f, %.1f, %.1f kWh",
                community.houses().stream().mapToDouble(h -> h.pv().sum()).sum(),
                community.houses().stream().mapToDouble(h -> h.interruptible().sum()).sum(),
                community.houses().stream().mapToDouble(h -> h.uninterruptible().sum()).sum()));
        row(html, "DR callable load", String.format(Locale.ROOT, "%.1f kWh",
                community.houses().stream().mapToDouble(h -> h.drCallable().sum()).sum()));
        row(html, "P2P price rule", community.prices().p2pMarket().rule().key());
        for (GuestEv ev : community.guestEvs()) {
            row(html, "guest EV " + ev.id(), String.format(Locale.ROOT, "arrives %.2f h, leaves %.2f h, %.0f %% of "
                            + "%.0f kWh on arrival, needs %.0f %%", ev.arrivalHour(), ev.departureHour(),
                    100 * ev.socArrival(), ev.batteryKwh(), 100 * ev.socRequired()));
        }
        html.append("</table>\n");
    }

    private static void facts(StringBuilder html, Outcome outcome) {
        html.append("<h2 id=\"solver\">Solver and checks</h2>\n<pre>").append(escape(ConsoleReport.facts(outcome)))
                .append("</pre>\n");
    }

    private static void profitTable(StringBuilder html, CommunityCase community, ProfitTable profit) {
        html.append("<h2 id=\"profit\">Profit table (").append(escape(community.currency())).append(")</h2>\n<table>")
                .append("<tr><th>term</th><th>paper</th>");
        community.communities().forEach(ec -> html.append("<th>").append(escape(ec.id())).append("</th>"));
        html.append("<th>total</th></tr>\n");
        for (ProfitTerm term : ProfitTerm.values()) {
            html.append("<tr><td>").append(escape(term.label())).append("</td><td>")
                    .append(escape(term.paperReference())).append("</td>");
            community.communities().forEach(ec -> cell(html, profit.term(term, ec.id())));
            cell(html, profit.term(term));
            html.append("</tr>\n");
        }
        html.append("<tr><th>Total profit</th><th></th>");
        community.communities().forEach(ec -> cell(html, profit.total(ec.id())));
        cell(html, profit.total());
        html.append("</tr></table>\n");
    }

    private static void comparison(StringBuilder html, Comparison comparison) {
        html.append("<h2 id=\"comparison\">Comparison: the value of each part of the scheme</h2>\n<p>")
                .append(escape(ComparisonReport.legend(community(comparison)))).append("</p>\n<table>");
        List<List<String>> rows = ComparisonReport.rows(comparison);
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr>");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String tag = r == 0 || c == 0 ? "th" : "td class=\"n\"";
                html.append('<').append(tag).append('>').append(escape(rows.get(r).get(c)))
                        .append("</").append(tag.split(" ")[0]).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        for (Comparison.Shortfall s : comparison.worseOffThanAlone()) {
            html.append("<p class=\"warn\">").append(escape(ComparisonReport.worseOff(s, community(comparison))))
                    .append("</p>\n");
        }
    }

    /** The settlement table, with a name column beside the house ids when a house has a display name. */
    static void settlement(StringBuilder html, CommunityCase community, Settlement settlement) {
        html.append("<h2 id=\"settlement\">Settlement: every house's money flows (")
                .append(escape(community.currency())).append(", + received, − paid)</h2>\n")
                .append("<p>The net is money: the sum of the money columns. The social-welfare value is what the ")
                .append("community's objective credits a house for self-supplied and P2P-sold energy; nobody pays it. ")
                .append("The net with welfare is the house's share of the community's profit.</p>\n")
                .append("<table><tr><th>house</th>");
        boolean named = community.houses().stream().anyMatch(house -> house.name().isPresent());
        if (named) {
            html.append("<th>name</th>");
        }
        for (Flow flow : Flow.cashFlows()) {
            html.append("<th>").append(escape(flow.label())).append("</th>");
        }
        html.append("<th>net (money)</th><th>").append(escape(Flow.SOCIAL_WELFARE.label()))
                .append("</th><th>net with welfare</th></tr>\n");
        for (int h = 0; h < community.houses().size(); h++) {
            House house = community.houses().get(h);
            html.append("<tr><td>").append(escape(house.id())).append("</td>");
            if (named) {
                html.append("<td>").append(escape(house.name().orElse(""))).append("</td>");
            }
            for (Flow flow : Flow.cashFlows()) {
                cell(html, settlement.total(h, flow));
            }
            cell(html, settlement.net(h));
            cell(html, settlement.socialWelfareValue(h));
            cell(html, settlement.netWithWelfare(h));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static CommunityCase community(Comparison comparison) {
        return comparison.variant(Comparison.Scheme.FULL).outcome().community();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static void cell(StringBuilder html, double amount) {
        html.append(String.format(Locale.ROOT, "<td class=\"n\">%.2f</td>", Math.abs(amount) < 0.005 ? 0 : amount));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
