package org.cemc.server;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static org.cemc.server.auth.Access.OPERATOR;
import static org.cemc.server.auth.Access.OPERATOR_OR_THE_HOUSE;
import static org.cemc.server.auth.Access.OPERATOR_PAGE;
import static org.cemc.server.auth.Access.PUBLIC;
import static org.cemc.server.auth.Access.SIGNED_IN_PAGE;

import java.util.List;
import java.util.Map;
import org.cemc.report.FirstStageFile;
import org.cemc.report.ScheduleFiles;
import org.cemc.server.auth.TokenHandlers;
import org.cemc.server.cases.CaseHandlers;
import org.cemc.server.dashboard.DashboardPages;
import org.cemc.server.http.ApiDocs;
import org.cemc.server.http.Route;
import org.cemc.server.runs.RunHandlers;

/** Every route of the service in one table: method, path, who may call it, what it does, its handler. */
final class Routes {
    static final String API = "/api/v1";

    private Routes() {
    }

    static List<Route> of(CaseHandlers cases, RunHandlers runs, TokenHandlers tokens, ApiDocs docs,
                          DashboardPages pages) {
        return List.of(
                new Route(GET, "/", PUBLIC, "the dashboard's sign-in form", pages::signInPage),
                new Route(POST, "/sign-in", PUBLIC, "sign in with a token (form field token)", pages::signIn),
                new Route(POST, "/sign-out", PUBLIC, "sign out", pages::signOut),
                new Route(GET, "/dashboard", SIGNED_IN_PAGE, "cases and runs, or a household's own day", pages::home),
                new Route(GET, "/dashboard/runs/{id}", OPERATOR_PAGE, "a run's profit table and settlement",
                        pages::run),
                new Route(GET, API + "/health", PUBLIC, "the service is up", ctx -> ctx.json(Map.of("status", "ok"))),
                new Route(GET, API + "/openapi.json", PUBLIC, "this API described in OpenAPI 3", docs::spec),
                new Route(GET, "/api/docs", PUBLIC, "interactive API docs (Swagger UI, served locally)", docs::page),
                new Route(POST, API + "/cases", OPERATOR, "upload a case folder as a zip", cases::create),
                new Route(GET, API + "/cases", OPERATOR, "list the cases", cases::list),
                new Route(GET, API + "/cases/{id}", OPERATOR, "one case, with its house ids", cases::get),
                new Route(DELETE, API + "/cases/{id}", OPERATOR, "delete a case, its runs and tokens", cases::delete),
                new Route(POST, API + "/cases/{id}/runs", OPERATOR, "queue a run of the case", runs::submit),
                new Route(GET, API + "/cases/{id}/runs", OPERATOR, "the case's runs", runs::listOfCase),
                new Route(GET, API + "/runs/{id}", OPERATOR, "a run's status and result", runs::get),
                new Route(DELETE, API + "/runs/{id}", OPERATOR, "cancel a queued or running run", runs::cancel),
                new Route(GET, API + "/runs/{id}/profit", OPERATOR, "the profit table (profit.csv)",
                        runs.table(ScheduleFiles.PROFIT)),
                new Route(GET, API + "/runs/{id}/schedule", OPERATOR, "the schedule (schedule.csv)",
                        runs.table(ScheduleFiles.SCHEDULE)),
                new Route(GET, API + "/runs/{id}/settlement", OPERATOR, "the settlement (settlement.csv)",
                        runs.table(ScheduleFiles.SETTLEMENT)),
                new Route(GET, API + "/runs/{id}/guest-evs", OPERATOR, "the guest EVs' plans (guest-evs.csv)",
                        runs.table(ScheduleFiles.GUEST_EVS)),
                new Route(GET, API + "/runs/{id}/first-stage", OPERATOR,
                        "the decisions taken the day before, one for every scenario (first-stage.csv)",
                        runs.table(FirstStageFile.FILE)),
                new Route(GET, API + "/runs/{id}/houses/{house}", OPERATOR_OR_THE_HOUSE,
                        "one house's schedule, settlement and hosted guest EVs", runs::house),
                new Route(POST, API + "/tokens", OPERATOR, "make a household token", tokens::create));
    }
}
