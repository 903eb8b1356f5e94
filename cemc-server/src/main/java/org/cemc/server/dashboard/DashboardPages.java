package org.cemc.server.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.Summary;
import org.cemc.result.Flow;
import org.cemc.server.auth.Tokens;
import org.cemc.server.http.ApiException;
import org.cemc.server.http.Guard;
import org.cemc.server.http.PathIds;
import org.cemc.server.runs.ResultTables;
import org.cemc.server.runs.RunHandlers;
import org.cemc.server.runs.RunSchedules;
import org.cemc.server.store.CaseRecord;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.Grant;
import org.cemc.server.store.HouseFiles;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunStatus;
import org.cemc.server.store.RunStore;
import org.cemc.server.store.TokenStore;

/**
 * The dashboard, server-rendered: sign in with a token, then the operator sees the cases and their runs (the page
 * refreshes itself while a run is queued or running) and each done run's profit table, settlement and charts; a
 * household sees its own day, tabled and charted, from its case's latest done run. The token is kept in an HttpOnly,
 * SameSite=Strict cookie that only these pages read: the API takes only the Authorization header, so no other site
 * can act through the cookie.
 */
public final class DashboardPages {
    private static final String COOKIE = Guard.COOKIE;
    private static final int REFRESH_SECONDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The settlement rules in a household's words, by summary.json's options.settlement. */
    private static final Map<String, String> RULES = Map.of("shapley", "Shapley values (what each house adds to "
            + "the community, on average over the orders the houses could join in)", "equal-surplus", "equal surplus "
            + "division (each house gets its stand-alone money and an equal share of what the community earns more)");

    private final TokenStore tokens;
    private final CaseStore cases;
    private final RunStore runs;
    private final Optional<URI> publicUrl;

    /** @param publicUrl the origin browsers reach the pages at, where a proxy stands between (ServerConfig) */
    public DashboardPages(TokenStore tokens, CaseStore cases, RunStore runs, Optional<URI> publicUrl) {
        this.tokens = tokens;
        this.cases = cases;
        this.runs = runs;
        this.publicUrl = publicUrl;
    }

    /** GET /: the sign-in form, or the dashboard for someone signed in. */
    public void signInPage(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && tokens.find(Tokens.hash(token)).isPresent()) {
            ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.html(signInForm(""));
    }

    /**
     * POST /sign-in with the form's token: the cookie set and on to the dashboard, or the form again saying why. A
     * form posted from another site is refused, so no site can sign a visitor in under a token of its choosing.
     */
    public void signIn(Context ctx) {
        if (!postedFromThisSite(ctx)) {
            ctx.status(403).html(signInForm("Sign in on the sign-in page of this server."));
            return;
        }
        String token = Optional.ofNullable(ctx.formParam("token")).orElse("").trim();
        if (token.isEmpty() || tokens.find(Tokens.hash(token)).isEmpty()) {
            ctx.status(401).html(signInForm("That token is not known to this server."));
            return;
        }
        ctx.header("Set-Cookie", COOKIE + "=" + token + cookieAttributes(ctx));
        ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
    }

