package org.cemc.server.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cemc.report.Summary;
import org.cemc.schedule.EvMode;
import org.cemc.server.http.ApiException;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunStore;

/**
 * The schedules a done run holds: one, or with {@code ev_mode} stochastic one per guest-EV scenario, whose files
 * are stored under {@code scenario-K/} as {@code cemc solve --ev-mode stochastic --out} writes them. Requests for
 * a run's tables name the scenario with the query parameter {@code scenario}, required on a stochastic run and
 * refused on any other.
 */
public final class RunSchedules {
    public static final String SCENARIO = "scenario";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scenario of a stochastic run, as its summary.json tells it. */
    public record Scenario(int index, double probability, int guestEvs, double profit) {
    }

    private RunSchedules() {
    }

    /**
     * Whether the run solved the stochastic program, read from its stored options (written with every default
     * filled in, so ev_mode is there). Read, not re-validated as a request's options are: that would make an
     * OR-Tools solver on every read of a result, to check the run's solver is available.
     */
    public static boolean stochastic(RunRecord run) {
        try {
            return EvMode.STOCHASTIC.cliName().equals(JSON.readTree(run.options()).path("ev_mode").asText());
        } catch (IOException e) {
            throw new IllegalStateException("stored options are JSON", e);
        }
    }

    /** The folder a scenario's files are stored under, as the command line names it. */
    public static String folder(int scenario) {
        return "scenario-" + scenario + "/";
    }

    /**
     * Where the files of the schedule a request asks for are stored: the run's own (""), or with {@code scenario}
     * given, that scenario's folder; a 400 naming the parameter where it is missing, not a scenario of the run, or
     * given for a run with one schedule.
     */
    public static String folder(RunStore runs, RunRecord run, Optional<String> scenario) {
        if (!stochastic(run)) {
            if (scenario.isPresent()) {
                throw ApiException.badRequest(SCENARIO, "query parameter scenario: run " + run.id() + " has one "
                        + "schedule (ev_mode " + EvMode.REPRESENTATIVES.cliName() + "); leave the parameter out.");
            }
            return "";
        }
        int count = scenarios(runs, run).size();
        String given = scenario.orElseThrow(() -> ApiException.badRequest(SCENARIO, "query parameter scenario: "
                + "run " + run.id() + " is stochastic and has one schedule per guest-EV scenario; name one with "
                + "?scenario=1 to " + count + "."));
        return folder(index(run, given, count));
    }

    /** A stochastic run's scenarios, from its summary.json; none for a run with one schedule. */
    public static List<Scenario> scenarios(RunStore runs, RunRecord run) {
        if (!stochastic(run)) {
            return List.of();
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(runs.file(run.id(), Summary.FILE).orElseThrow(() -> new IllegalStateException(
                    "run " + run.id() + " is done but has no " + Summary.FILE)));
        } catch (IOException e) {
            throw new IllegalStateException("a stored summary.json is JSON", e);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode scenario : summary.get("scenarios")) {
            scenarios.add(new Scenario(scenario.get("scenario").asInt(), scenario.get("probability").asDouble(),
                    scenario.get("guest_evs").asInt(), scenario.get("profit").get("total").asDouble()));
        }
        return scenarios;
    }

    private static int index(RunRecord run, String given, int count) {
        try {
            int index = Integer.parseInt(given.trim());
            if (index >= 1 && index <= count) {
                return index;
            }
        } catch (NumberFormatException notANumber) {
            // Said below, with the range.
        }
        throw ApiException.badRequest(SCENARIO, "query parameter scenario must be 1 to " + count + " for run "
                + run.id() + "; got \"" + given + "\".");
    }
}
