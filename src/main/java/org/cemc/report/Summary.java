package org.cemc.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.check.CheckReport;
import org.cemc.community.Switches;
import org.cemc.result.ProfitTerm;
import org.cemc.schedule.Outcome;
import org.cemc.solve.SolveResult;

/** summary.json: the facts of one run (status, objective, gap, sizes, times, solver, options, checks). */
public final class Summary {
    public static final String FILE = "summary.json";
    private static final int VIOLATIONS_LISTED = 20;

    private Summary() {
    }

    public static void write(Path folder, Outcome outcome) throws IOException {
        Files.createDirectories(folder);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve(FILE).toFile(), of(outcome));
    }

    static Map<String, Object> of(Outcome outcome) {
        SolveResult solve = outcome.solve();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("case", outcome.community().name());
        json.put("status", solve.status().name());
        json.put("result_is", outcome.settings().relaxIntegers() ? "bound (LP relaxation)"
                : outcome.schedule().isPresent() ? "checked schedule" : "no schedule");
        json.put("message", solve.message());
        json.put("currency", outcome.community().currency());
        json.put("objective", finiteOrNull(solve.objective()));
        json.put("bound", finiteOrNull(solve.bound()));
        json.put("relative_gap", finiteOrNull(solve.relativeGap()));
        json.put("size", Map.of("variables", outcome.size().variables(), "constraints", outcome.size().constraints(),
                "binaries", outcome.size().binaries(), "houses", outcome.community().houses().size(),
                "guest_evs", outcome.community().guestEvs().size(), "periods", outcome.community().periods()));
        json.put("build_seconds", outcome.buildSeconds());
        json.put("solve_seconds", solve.solveSeconds());
        json.put("solver", Map.of("name", solve.solverName(), "version", solve.solverVersion()));
        json.put("options", options(outcome));
        json.put("refused_guest_evs", outcome.refusedEvs().stream()
                .map(h -> Map.of("id", h.ev().id(), "reason", h.refusal().orElse(""))).toList());
        json.put("checks", checks(outcome));
        outcome.profit().ifPresent(profit -> {
            Map<String, Object> terms = new LinkedHashMap<>();
            for (ProfitTerm term : ProfitTerm.values()) {
                terms.put(term.key(), profit.term(term));
            }
            terms.put("total", profit.total());
            json.put("profit", terms);
        });
        return json;
    }

    private static Map<String, Object> options(Outcome outcome) {
        Switches on = outcome.community().switches();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("solver", outcome.settings().backend().cliName());
        options.put("time_limit_seconds", outcome.settings().timeLimitSeconds());
        options.put("relative_gap", outcome.settings().relativeGap());
        options.put("p2p", on.p2p());
        options.put("dr", on.dr());
        options.put("guest_evs", on.guestEvs());
        options.put("v2g", on.v2g());
        options.put("exclusive_ev_mode", on.exclusiveEvMode());
        options.put("lp_relaxation", on.lpRelaxation());
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

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