    /** POST /sign-out: the cookie cleared; refused from another site, as sign-in is. */
    public void signOut(Context ctx) {
        if (!postedFromThisSite(ctx)) {
            ctx.status(403).html(signInForm("Sign out on a page of this server."));
            return;
        }
        ctx.header("Set-Cookie", COOKIE + "=; Max-Age=0" + cookieAttributes(ctx));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /**
     * Whether a form was posted from this server's pages: browsers send the page's origin with every cross-site
     * POST, so one naming another origin came from another site (OWASP's origin check against cross-site request
     * forgery); a request without one did not come from another site's page.
     */
    private boolean postedFromThisSite(Context ctx) {
        String origin = ctx.header("Origin");
        return origin == null || origin.equals(origin(ctx));
    }

    /** The origin browsers see these pages at: the public URL where one is set, else the request's own. */
    private String origin(Context ctx) {
        return publicUrl.map(URI::toString).orElseGet(() -> ctx.scheme() + "://" + ctx.host());
    }

    /** Secure where the pages are reached over https (the browser then never sends the token unencrypted). */
    private String cookieAttributes(Context ctx) {
        return "; Path=/; HttpOnly; SameSite=Strict" + (origin(ctx).startsWith("https://") ? "; Secure" : "");
    }

    /** GET /dashboard: the operator's cases and runs, or a household's own day. */
    public void home(Context ctx) {
        Grant grant = ctx.attribute(Guard.GRANT);
        if (grant.role() == Grant.Role.HOUSEHOLD) {
            ctx.html(household(ctx, grant.caseId().orElseThrow(), grant.house().orElseThrow()));
        } else {
            ctx.html(operator());
        }
    }

    /** GET /dashboard/runs/{id}: one run's facts, profit table and settlement (operator). */
    public void run(Context ctx) {
        long id = PathIds.of(ctx, "run");
        RunRecord run = runs.find(id).orElseThrow(() -> ApiException.notFound("no run " + id + "."));
        CaseRecord stored = cases.find(run.caseId()).orElseThrow();
        StringBuilder body = new StringBuilder(Html.header("Run " + run.id() + " of " + stored.name(), "operator"));
        body.append("<p><a href=\"/dashboard\">All cases</a></p>").append(facts(run));
        if (run.status() == RunStatus.DONE) {
            String folder = shown(ctx, run);
            body.append(scenarioPicker(run, folder, "/dashboard/runs/" + run.id()));
            body.append("<h2>Profit</h2>").append(profitTable(table(run, folder + ScheduleFiles.PROFIT)));
            List<Map<String, Object>> settlement = table(run, folder + ScheduleFiles.SETTLEMENT);
            body.append("<h2>Settlement</h2>").append(Html.table(columns(settlement), settlement));
            body.append("<h2>Energy per period</h2>").append(RunCharts.html(RunCharts.community(
                    table(run, folder + ScheduleFiles.SCHEDULE), table(run, folder + ScheduleFiles.GUEST_EVS))));
        }
        String head = run.status() == RunStatus.DONE ? RunCharts.HEAD : active(run) ? refresh() : "";
        ctx.html(Html.page("Run " + run.id(), head, body.toString()));
    }

    private String operator() {
        StringBuilder body = new StringBuilder(Html.header("Cases", "operator"));
        List<CaseRecord> all = cases.list();
        if (all.isEmpty()) {
            body.append("<p>No case yet: upload one with <code>POST /api/v1/cases</code> (docs/server.md).</p>");
        }
        boolean active = false;
        for (CaseRecord stored : all) {
            body.append("<h2>").append(Html.escape(stored.name())).append(" <span class=\"muted\">case ")
                    .append(stored.id()).append(", ").append(stored.houses()).append(" houses, ")
                    .append(stored.periods()).append(" periods</span></h2>");
            List<RunRecord> ofCase = runs.ofCase(stored.id());
            if (ofCase.isEmpty()) {
                body.append("<p class=\"muted\">No run yet.</p>");
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RunRecord run : ofCase) {
                active |= active(run);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("run", run.id());
                row.put("status", run.status().key());
                row.put("progress", String.format(Locale.ROOT, "%.0f %%", 100 * run.progress()));
                row.put("objective", run.objective().map(DashboardPages::rounded).orElse(null));
                row.put("proven gap", run.relativeGap().map(g -> String.format(Locale.ROOT, "%.4f %%", 100 * g))
                        .orElse(null));
                row.put("checker", run.checkerPassed().map(p -> p ? "passed" : "FAILED").orElse(null));
                row.put("message", run.message().orElse(null));
                rows.add(row);
            }
            body.append(runLinks(Html.table(List.copyOf(rows.get(0).keySet()), rows), ofCase));
        }
        return Html.page("Cases", active ? refresh() : "", body.toString());
    }

    /** The runs table with each done run's number linking to its page. */
    private static String runLinks(String table, List<RunRecord> ofCase) {
        String linked = table;
        for (RunRecord run : ofCase) {
            if (run.status() == RunStatus.DONE) {
                linked = linked.replace("<tr><td class=\"n\">" + run.id() + "</td>", "<tr><td class=\"n\"><a href=\""
                        + "/dashboard/runs/" + run.id() + "\">" + run.id() + "</a></td>");
            }
        }
        return linked;
    }

    private String household(Context ctx, long caseId, String house) {
        CaseRecord stored = cases.find(caseId).orElseThrow();
        StringBuilder body = new StringBuilder(Html.header("House " + house + " · " + stored.name(),
                "household " + house));
        Optional<RunRecord> latest = runs.ofCase(caseId).stream().filter(r -> r.status() == RunStatus.DONE)
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            body.append("<p>No schedule has been published for your community yet.</p>");
            return Html.page("House " + house, "", body.toString());
        }
        RunRecord run = latest.get();
        String folder = shown(ctx, run);
        body.append(scenarioPicker(run, folder, "/dashboard"));
        HouseFiles own = RunHandlers.houseFiles(runs, run, folder, house);
        Map<String, Object> settlement = ResultTables.rows(own.settlement()).get(0);
        JsonNode summary = summary(run);
        String currency = summary.get("currency").asText();
        body.append("<h2>What you pay and earn</h2>");
        List<Map<String, Object>> money = new ArrayList<>();
        for (Flow flow : Flow.cashFlows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("money flow", flow.label());
            row.put(currency + " (+ received, − paid)", money(settlement.get(flow.key())));
            money.add(row);
        }
        body.append(Html.table(List.copyOf(money.get(0).keySet()), money));
        body.append("<p><strong>Net, in money: ").append(Html.escape(money(settlement.get("net")) + " " + currency))
                .append("</strong></p>");
        if (settlement.containsKey("transfer")) {
            // The case shares its money by a rule other than the P2P price (docs/settlement.md, "Fair shares").
            String rule = summary.get("options").get("settlement").asText();
            body.append("<p>Your community shares its money by ").append(Html.escape(RULES.getOrDefault(rule, rule)))
                    .append(": it pays you ").append(Html.escape(money(settlement.get("transfer")) + " " + currency))
                    .append(" on top of the flows above, so your money for the day is <strong>")
                    .append(Html.escape(money(settlement.get("settled_net")) + " " + currency))
                    .append("</strong>; alone with the grid you would have ")
                    .append(Html.escape(money(settlement.get("stand_alone_net")) + " " + currency))
                    .append(".</p>");
        }
        body.append("<p>Apart from that, the social-welfare value of your day (not money): ")
                .append(Html.escape(money(settlement.get(Flow.SOCIAL_WELFARE.key())) + " " + currency))
                .append("</p>");
        List<Map<String, Object>> day = ResultTables.rows(own.schedule());
        List<Map<String, Object>> guests = ResultTables.rows(own.guestEvs());
        body.append("<h2>Your day</h2>").append(RunCharts.html(RunCharts.house(house, day, guests)));
        body.append(Html.table(List.of("start_hour", "pv_kwh", "grid_import_kwh", "grid_export_kwh",
                "dr_curtailed_kwh", "p2p_sold_kwh", "p2p_bought_kwh", "guest_evs_parked"), day));
        body.append("<h2>Guest EVs at your charger</h2>").append(guests.isEmpty() ? "<p>None.</p>"
                : Html.table(List.of("ev", "start_hour", "charge_kwh", "discharge_kwh", "soc_fraction"), guests));
        return Html.page("House " + house, RunCharts.HEAD, body.toString());
    }

