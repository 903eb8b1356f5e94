package org.cemc.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemc.check.CheckReport;
import org.cemc.community.CommunityCase;
import org.cemc.community.Switches;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.SolveMethod;
import org.cemc.schedule.StochasticOutcome;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;

/** summary.json: the facts of one run (status, objective, gap, sizes, times, solver, options, checks). */
public final class Summary {
    public static final String FILE = "summary.json";
    private static final int VIOLATIONS_LISTED = 20;

    private Summary() {
    }

    public static void write(Path folder, Map<String, Object> summary) throws IOException {
        Files.createDirectories(folder);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve(FILE).toFile(), summary);
    }

    public static Map<String, Object> of(Outcome outcome) {
        SolveResult solve = outcome.solve();
        Map<String, Object> json = common(outcome.community(), outcome.settings(), outcome.method(), outcome.size(),
                outcome.buildSeconds(), solve, outcome.schedule().isPresent());
        json.put("refused_guest_evs", outcome.refusedEvs().stream()
                .map(h -> Map.of("id", h.ev().id(), "reason", h.refusal().orElse(""))).toList());
        json.put("checks", checks(outcome));
        outcome.profit().ifPresent(profit -> json.put("profit", terms(profit)));
        return rounded(json);
    }

    /** The stochastic program's summary: the expected profit and each scenario's probability and profit. */
    public static Map<String, Object> of(StochasticOutcome outcome) {
        Map<String, Object> json = common(outcome.base(), outcome.settings(), SolveMethod.DIRECT, outcome.size(),
                outcome.buildSeconds(), outcome.solve(), outcome.trusted());
        json.put("ev_mode", "stochastic");
        json.put("expected_profit", outcome.trusted() ? outcome.expectedProfit() : null);
        json.put("scenarios", outcome.scenarios().stream().map(s -> {
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("scenario", s.index());
            scenario.put("probability", s.probability());
            scenario.put("guest_evs", s.community().guestEvs().size());
            scenario.put("checker_passed", s.check().map(CheckReport::passed).orElse(null));
            scenario.put("profit", s.profit().map(Summary::terms).orElse(null));
            return scenario;
        }).toList());
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("or_tools_verify_solution", outcome.solve().solverVerified());
        checks.put("expected_profit_equals_objective", outcome.expectationCheck().map(CheckReport::passed).orElse(null));
        checks.put("first_stage_shared", outcome.firstStageCheck().map(CheckReport::passed).orElse(null));
        json.put("checks", checks);
        return rounded(json);
    }

    private static Map<String, Object> common(CommunityCase community, SolverSettings settings, SolveMethod method,
                                              Outcome.ModelSize size, double buildSeconds, SolveResult solve,
                                              boolean scheduled) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("case", community.name());
        json.put("status", solve.status().name());
        json.put("result_is", settings.relaxIntegers() ? "bound (LP relaxation)"
                : scheduled ? "checked schedule" : "no schedule");
        json.put("message", solve.message());
        json.put("currency", community.currency());
        json.put("objective", finiteOrNull(solve.objective()));
        json.put("bound", finiteOrNull(solve.bound()));
        json.put("relative_gap", finiteOrNull(solve.relativeGap()));
        Map<String, Object> sizes = new LinkedHashMap<>();
        sizes.put("variables", size.variables());
        sizes.put("constraints", size.constraints());
        sizes.put("binaries", size.binaries());
        sizes.put("houses", community.houses().size());
        sizes.put("guest_evs", community.guestEvs().size());
        sizes.put("periods", community.periods());
        json.put("size", sizes);
        json.put("build_seconds", buildSeconds);
        json.put("solve_seconds", solve.solveSeconds());
        Map<String, Object> solver = new LinkedHashMap<>();
        solver.put("name", solve.solverName());
        solver.put("version", solve.solverVersion());
        solver.put("method", method.cliName());
        solver.put("model_form", size.form());
        Map<String, Object> tieBreak = new LinkedHashMap<>();
        tieBreak.put("status", solve.tieBreak().status().name().toLowerCase(Locale.ROOT));
        tieBreak.put("seconds", solve.tieBreak().seconds());
        solver.put("tie_break", tieBreak);
        json.put("solver", solver);
        json.put("options", options(community, settings));
        return json;
    }

    private static Map<String, Object> terms(ProfitTable profit) {
        Map<String, Object> terms = new LinkedHashMap<>();
        for (ProfitTerm term : ProfitTerm.values()) {
            terms.put(term.key(), profit.term(term));
        }
        terms.put("total", profit.total());
        return terms;
    }

    private static Map<String, Object> options(CommunityCase community, SolverSettings settings) {
        Switches on = community.switches();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("solver", settings.backend().cliName());
        options.put("time_limit_seconds", settings.timeLimitSeconds());
        options.put("relative_gap", settings.relativeGap());
        options.put("p2p", on.p2p());
        options.put("dr", on.dr());
        options.put("guest_evs", on.guestEvs());
        options.put("v2g", on.v2g());
        options.put("exclusive_ev_mode", on.exclusiveEvMode());
        options.put("lp_relaxation", settings.relaxIntegers());
        options.put("tie_break", settings.tieBreak());
        options.put("settlement", community.settlement().kind().key());
        return options;
    }

    private static Map<String, Object> checks(Outcome outcome) {
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("or_tools_verify_solution", outcome.check().isPresent() ? outcome.solve().solverVerified() : null);
        CheckReport report = outcome.check().orElse(null);
        checks.put("checker_passed", report == null ? null : report.passed());
        checks.put("checker_rules_checked", report == null ? 0 : report.rulesChecked());
        checks.put("checker_violations", report == null ? List.of()
                : report.violations().stream().limit(VIOLATIONS_LISTED).map(Object::toString).toList());
        return checks;
    }

    /**
     * The summary with every finite floating-point number rounded as in the CSV files ({@link Numbers#rounded}: at
     * most six decimals, no exponent), times and ratios included; counts stay integers, other values as they are.
     */
    @SuppressWarnings("unchecked")
    private static <T> T rounded(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, rounded(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(Summary::rounded).toList();
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return (T) Numbers.rounded(((Number) value).doubleValue());
        }
        return value;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
