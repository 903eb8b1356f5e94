package org.cemc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cemc.server.auth.Access;
import org.cemc.server.http.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the route table and calls every route with no token, a wrong token, household tokens and the operator's
 * token: who may call what is what the table declares.
 */
class RouteAccessTest {
    @TempDir
    static Path data;
    private static TestServer server;
    private static long caseId;
    private static long otherCaseId;
    private static long run;
    private static long otherRun;
    private static String houseA;
    private static String houseAOfOtherCase;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestDatabases.H2.fresh(data), data);
        caseId = server.upload(TestCases.twoHousesZip());
        otherCaseId = server.upload(TestCases.twoHousesZip());
        run = server.submit(caseId, "{}");
        otherRun = server.submit(otherCaseId, "{}");
        server.awaitEnd(run);
        server.awaitEnd(otherRun);
        houseA = token(caseId, "a");
        houseAOfOtherCase = token(otherCaseId, "a");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String token(long caseOf, String house) {
        HttpResponse<String> made = server.postJson("/api/v1/tokens", server.operatorToken(),
                "{\"role\": \"household\", \"case\": " + caseOf + ", \"house\": \"" + house + "\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        return TestServer.json(made).get("token").asText();
    }

    @Test
    void everyRouteButThePublicOnesIs401WithoutATokenOrWithAWrongOne() {
        List<Route> guarded = server.server().routes().stream().filter(r -> r.access() != Access.PUBLIC).toList();
        assertThat(guarded).hasSizeGreaterThan(10);
        for (Route route : guarded) {
            for (String token : new String[] {null, "not-a-token", server.operatorToken() + "x"}) {
                HttpResponse<String> response = call(route, token, run, "a");
                if (route.access().isPage()) {
                    // A page sends the browser to the sign-in form instead.
                    assertThat(response.statusCode()).as(route.path() + " with " + token).isEqualTo(303);
                    assertThat(response.headers().firstValue("Location")).contains("/");
                } else {
                    assertThat(response.statusCode()).as(route.method() + " " + route.path() + " with " + token)
                            .isEqualTo(401);
                    assertThat(TestServer.json(response).get("error").get("message").asText()).isNotBlank();
                }
            }
        }
    }

    @Test
    void theApiTakesNoCookieAndThePagesNoHeader() {
        HttpResponse<String> apiByCookie = TestServer.send(server.request("/api/v1/cases", null)
                .header("Cookie", "cemc_token=" + server.operatorToken()).GET().build());
        HttpResponse<String> pageByHeader = server.get("/dashboard", server.operatorToken());

        assertThat(apiByCookie.statusCode()).isEqualTo(401);
        assertThat(pageByHeader.statusCode()).isEqualTo(303);
    }

    @Test
    void theHouseholdTokenReachesOnlyItsOwnHouseOfItsOwnCase() {
        for (Route route : server.server().routes()) {
            if (route.access() == Access.PUBLIC) {
                continue;
            }
            HttpResponse<String> response = call(route, houseA, run, "a");
            if (route.access() == Access.SIGNED_IN_PAGE) {
                assertThat(response.statusCode()).as(route.path()).isEqualTo(200);
                assertThat(response.body()).contains("House a").doesNotContain("House b");
            } else if (route.access() == Access.OPERATOR_OR_THE_HOUSE) {
                assertThat(response.statusCode()).as(route.path()).isEqualTo(200);
                assertThat(TestServer.json(response).get("house").asText()).isEqualTo("a");
                assertThat(call(route, houseA, run, "b").statusCode()).as("another house").isEqualTo(403);
                assertThat(call(route, houseA, otherRun, "a").statusCode()).as("another case").isEqualTo(403);
                assertThat(call(route, houseAOfOtherCase, run, "a").statusCode()).as("its case's").isEqualTo(403);
                assertThat(call(route, houseA, 999_999, "a").statusCode()).as("no such run").isEqualTo(403);
            } else {
                assertThat(response.statusCode()).as(route.method() + " " + route.path()).isEqualTo(403);
            }
        }
    }

    @Test
    void theOperatorReachesEveryRouteAndThePublicOnesNeedNoToken() {
        long slowCase = server.upload(TestCases.slowZip());
        for (Route route : server.server().routes()) {
            String token = route.access() == Access.PUBLIC ? null : server.operatorToken();
            boolean delete = route.method().name().equals("DELETE");
            // The DELETEs get a case and a running run of their own, so the shared ones stay.
            long caseOf = delete ? server.upload(TestCases.twoHousesZip()) : caseId;
            long runOf = delete ? server.submit(slowCase, TestCases.slowOptions(30)) : run;
            HttpResponse<String> response = call(route, token, caseOf, runOf, "a");
            if (route.path().startsWith("/sign-")) {
                // Signing in (with the operator's token in the form) and out end on another page.
                assertThat(response.statusCode()).as(route.path()).isEqualTo(303);
            } else {
                assertThat(response.statusCode()).as(route.method() + " " + route.path()).isBetween(200, 299);
            }
        }
    }

    @Test
    void theOperatorMakesHouseholdTokensOnlyForHousesThatExist() {
        HttpResponse<String> noHouse = server.postJson("/api/v1/tokens", server.operatorToken(),
                "{\"role\": \"household\", \"case\": " + caseId + ", \"house\": \"zz\"}");
        HttpResponse<String> operator = server.postJson("/api/v1/tokens", server.operatorToken(),
                "{\"role\": \"operator\"}");

        assertThat(noHouse.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(noHouse).get("error").get("field").asText()).isEqualTo("house");
        assertThat(operator.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(operator).get("error").get("field").asText()).isEqualTo("role");
    }

    private static HttpResponse<String> call(Route route, String token, long runId, String house) {
        return call(route, token, caseId, runId, house);
    }

    /** Calls the route, its {id} the case's (under /cases) or the run's, with a body it accepts. */
    private static HttpResponse<String> call(Route route, String token, long caseOf, long runId, String house) {
        String path = route.path().replace("{house}", house);
        path = path.replace("{id}", Long.toString(path.startsWith(Routes.API + "/cases/") ? caseOf : runId));
        // The API takes the token in the Authorization header, the dashboard's pages in the sign-in cookie.
        HttpRequest.Builder request = route.access().isPage() ? server.request(path, null) : server.request(path, token);
        if (route.access().isPage() && token != null) {
            request.header("Cookie", "cemc_token=" + token);
        }
        switch (route.method().name()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            case "POST" -> {
                if (path.endsWith("/cases")) {
                    request.header("Content-Type", "application/zip")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(TestCases.twoHousesZip()));
                } else if (path.equals("/sign-in")) {
                    request.header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("token=" + server.operatorToken()));
                } else if (path.endsWith("/tokens")) {
                    request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"role\": \"household\", \"case\": " + caseId + ", \"house\": \"b\"}"));
                } else {
                    request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
                }
            }
            default -> throw new IllegalArgumentException(route.method().name());
        }
        return TestServer.send(request.build());
    }

    @Test
    void householdTokensAreLongRandomAndShownOnce() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(token(caseId, "b"));
        }
        JsonNode anyCase = TestServer.json(server.get("/api/v1/cases/" + caseId, server.operatorToken()));

        assertThat(tokens).doesNotHaveDuplicates().allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
        assertThat(anyCase.toString()).doesNotContain(tokens.get(0));
    }
}