    /**
     * Where the files of the schedule a page shows are: the run's own, or on a stochastic run the scenario the page
     * names ({@code ?scenario=}), the first (the likeliest) when it names none.
     */
    private String shown(Context ctx, RunRecord run) {
        Optional<String> named = Optional.ofNullable(ctx.queryParam(RunSchedules.SCENARIO));
        return RunSchedules.stochastic(run) ? RunSchedules.folder(runs, run, Optional.of(named.orElse("1")))
                : RunSchedules.folder(runs, run, named);
    }

    /** On a stochastic run: its scenarios, each linking to its schedule, the one shown in bold. */
    private String scenarioPicker(RunRecord run, String folder, String page) {
        List<RunSchedules.Scenario> scenarios = RunSchedules.scenarios(runs, run);
        if (scenarios.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p>Guest EVs are uncertain: this schedule holds for ")
                .append(scenarios.size()).append(" scenarios of tomorrow's guests, which share the decisions taken "
                        + "the day before (export mode, P2P role, DR). Showing scenario:</p><ul class=\"scenarios\">");
        for (RunSchedules.Scenario scenario : scenarios) {
            String label = "scenario " + scenario.index() + ": probability " + String.format(Locale.ROOT, "%.2f",
                    scenario.probability()) + ", " + scenario.guestEvs() + " guest EV" + (scenario.guestEvs() == 1
                    ? "" : "s") + ", profit " + rounded(scenario.profit());
            boolean current = folder.equals(RunSchedules.folder(scenario.index()));
            html.append("<li>").append(current ? "<strong>" + Html.escape(label) + "</strong>"
                    : "<a href=\"" + page + "?scenario=" + scenario.index() + "\">" + Html.escape(label) + "</a>")
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String facts(RunRecord run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status", run.status().key());
        row.put(RunSchedules.stochastic(run) ? "expected profit" : "objective",
                run.objective().map(DashboardPages::rounded).orElse(null));
        row.put("proven gap", run.relativeGap().map(g -> String.format(Locale.ROOT, "%.4f %%", 100 * g))
                .orElse(null));
        row.put("checker", run.checkerPassed().map(p -> (p ? "passed" : "FAILED") + run.checks()
                .map(n -> " (" + n + " checks)").orElse("")).orElse(null));
        row.put("options", run.options());
        row.put("message", run.message().orElse(null));
        return Html.table(List.copyOf(row.keySet()), List.of(row));
    }

    /** profit.csv's long rows as the paper's table: one row per term, one column per scope. */
    private static String profitTable(List<Map<String, Object>> rows) {
        String amount = rows.isEmpty() ? "" : rows.get(0).keySet().stream().filter(c -> c.startsWith("amount_"))
                .findFirst().orElseThrow();
        Map<String, Map<String, Object>> byTerm = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(List.of("term"));
        for (Map<String, Object> row : rows) {
            String scope = row.get("scope").toString();
            if (!columns.contains(scope)) {
                columns.add(scope);
            }
            byTerm.computeIfAbsent(row.get("label").toString(), label -> {
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("term", label);
                return term;
            }).put(scope, row.get(amount));
        }
        return Html.table(columns, new ArrayList<>(byTerm.values()));
    }

    /** The currency the run's case counts money in, as its summary.json says. */
    private JsonNode summary(RunRecord run) {
        try {
            return JSON.readTree(runs.file(run.id(), Summary.FILE).orElseThrow());
        } catch (IOException e) {
            throw new IllegalStateException("a stored summary.json is JSON", e);
        }
    }

    /** An amount of money as a household reads it: cents, with its sign (+2.05, −0.93). */
    private static String money(Object amount) {
        double value = Double.parseDouble(String.valueOf(amount));
        return String.format(Locale.ROOT, "%+.2f", value).replace('-', '−');
    }

    /** A money amount as the CSV files write it: at most six decimals (1.1874999999999998 is 1.1875). */
    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private List<Map<String, Object>> table(RunRecord run, String file) {
        return ResultTables.rows(runs.file(run.id(), file).orElseThrow());
    }

    private static List<String> columns(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
    }


    private static boolean active(RunRecord run) {
        return run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING;
    }

    private static String refresh() {
        return "<meta http-equiv=\"refresh\" content=\"" + REFRESH_SECONDS + "\">";
    }

    private static String signInForm(String error) {
        return Html.page("Sign in", "", "<h1>CEMC</h1><form method=\"post\" action=\"/sign-in\">"
                + "<p><label>Token <input type=\"password\" name=\"token\" id=\"token\" size=\"50\" autocomplete=\"off\">"
                + "</label> <button type=\"submit\" id=\"sign-in\">Sign in</button></p>"
                + (error.isEmpty() ? "" : "<p class=\"error\">" + Html.escape(error) + "</p>")
                + "<p class=\"muted\">The operator's token is in the server's data folder (admin-token); a household "
                + "gets its token from the operator.</p></form>");
    }
}
