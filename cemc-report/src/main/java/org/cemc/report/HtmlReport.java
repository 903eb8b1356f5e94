package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cemc.allocation.FairShares;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.House;
import org.cemc.community.Stay;
import org.cemc.community.TimeGrid;
import org.cemc.model.HouseQuantity;
import org.cemc.result.EvPlan;
import org.cemc.result.Flow;
import org.cemc.result.HousePlan;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Schedule;
import org.cemc.result.Settlement;
import org.cemc.schedule.Comparison;
import org.cemc.schedule.Outcome;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.TieBreak;

/**
 * report.html: one self-contained page (plots embedded, no script, no server) that an operator can hand on: the
 * schedule's date and case, the solver and checker facts in words, the inputs and guest EVs (refused ones with the
 * reason), the profit table, the comparison, the settlement, the plots, each house's day and a glossary. Written as
 * well-formed XML (every element closed, only the XML entities) so that it parses as XHTML as well as HTML.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";

    /**
     * Houses given a "your day" section; beyond, the report says so and points to the settlement table and
     * settlement.csv, so that a case of thousands of houses keeps a report one can open and print.
     */
    static final int MAX_HOUSE_DAYS = 50;

    /** kWh below this is "nothing" (solver tolerances); money is nothing when it shows as 0.00. */
    private static final double NOTHING = 1e-6;

    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The glossary at the end of the report; every term is one of docs/glossary.md (HtmlReportTest checks). */
    static final List<Term> GLOSSARY = List.of(
            new Term("EC", "Energy community: a group of houses (a street, a block) that schedules together."),
            new Term("P2P", "Peer-to-peer trading: houses sell PV energy to each other, through a pool that balances "
                    + "every period, at the P2P clearing price."),
            new Term("DR", "Demand response: the utility calls part of a house's interruptible load for curtailment, "
                    + "pays an incentive per kWh curtailed and fines each called kWh that is not curtailed."),
            new Term("stand-by", "The payment an enrolled house receives per hour for being available to the DR "
                    + "program, called or not."),
            new Term("guest EV", "A visiting electric vehicle that parks at a house with a charger, pays a parking fee "
                    + "per hour and pays for the energy it charges. A guest EV is refused when no charger can bring it "
                    + "to the charge it needs before it leaves."),
            new Term("V2G", "Vehicle-to-grid: a hosted guest EV discharging through its host's meter; the host pays "
                    + "the EV for that energy."),
            new Term("export mode", "A period in which a house may export to the grid; it then buys no interruptible "
                    + "load from the grid in that period."),
            new Term("ENS", "Energy not supplied: interruptible demand left unserved, penalised per kWh."),
            new Term("social-welfare value", "A value per kWh the community produces for itself (self-supplied or sold "
                    + "P2P). The community's objective counts it; nobody pays it, so it is never part of a house's "
                    + "money."),
            new Term("net (money)", "What a house receives minus what it pays for the day. The net with welfare adds "
                    + "the social-welfare value: the house's share of the community's profit."),
            new Term("proven gap", "How far the schedule's profit can be below the best possible, as proven by the "
                    + "solver: (bound − profit) / profit. 0 % means proven optimal."),
            new Term("tie-break", "The rule that picks one schedule among those earning the community the same "
                    + "profit (guests served, demand served, least grid energy, charging from PV surplus and early), "
                    + "so every solver gives every house the same money."),
            new Term("checker", "CEMC's independent check of every constraint of the schedule before it is shown."),
            new Term("standing alone", "A house trading only with the grid: no P2P trading and no guest EVs, its own "
                    + "DR contract kept."),
            new Term("individual rationality", "Every house has at least as much money in the community as standing "
                    + "alone. A house that has less is flagged."),
            new Term("settlement rule", "How the schedule's money is shared among the houses: at the P2P price, by "
                    + "Shapley values, or by equal surplus division. The schedule is the same under every rule."),
            new Term("transfer", "What a settlement rule pays a house (+) or takes from it (−) on top of its money "
                    + "flows; the transfers sum to zero."),
            new Term("Shapley value", "A house's average marginal contribution to the community's money over every "
                    + "order in which the houses could join."),
            new Term("core", "The allocations no group of houses would leave: none gets less than it would earn on "
                    + "its own."));

    /** A glossary entry. */
    record Term(String term, String meaning) {
    }

    private HtmlReport() {
    }

    /** Writes the plots and report.html into {@code folder}; {@code computedAt} is shown as when it was computed. */
    public static void write(Path folder, Comparison comparison, Instant computedAt) throws IOException {
        write(folder, comparison, Optional.empty(), computedAt);
    }

    /** As {@link #write(Path, Comparison, Instant)}, with settlement rules side by side when given. */
    public static void write(Path folder, Comparison comparison, Optional<FairShares> fairShares, Instant computedAt)
            throws IOException {
        Comparison.Variant full = comparison.variant(Comparison.Scheme.FULL);
        Outcome outcome = full.outcome();
        CommunityCase community = outcome.community();
        ProfitTable profit = outcome.profit().orElseThrow();
        Schedule schedule = outcome.schedule().orElseThrow();
        Plots.write(folder, community, schedule, profit);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>CEMC report: ")
                .append(escape(community.name())).append(community.date().map(d -> ", " + d).orElse(""))
                .append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #bbb;padding:3px 8px;vertical-align:top}th{background:#eee;text-align:left}")
                .append("td.n{text-align:right;white-space:nowrap}.id{white-space:nowrap}.warn,.refused{color:#b00}")
                .append("img{max-width:100%}section.house{border-top:1px solid #ccc;margin-top:1.5em}")
                // On paper the settlement's sixteen columns must fit a portrait page: smaller type, tighter cells.
                .append("@media print{body{margin:0;max-width:none;font-size:10pt}table{font-size:8pt}")
                .append("td,th{padding:1px 3px}nav{display:none}h2,h3{break-after:avoid}")
                .append("figure,section.house,tr{break-inside:avoid}}")
                .append("</style></head><body>\n");
        header(html, community, computedAt, fairShares.isPresent());
        facts(html, outcome);
        inputs(html, community);
        guestEvs(html, community, schedule, outcome.refusedEvs());
        profitTable(html, community, profit);
        comparison(html, comparison);
        settlement(html, community, full.settlement());
        fairShares.ifPresent(shares -> fairShares(html, community, shares));
        plots(html, folder);
        houseDays(html, comparison, MAX_HOUSE_DAYS);
        glossary(html);
        html.append("</body></html>\n");
        Files.writeString(folder.resolve(FILE), html, StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder html, CommunityCase community, Instant computedAt, boolean fairShares) {
        List<String> links = new ArrayList<>(List.of(link("solver", "Solver and checks"), link("inputs", "Inputs"),
                link("guest-evs", "Guest EVs"), link("profit", "Profit"), link("comparison", "Comparison"),
                link("settlement", "Settlement")));
        if (fairShares) {
            links.add(link("fair-shares", "Settlement rules"));
        }
        links.addAll(List.of(link("plots", "Plots"), link("days", "Each house's day"), link("glossary", "Glossary")));
        html.append("<h1>").append(escape(community.name())).append("</h1>\n<p class=\"date\">")
                .append(community.date().map(d -> "Schedule for " + d.getDayOfWeek().getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH) + " " + d).orElse("The case gives no date for this schedule (add date: YYYY-MM-DD "
                        + "to its case.yaml to show it here)."))
                .append("<br/>Computed ").append(COMPUTED.format(computedAt)).append(" by CEMC.</p>\n")
                .append("<nav><p>")
                .append(String.join(" · ", links))
                .append("</p></nav>\n");
    }

    private static String link(String id, String text) {
        return "<a href=\"#" + id + "\">" + text + "</a>";
    }

    private static void facts(StringBuilder html, Outcome outcome) {
        CommunityCase community = outcome.community();
        SolveResult solve = outcome.solve();
        Outcome.ModelSize size = outcome.size();
        html.append("<h2 id=\"solver\">Solver and checks</h2>\n<table>");
        row(html, "case", community.name());
        row(html, "size", String.format(Locale.ROOT, "%s in %s, %s of %s h, %s",
                ConsoleReport.count(community.houses().size(), "house", "houses"),
                ConsoleReport.count(community.communities().size(), "community", "communities"),
                ConsoleReport.count(community.periods(), "period", "periods"), Numbers.csv(community.grid().periodHours()),
                ConsoleReport.count(community.guestEvs().size(), "guest EV", "guest EVs")));
        row(html, "model", String.format(Locale.ROOT, "%s: %,d variables (%,d binaries), %,d constraints, built in "
                + "%.2f s", size.form(), size.variables(), size.binaries(), size.constraints(), outcome.buildSeconds()));
        row(html, "solver", String.format(Locale.ROOT, "%s %s, solved in %.2f s", solve.solverName(),
                solve.solverVersion(), solve.solveSeconds()));
        row(html, "status", status(solve, outcome.settings().relativeGap()));
        row(html, "community profit (objective)", String.format(Locale.ROOT, "%.2f %s", solve.objective(),
                community.currency()));
        row(html, "proven gap", Double.isNaN(solve.relativeGap()) ? "unknown: the solver proved no bound"
                : String.format(Locale.ROOT, "%.4f %%: no schedule can earn the community more than %.2f %s (the "
                        + "solver's bound)", 100 * solve.relativeGap(), solve.bound(), community.currency()));
        row(html, "checker", outcome.check().map(check -> check.passed()
                ? String.format(Locale.ROOT, "passed: the schedule meets every constraint (%,d checks)",
                        check.rulesChecked())
                : "failed: " + ConsoleReport.count(check.violations().size(), "violation", "violations"))
                .orElse("not run"));
        row(html, "OR-Tools verifySolution", solve.solverVerified() ? "passed" : "failed");
        row(html, "tie-break", tieBreak(solve.tieBreak(), outcome.settings().tieBreak()));
        html.append("</table>\n");
    }

    /** How this schedule was picked among the equally profitable ones, in words. */
    private static String tieBreak(TieBreak tieBreak, boolean asked) {
        return switch (tieBreak.status()) {
            case APPLIED -> String.format(Locale.ROOT, "applied (%.2f s of solver time): of the schedules earning the same, the one "
                    + "CEMC's documented rule prefers, the same whichever solver finds it", tieBreak.seconds());
            case UNFINISHED -> String.format(Locale.ROOT, "unfinished in %.2f s of solver time: as profitable, but another "
                    + "solver may pick another schedule of the same profit", tieBreak.seconds());
            case NOT_RUN -> asked ? "not needed: no MILP chose among equally profitable schedules"
                    : "turned off (--no-tie-break): another solver may pick another schedule of the same profit";
        };
    }

    /** The solver's status in words (a report has a schedule, so the solve ended optimal or feasible). */
    private static String status(SolveResult solve, double requestedGap) {
        return solve.status() == SolveStatus.OPTIMAL
                ? String.format(Locale.ROOT, "optimal: proven best to within the requested gap of %s %%",
                        Numbers.csv(100 * requestedGap))
                : "feasible, not proven optimal (stopped by the time limit, or the decomposition's gap): see the proven "
                        + "gap";
    }

    private static void inputs(StringBuilder html, CommunityCase community) {
        html.append("<h2 id=\"inputs\">Inputs</h2>\n<table><tr><th>EC</th><th>name</th><th>houses</th>")
                .append("<th>with a charger for guests</th><th>enrolled in DR</th></tr>\n");
        for (EnergyCommunity ec : community.communities()) {
            List<House> houses = community.houses().stream().filter(h -> h.community().equals(ec.id())).toList();
            html.append("<tr><td class=\"id\">").append(escape(ec.id())).append("</td><td>").append(escape(ec.name()))
                    .append("</td><td class=\"n\">").append(houses.size()).append("</td><td class=\"n\">")
                    .append(houses.stream().filter(House::hasCharger).count()).append("</td><td class=\"n\">")
                    .append(houses.stream().filter(House::drEnrolled).count()).append("</td></tr>\n");
        }
        html.append("</table>\n<table>");
        row(html, "day", ConsoleReport.count(community.periods(), "period", "periods") + " of "
                + Numbers.csv(community.grid().periodHours()) + " h, from " + Plots.clock(0) + " to "
                + Plots.clock(community.grid().startHour(community.periods())));
        row(html, "PV, interruptible, uninterruptible demand", String.format(Locale.ROOT, "%.1f, %.1f, %.1f kWh",
                community.houses().stream().mapToDouble(h -> h.pv().sum()).sum(),
                community.houses().stream().mapToDouble(h -> h.interruptible().sum()).sum(),
                community.houses().stream().mapToDouble(h -> h.uninterruptible().sum()).sum()));
        row(html, "DR callable load", String.format(Locale.ROOT, "%.1f kWh",
                community.houses().stream().mapToDouble(h -> h.drCallable().sum()).sum()));
        row(html, "P2P price rule", community.prices().p2pMarket().rule().key());
        html.append("</table>\n");
    }

    /** Every guest EV's request and what became of it: its host, refused (and why), or not hosted. */
    private static void guestEvs(StringBuilder html, CommunityCase community, Schedule schedule,
                                 List<Hostability> refused) {
        html.append("<h2 id=\"guest-evs\">Guest EVs</h2>\n");
        if (community.guestEvs().isEmpty()) {
            html.append("<p>No guest EV asks to park.</p>\n");
            return;
        }
        html.append("<table><tr><th>guest EV</th><th>arrives</th><th>leaves</th><th>battery</th>")
                .append("<th>charged on arrival → needed</th><th>outcome</th></tr>\n");
        Map<String, String> refusals = refused.stream()
                .collect(Collectors.toMap(h -> h.ev().id(), h -> h.refusal().orElse("")));
        for (int e = 0; e < community.guestEvs().size(); e++) {
            GuestEv ev = community.guestEvs().get(e);
            Optional<String> host = schedule.evs().get(e).host();
            html.append("<tr><td class=\"id\">").append(escape(ev.id())).append("</td><td>")
                    .append(Plots.clock(ev.arrivalHour())).append("</td><td>").append(Plots.clock(ev.departureHour()))
                    .append(String.format(Locale.ROOT, "</td><td class=\"n\">%.0f kWh</td><td>%.0f %% → %.0f %%</td>",
                            ev.batteryKwh(), 100 * ev.socArrival(), 100 * ev.socRequired()));
            if (refusals.containsKey(ev.id())) {
                html.append("<td class=\"refused\">refused: ").append(escape(refusals.get(ev.id()))).append("</td>");
            } else if (host.isPresent()) {
                html.append("<td>hosted by <span class=\"id\">").append(escape(label(community, host.get())))
                        .append("</span></td>");
            } else {
                html.append("<td>not hosted: ").append(community.switches().guestEvs()
                        ? "no free charger, or hosting it would not pay" : "guest EVs are switched off").append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void profitTable(StringBuilder html, CommunityCase community, ProfitTable profit) {
        html.append("<h2 id=\"profit\">Profit table (").append(escape(community.currency())).append(")</h2>\n");
        List<EnergyCommunity> ecs = community.communities().size() <= ConsoleReport.MAX_EC_COLUMNS
                ? community.communities() : List.of();
        if (ecs.isEmpty()) {
            html.append("<p>The whole community's profit only (").append(community.communities().size())
                    .append(" ECs); <code>cemc solve --out DIR</code> writes each EC's to profit.csv.</p>\n");
        }
        html.append("<table><tr><th>term</th><th>paper</th>");
        ecs.forEach(ec -> html.append("<th class=\"id\">").append(escape(ec.id())).append("</th>"));
        html.append("<th>total</th></tr>\n");
        for (ProfitTerm term : ProfitTerm.values()) {
            html.append("<tr><td>").append(escape(term.label())).append("</td><td>")
                    .append(escape(term.paperReference())).append("</td>");
            ecs.forEach(ec -> cell(html, profit.term(term, ec.id())));
            cell(html, profit.term(term));
            html.append("</tr>\n");
        }
        html.append("<tr><th>Total profit</th><th></th>");
        ecs.forEach(ec -> cell(html, profit.total(ec.id())));
        cell(html, profit.total());
        html.append("</tr></table>\n");
    }

    /** The comparison table, each house row with the house's name beside its id when the case names houses. */
    private static void comparison(StringBuilder html, Comparison comparison) {
        CommunityCase community = community(comparison);
        boolean named = named(community);
        html.append("<h2 id=\"comparison\">Comparison: the value of each part of the scheme</h2>\n<p>")
                .append(escape(ComparisonReport.legend(community))).append("</p>\n<table>");
        List<List<String>> rows = ComparisonReport.rows(comparison);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Optional<House> house = community.houses().stream().filter(h -> h.id().equals(row.get(0))).findFirst();
            html.append("<tr><th").append(house.isPresent() ? " class=\"id\">" : ">").append(escape(row.get(0).strip()))
                    .append("</th>");
            if (named) {
                html.append(r == 0 ? "<th>name</th>" : "<td>" + escape(house.flatMap(House::name).orElse("")) + "</td>");
            }
            for (String value : row.subList(1, row.size())) {
                html.append(r == 0 ? "<th>" : "<td class=\"n\">").append(escape(value)).append(r == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        for (Comparison.Shortfall s : comparison.worseOffThanAlone()) {
            html.append("<p class=\"warn\">").append(escape(ComparisonReport.worseOff(label(community, s.house()), s,
                    community))).append("</p>\n");
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
        boolean named = named(community);
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
            html.append("<tr><td class=\"id\">").append(escape(house.id())).append("</td>");
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

    /** Settlement rules side by side ({@link FairSharesReport}), with each rule's core check. */
    static void fairShares(StringBuilder html, CommunityCase community, FairShares shares) {
        html.append("<h2 id=\"fair-shares\">Settlement rules: who gets what, and against standing alone</h2>\n<p>")
                .append(escape(FairSharesReport.legend(shares, community))).append("</p>\n<table>");
        List<List<String>> rows = FairSharesReport.rows(shares, community);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean house = r > 0 && r < rows.size() - 1;
            html.append("<tr><th").append(house ? " class=\"id\">" : ">")
                    .append(escape(house ? label(community, row.get(0)) : row.get(0))).append("</th>");
            for (String value : row.subList(1, row.size())) {
                boolean worse = value.endsWith(FairSharesReport.WORSE_OFF);
                html.append(r == 0 ? "<th>" : worse ? "<td class=\"n warn\">" : "<td class=\"n\">")
                        .append(escape(value)).append(r == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        for (FairSharesReport.CoreLine line : FairSharesReport.coreCheck(shares, community)) {
            html.append("<p").append(line.blocked() ? " class=\"warn\">" : ">").append(escape(line.text()))
                    .append("</p>\n");
        }
    }

    /** "Your day" of the first {@code maxHouses} houses, in the case's order. */
    static void houseDays(StringBuilder html, Comparison comparison, int maxHouses) {
        CommunityCase community = community(comparison);
        int houses = community.houses().size();
        html.append("<h2 id=\"days\">Each house's day</h2>\n<p>What the schedule asks of each house and what it pays "
                + "and earns, in clock time (periods of ").append(Numbers.csv(community.grid().periodHours()))
                .append(" h).");
        if (houses > maxHouses) {
            html.append(String.format(Locale.ROOT, " Shown for the first %d of %d houses, to keep this report short; "
                    + "the settlement table above has every house's money, and <code>cemc solve --out DIR</code> "
                    + "writes every house's money and periods to settlement.csv and schedule.csv.", maxHouses, houses));
        }
        html.append("</p>\n");
        for (int h = 0; h < Math.min(houses, maxHouses); h++) {
            houseDay(html, comparison, h);
        }
    }

    private static void houseDay(StringBuilder html, Comparison comparison, int h) {
        Comparison.Variant full = comparison.variant(Comparison.Scheme.FULL);
        CommunityCase community = full.outcome().community();
        Schedule schedule = full.outcome().schedule().orElseThrow();
        TimeGrid grid = community.grid();
        House house = community.houses().get(h);
        HousePlan plan = schedule.house(house.id());
        String ec = community.communities().stream().filter(c -> c.id().equals(house.community()))
                .map(EnergyCommunity::name).findFirst().orElse(house.community());
        html.append("<section class=\"house\" id=\"day-").append(escape(house.id())).append("\"><h3><span class=\"id\">")
                .append(escape(house.id())).append("</span>").append(house.name().map(n -> " " + escape(n)).orElse(""))
                .append(", ").append(escape(ec)).append("</h3>\n");

        IntPredicate called = t -> house.drCallable().at(t) > NOTHING;
        IntPredicate curtailed = t -> plan.get(HouseQuantity.DR_CURTAILED, t) > NOTHING;
        double calledKwh = house.drCallable().sum();
        double curtailedKwh = plan.series(HouseQuantity.DR_CURTAILED).sum();
        html.append("<p>");
        if (!house.drEnrolled()) {
            html.append("Not enrolled in demand response (DR).");
        } else if (!community.switches().dr()) {
            html.append("Enrolled in DR, but the case switches DR off.");
        } else if (calledKwh <= NOTHING) {
            html.append("Enrolled in DR; no load is called today.");
        } else {
            html.append(String.format(Locale.ROOT, "DR is called %s for %.2f kWh in all; the schedule curtails "
                    + "%.2f kWh", ranges(grid, called), calledKwh, curtailedKwh))
                    .append(curtailedKwh > NOTHING ? " (" + ranges(grid, curtailed) + ")" : "");
            if (calledKwh - curtailedKwh > NOTHING) {
                html.append(String.format(Locale.ROOT, ", and %.2f kWh called is not curtailed and is fined",
                        calledKwh - curtailedKwh));
            }
            html.append('.');
        }
        List<Integer> guests = IntStream.range(0, community.guestEvs().size())
                .filter(e -> schedule.evs().get(e).host().filter(house.id()::equals).isPresent()).boxed().toList();
        html.append(' ');
        if (!house.hasCharger()) {
            html.append("No charger for guest EVs.");
        } else if (guests.isEmpty()) {
            html.append(String.format(Locale.ROOT, "Your charger (%s kW) hosts no guest EV today.",
                    Numbers.csv(house.chargerKw())));
        }
        for (int e : guests) {
            GuestEv ev = community.guestEvs().get(e);
            EvPlan ep = schedule.evs().get(e);
            Stay stay = ev.stay(grid);
            double charged = IntStream.range(stay.first(), stay.end()).mapToDouble(t -> ep.chargeAt(house.id(), t)).sum();
            double discharged = IntStream.range(stay.first(), stay.end())
                    .mapToDouble(t -> ep.dischargeAt(house.id(), t)).sum();
            html.append("Guest EV <span class=\"id\">").append(escape(ev.id())).append("</span> parks at your charger ")
                    .append(ranges(grid, stay::contains)).append(" (it arrives ").append(Plots.clock(ev.arrivalHour()))
                    .append(" and leaves ").append(Plots.clock(ev.departureHour()))
                    .append(String.format(Locale.ROOT, "); it charges %.2f kWh", charged));
            if (charged > NOTHING) {
                html.append(" (").append(ranges(grid, t -> ep.chargeAt(house.id(), t) > NOTHING)).append(')');
            }
            if (discharged > NOTHING) {
                html.append(String.format(Locale.ROOT, " and discharges %.2f kWh through your meter (V2G, ", discharged))
                        .append(ranges(grid, t -> ep.dischargeAt(house.id(), t) > NOTHING)).append(')');
            }
            html.append(". ");
        }
        html.append("</p>\n");
        periodTable(html, community, schedule, house, guests);
        money(html, comparison, h);
        html.append("</section>\n");
    }

    /** The periods in which something happens at the house: DR called, or a guest EV parked. */
    private static void periodTable(StringBuilder html, CommunityCase community, Schedule schedule, House house,
                                    List<Integer> guests) {
        TimeGrid grid = community.grid();
        HousePlan plan = schedule.house(house.id());
        List<Integer> periods = IntStream.range(0, community.periods()).filter(t -> house.drCallable().at(t) > NOTHING
                || guests.stream().anyMatch(e -> community.guestEvs().get(e).stay(grid).contains(t))).boxed().toList();
        if (periods.isEmpty()) {
            return;
        }
        html.append("<table><tr><th>time</th><th>DR called (kWh)</th><th>curtailed (kWh)</th><th>guest EV</th>")
                .append("<th>EV charges (kWh)</th><th>EV discharges (kWh)</th></tr>\n");
        for (int t : periods) {
            int period = t;
            List<Integer> parked = guests.stream()
                    .filter(e -> community.guestEvs().get(e).stay(grid).contains(period)).toList();
            html.append("<tr><td class=\"id\">").append(Plots.clock(grid.startHour(t))).append("–")
                    .append(Plots.clock(grid.startHour(t + 1))).append("</td>");
            kwh(html, house.drCallable().at(t));
            kwh(html, plan.get(HouseQuantity.DR_CURTAILED, t));
            html.append("<td class=\"id\">").append(parked.isEmpty() ? "–" : escape(parked.stream()
                    .map(e -> community.guestEvs().get(e).id()).collect(Collectors.joining(", ")))).append("</td>");
            kwh(html, parked.stream().mapToDouble(e -> schedule.evs().get(e).chargeAt(house.id(), period)).sum());
            kwh(html, parked.stream().mapToDouble(e -> schedule.evs().get(e).dischargeAt(house.id(), period)).sum());
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** What the house receives and pays, its net money, its welfare value beside, and against standing alone. */
    private static void money(StringBuilder html, Comparison comparison, int h) {
        Settlement settlement = comparison.variant(Comparison.Scheme.FULL).settlement();
        CommunityCase community = settlement.community();
        String currency = escape(community.currency());
        List<String> received = new ArrayList<>();
        List<String> paid = new ArrayList<>();
        double receivedTotal = 0;
        double paidTotal = 0;
        for (Flow flow : Flow.cashFlows()) {
            double amount = shown(settlement.total(h, flow));
            if (amount > 0) {
                received.add(String.format(Locale.ROOT, "%s %.2f", inSentence(flow.label()), amount));
                receivedTotal += amount;
            } else if (amount < 0) {
                paid.add(String.format(Locale.ROOT, "%s %.2f", inSentence(flow.label()), -amount));
                paidTotal -= amount;
            }
        }
        html.append(String.format(Locale.ROOT, "<p>Money for the day: you receive %.2f %s", receivedTotal, currency))
                .append(received.isEmpty() ? "" : " (" + escape(String.join(", ", received)) + ")")
                .append(String.format(Locale.ROOT, " and pay %.2f %s", paidTotal, currency))
                .append(paid.isEmpty() ? "" : " (" + escape(String.join(", ", paid)) + ")")
                .append(String.format(Locale.ROOT, ": your net is <strong>%s %s</strong>.", signed(settlement.net(h)),
                        currency))
                .append(String.format(Locale.ROOT, " Beside it, not money: a social-welfare value of %.2f %s (net "
                        + "with welfare %s %s).", shown(settlement.socialWelfareValue(h)), currency,
                        signed(settlement.netWithWelfare(h)), currency));
        double alone = comparison.variant(Comparison.Scheme.STANDALONE).settlement().net(h);
        double difference = settlement.net(h) - alone;
        html.append(String.format(Locale.ROOT, " Standing alone (no P2P trading, no guest EVs) you would net %s %s: ",
                signed(alone), currency));
        if (Math.abs(difference) < 0.005) {
            html.append("in money you are as well off in the community.");
        } else if (difference > 0) {
            html.append(String.format(Locale.ROOT, "you are better off in the community by %.2f %s.", difference,
                    currency));
        } else {
            html.append(String.format(Locale.ROOT, "<span class=\"warn\">you are worse off in the community by %.2f "
                    + "%s</span>.", -difference, currency));
        }
        html.append("</p>\n");
    }

    /** A label within a sentence: "Stand-by payment" becomes "stand-by payment"; "DR incentive" stays. */
    private static String inSentence(String label) {
        String firstWord = label.split(" ")[0];
        return firstWord.equals(firstWord.toUpperCase(Locale.ROOT)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Periods where {@code happens} holds, as clock-time ranges: "09:00–11:00, 14:00–14:30". */
    static String ranges(TimeGrid grid, IntPredicate happens) {
        List<String> ranges = new ArrayList<>();
        int t = 0;
        while (t < grid.periods()) {
            if (!happens.test(t)) {
                t++;
                continue;
            }
            int from = t;
            while (t < grid.periods() && happens.test(t)) {
                t++;
            }
            ranges.add(Plots.clock(grid.startHour(from)) + "–" + Plots.clock(grid.startHour(t)));
        }
        return String.join(", ", ranges);
    }

    private static void plots(StringBuilder html, Path folder) throws IOException {
        html.append("<h2 id=\"plots\">Plots</h2>\n");
        for (Map.Entry<String, String> plot : Plots.FILES.entrySet()) {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(folder.resolve(plot.getKey())));
            html.append("<figure><img alt=\"").append(escape(plot.getValue())).append("\" data-file=\"")
                    .append(plot.getKey()).append("\" src=\"data:image/png;base64,").append(data)
                    .append("\"/><figcaption>").append(escape(plot.getValue())).append("</figcaption></figure>\n");
        }
    }

    private static void glossary(StringBuilder html) {
        html.append("<h2 id=\"glossary\">Glossary</h2>\n<table>");
        for (Term term : GLOSSARY) {
            row(html, term.term(), term.meaning());
        }
        html.append("</table>\n");
    }

    private static boolean named(CommunityCase community) {
        return community.houses().stream().anyMatch(house -> house.name().isPresent());
    }

    /** A house's id, with its display name when it has one. */
    private static String label(CommunityCase community, String id) {
        return community.houses().stream().filter(h -> h.id().equals(id)).findFirst().map(Plots::label).orElse(id);
    }

    private static CommunityCase community(Comparison comparison) {
        return comparison.variant(Comparison.Scheme.FULL).outcome().community();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static void cell(StringBuilder html, double amount) {
        html.append(String.format(Locale.ROOT, "<td class=\"n\">%.2f</td>", shown(amount)));
    }

    private static void kwh(StringBuilder html, double kwh) {
        html.append(kwh > NOTHING ? String.format(Locale.ROOT, "<td class=\"n\">%.2f</td>", kwh) : "<td class=\"n\">–</td>");
    }

    /** An amount as shown to two decimals, never "-0.00". */
    private static double shown(double amount) {
        return Math.abs(amount) < 0.005 ? 0 : amount;
    }

    private static String signed(double amount) {
        return String.format(Locale.ROOT, "%+.2f", shown(amount)).replace("+0.00", "0.00");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
