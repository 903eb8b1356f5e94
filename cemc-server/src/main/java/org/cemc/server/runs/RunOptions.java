package org.cemc.server.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cemc.community.Switches;
import org.cemc.schedule.EvMode;
import org.cemc.schedule.SolveMethod;
import org.cemc.server.http.ApiException;
import org.cemc.server.http.JsonObject;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;

/**
 * How to schedule a run, the JSON twin of {@code cemc solve}'s options: {@code solver}, {@code time_limit},
 * {@code gap}, {@code method}, {@code tie_break}, {@code switches} and {@code ev_mode}, each optional with the
 * command line's default.
 * A switch given replaces the case's own (case.yaml {@code options:}); one not given keeps it.
 *
 * @param timeLimitSeconds more than 0, at most {@link #MAX_TIME_LIMIT_SECONDS}
 * @param relativeGap at least 0
 * @param tieBreak pick the schedule CEMC's rule prefers among equally profitable ones (docs/model.md, "Ties"), as
 *     the command line does unless told {@code --no-tie-break}
 * @param evMode for a case with guest EVs given as distributions: one schedule for their representatives, or the
 *     stochastic program's schedule per scenario ({@code cemc solve --ev-mode})
 */
public record RunOptions(SolverBackend solver, double timeLimitSeconds, double relativeGap, SolveMethod method,
                         boolean tieBreak, SwitchChoices switches, EvMode evMode) {
    /** A run holds a worker for at most this long; longer solves belong on the command line. */
    public static final double MAX_TIME_LIMIT_SECONDS = 3600;
    static final Set<String> FIELDS = Set.of("solver", "time_limit", "gap", "method", "tie_break", "switches",
            "ev_mode");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The switches a run sets; an empty one keeps the case's value.
     */
    public record SwitchChoices(Optional<Boolean> p2p, Optional<Boolean> dr, Optional<Boolean> guestEvs,
                                Optional<Boolean> v2g, Optional<Boolean> exclusiveEvMode) {
        static final Set<String> FIELDS = Set.of("p2p", "dr", "guest_evs", "v2g", "exclusive_ev_mode");

        static SwitchChoices none() {
            return new SwitchChoices(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        /** The case's switches with these choices applied. */
        public Switches applyTo(Switches fromCase) {
            Switches on = fromCase;
            on = on.withP2p(p2p.orElse(on.p2p()));
            on = on.withDr(dr.orElse(on.dr()));
            on = on.withGuestEvs(guestEvs.orElse(on.guestEvs()));
            on = on.withV2g(v2g.orElse(on.v2g()));
            return on.withExclusiveEvMode(exclusiveEvMode.orElse(on.exclusiveEvMode()));
        }

        private Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            p2p.ifPresent(on -> json.put("p2p", on));
            dr.ifPresent(on -> json.put("dr", on));
            guestEvs.ifPresent(on -> json.put("guest_evs", on));
            v2g.ifPresent(on -> json.put("v2g", on));
            exclusiveEvMode.ifPresent(on -> json.put("exclusive_ev_mode", on));
            return json;
        }
    }

    public RunOptions {
        if (!(timeLimitSeconds > 0) || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS || !(relativeGap >= 0)
                || !Double.isFinite(relativeGap)) {
            throw new IllegalArgumentException("time limit in (0, 3600] and finite gap >= 0");
        }
    }

    /** The options of a request body; a 400 naming the field for each wrong or unknown one. */
    public static RunOptions parse(JsonObject body) {
        SolverBackend solver = solver(body.text("solver").orElse(SolverBackend.CBC.cliName()));
        double timeLimit = body.number("time_limit").orElse(SolverSettings.DEFAULT_TIME_LIMIT_SECONDS);
        if (!(timeLimit > 0) || timeLimit > MAX_TIME_LIMIT_SECONDS) {
            throw ApiException.badRequest("time_limit", "field time_limit must be more than 0 and at most "
                    + plain(MAX_TIME_LIMIT_SECONDS) + " seconds; got " + plain(timeLimit) + ".");
        }
        double gap = body.number("gap").orElse(SolverSettings.DEFAULT_RELATIVE_GAP);
        if (!(gap >= 0) || !Double.isFinite(gap)) {
            throw ApiException.badRequest("gap", "field gap must be at least 0; got " + plain(gap) + ".");
        }
        String methodName = body.text("method").orElse(SolveMethod.AUTO.cliName());
        SolveMethod method = Arrays.stream(SolveMethod.values()).filter(m -> m.cliName().equals(methodName))
                .findFirst().orElseThrow(() -> ApiException.badRequest("method", "field method: \"" + methodName
                        + "\" is not known; choose auto, direct or decomposition."));
        boolean tieBreak = body.bool("tie_break").orElse(true);
        SwitchChoices switches = body.object("switches", SwitchChoices.FIELDS).map(s -> new SwitchChoices(
                s.bool("p2p"), s.bool("dr"), s.bool("guest_evs"), s.bool("v2g"), s.bool("exclusive_ev_mode")))
                .orElse(SwitchChoices.none());
        String evModeName = body.text("ev_mode").orElse(EvMode.REPRESENTATIVES.cliName());
        EvMode evMode = EvMode.named(evModeName).orElseThrow(() -> ApiException.badRequest("ev_mode",
                "field ev_mode: \"" + evModeName + "\" is not known; choose " + EvMode.choices() + "."));
        return new RunOptions(solver, timeLimit, gap, method, tieBreak, switches, evMode);
    }

    /** Options stored by {@link #toJson()}, read back as a request's are (a restart picks queued runs up so). */
    public static RunOptions fromJson(String json) {
        return parse(JsonObject.parse(json.getBytes(StandardCharsets.UTF_8), FIELDS));
    }

    private static SolverBackend solver(String name) {
        SolverBackend backend = Arrays.stream(SolverBackend.values()).filter(b -> b.cliName().equals(name))
                .findFirst().orElseThrow(() -> ApiException.badRequest("solver", "field solver: \"" + name
                        + "\" is not known; choose cbc, highs or scip."));
        if (!MilpSolver.isAvailable(backend)) {
            throw ApiException.badRequest("solver", "field solver: " + name + " is not available in this OR-Tools "
                    + "build; try cbc.");
        }
        return backend;
    }

    public SolverSettings settings() {
        return new SolverSettings(solver, timeLimitSeconds, relativeGap, false, tieBreak);
    }

    /** These options as JSON, every default filled in: what a run stores and shows. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("solver", solver.cliName());
        json.put("time_limit", timeLimitSeconds);
        json.put("gap", relativeGap);
        json.put("method", method.cliName());
        json.put("tie_break", tieBreak);
        json.put("switches", switches.json());
        json.put("ev_mode", evMode.cliName());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values always writes", e);
        }
    }

    private static String plain(double value) {
        return Double.isFinite(value) ? new BigDecimal(Double.toString(value)).stripTrailingZeros()
                .toPlainString() : Double.toString(value).toLowerCase(Locale.ROOT);
    }
}
