package org.cemc.server.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import org.cemc.report.FirstStageFile;
import org.cemc.report.ScheduleFiles;
import org.cemc.schedule.EvMode;
import org.cemc.server.http.ApiException;
import org.cemc.server.http.JsonObject;
import org.cemc.server.http.PathIds;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.HouseFiles;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunStatus;
import org.cemc.server.store.RunStore;

/** Runs and their results: queue one, watch it, cancel it, read its tables as JSON or as the command line's CSV. */
public final class RunHandlers {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CSV = "text/csv";

    private final CaseStore cases;
    private final RunStore runs;
    private final RunQueue queue;

    public RunHandlers(CaseStore cases, RunStore runs, RunQueue queue) {
        this.cases = cases;
        this.runs = runs;
        this.queue = queue;
    }

    /** POST /cases/{id}/runs: the options checked, the run stored and queued → 202 {id, status}. */
    public void submit(Context ctx) {
        long caseId = PathIds.of(ctx, "case");
        if (cases.find(caseId).isEmpty()) {
            throw ApiException.notFound("no case " + caseId + ".");
        }
        RunOptions options = RunOptions.parse(JsonObject.of(ctx, RunOptions.FIELDS));
        if (options.evMode() == EvMode.STOCHASTIC) {
            CommunityCase community = RunExecution.read(cases, caseId);
            if (community.guestEvScenarios().isEmpty()) {
                throw ApiException.badRequest("ev_mode", "field ev_mode: \"stochastic\" needs guest EVs given as "
                        + "distributions, but case " + caseId + " has no guest_ev_scenarios block (see "
                        + "docs/scenarios.md).");
            }
            if (community.settlement().kind() != SettlementRule.Kind.P2P_PRICE) {
                throw ApiException.badRequest("ev_mode", "field ev_mode: \"stochastic\" settles each scenario at "
                        + "the P2P price, but case " + caseId + " names settlement: "
                        + community.settlement().kind().key() + ", which shares one day's schedule (see "
                        + "docs/settlement.md); ask for the day's run, or upload the case without settlement:.");
            }
        }
        long id = queue.submit(caseId, options);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", RunStatus.QUEUED.key());
        ctx.status(202).header("Location", "/api/v1/runs/" + id).json(body);
    }

    /** GET /cases/{id}/runs: the case's runs, oldest first. */
    public void listOfCase(Context ctx) {
        long caseId = PathIds.of(ctx, "case");
        if (cases.find(caseId).isEmpty()) {
            throw ApiException.notFound("no case " + caseId + ".");
        }
        ctx.json(runs.ofCase(caseId).stream().map(RunHandlers::view).toList());
    }

    /** GET /runs/{id}: the run's status and result, with a done stochastic run's scenarios. */
    public void get(Context ctx) {
        RunRecord run = find(ctx);
        Map<String, Object> view = view(run);
        if (run.status() == RunStatus.DONE && RunSchedules.stochastic(run)) {
            view.put("scenarios", RunSchedules.scenarios(runs, run).stream().map(scenario -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("scenario", scenario.index());
                json.put("probability", scenario.probability());
                json.put("guest_evs", scenario.guestEvs());
                json.put("profit", scenario.profit());
                return json;
            }).toList());
        }
        ctx.json(view);
    }

    /** DELETE /runs/{id}: cancels a queued or running run; 409 if it had already ended. */
    public void cancel(Context ctx) {
        RunRecord run = find(ctx);
        if (!queue.cancel(run.id())) {
            throw new ApiException(409, "run " + run.id() + " has already ended ("
                    + runs.find(run.id()).map(r -> r.status().key()).orElse("deleted") + "); there is nothing to "
                    + "cancel.");
        }
        ctx.json(view(runs.find(run.id()).orElseThrow()));
    }

    /**
     * GET /runs/{id}/profit, /schedule, /settlement, /guest-evs (of a scenario on a stochastic run), /first-stage:
     * one result file, as JSON rows or as CSV.
     */
    public io.javalin.http.Handler table(String file) {
        return ctx -> {
            RunRecord run = done(find(ctx));
            if (file.equals(FirstStageFile.FILE) && scenario(ctx).isPresent()) {
                throw ApiException.badRequest(RunSchedules.SCENARIO, "query parameter scenario: the first stage is "
                        + "one for every scenario; leave the parameter out.");
            }
            String folder = file.equals(FirstStageFile.FILE) ? "" : RunSchedules.folder(runs, run, scenario(ctx));
            byte[] csv = resultFile(run, folder + file);
            if (wantsCsv(ctx)) {
                ctx.contentType(CSV + "; charset=utf-8").result(csv);
            } else {
                ctx.json(ResultTables.rows(csv));
            }
        };
    }

    /** GET /runs/{id}/houses/{house}: the house's rows of schedule.csv, settlement.csv and guest-evs.csv. */
    public void house(Context ctx) {
        RunRecord run = done(find(ctx));
        String house = ctx.pathParam("house");
        if (!cases.hasHouse(run.caseId(), house)) {
            throw ApiException.notFound("run " + run.id() + "'s case has no house \"" + house + "\".");
        }
        String folder = RunSchedules.folder(runs, run, scenario(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run", run.id());
        body.put("house", house);
        if (!folder.isEmpty()) {
            body.put(RunSchedules.SCENARIO, Integer.parseInt(scenario(ctx).orElseThrow().trim()));
        }
        HouseFiles day = houseFiles(runs, run, folder, house);
        body.put("schedule", ResultTables.rows(day.schedule()));
        List<Map<String, Object>> settlement = ResultTables.rows(day.settlement());
        body.put("settlement", settlement.isEmpty() ? null : settlement.get(0));
        body.put("guest_evs", ResultTables.rows(day.guestEvs()));
        ctx.json(body);
    }

    /**
     * A done run's part of its files for one house of its case (schedule.csv has every house): as stored, or for a
     * run finished before the parts were stored, cut from the whole files.
     */
    public static HouseFiles houseFiles(RunStore runs, RunRecord run, String folder, String house) {
        return runs.houseFiles(run.id(), folder, house).orElseGet(() -> Objects.requireNonNull(HouseFiles.split(
                runs.file(run.id(), folder + ScheduleFiles.SCHEDULE).orElseThrow(),
                runs.file(run.id(), folder + ScheduleFiles.SETTLEMENT).orElseThrow(),
                runs.file(run.id(), folder + ScheduleFiles.GUEST_EVS).orElseThrow()).get(house),
                () -> "run " + run.id() + "'s schedule has no house " + house));
    }

    private static Optional<String> scenario(Context ctx) {
        return Optional.ofNullable(ctx.queryParam(RunSchedules.SCENARIO));
    }

    private RunRecord find(Context ctx) {
        long id = PathIds.of(ctx, "run");
        return runs.find(id).orElseThrow(() -> ApiException.notFound("no run " + id + "."));
    }

    private static RunRecord done(RunRecord run) {
        if (run.status() != RunStatus.DONE) {
            throw new ApiException(409, "run " + run.id() + " is " + run.status().key() + "; its results are there "
                    + "only once it is done" + run.message().map(m -> " (" + m + ")").orElse("") + ".");
        }
        return run;
    }

    private byte[] resultFile(RunRecord run, String file) {
        return runs.file(run.id(), file).orElseThrow(() -> new IllegalStateException("run " + run.id()
                + " is done but has no " + file));
    }

    private static boolean wantsCsv(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && Set.of(accept.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*")).stream()
                .anyMatch(type -> type.startsWith(CSV));
    }

    static Map<String, Object> view(RunRecord run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", run.id());
        view.put("case", run.caseId());
        view.put("status", run.status().key());
        view.put("progress", run.progress());
        try {
            view.put("options", MAPPER.readTree(run.options().getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored options are JSON", e);
        }
        view.put("objective", run.objective().orElse(null));
        view.put("relative_gap", run.relativeGap().orElse(null));
        if (run.checkerPassed().isPresent()) {
            Map<String, Object> checker = new LinkedHashMap<>();
            checker.put("passed", run.checkerPassed().get());
            checker.put("checks", run.checks().orElse(null));
            view.put("checker", checker);
        } else {
            view.put("checker", null);
        }
        view.put("message", run.message().orElse(null));
        view.put("created_at", run.createdAt().toString());
        view.put("started_at", run.startedAt().map(Object::toString).orElse(null));
        view.put("finished_at", run.finishedAt().map(Object::toString).orElse(null));
        return view;
    }
}
