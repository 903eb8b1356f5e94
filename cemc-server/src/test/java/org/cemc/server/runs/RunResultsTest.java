package org.cemc.server.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.cemc.server.TestCases;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A done run's results over HTTP: the status with the checker's verdict, each table as the command line's CSV and
 * as JSON rows with the same columns, and one house's day. (cemc-cli's ServeCommandTest compares them with
 * {@code cemc solve --out}.)
 */
class RunResultsTest {
    @TempDir
    Path data;

    static Iterable<TestDatabases.Kind> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDoneRunHasACheckedObjectiveAndTablesAsCsvAndJson(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            long caseId = server.upload(TestCases.twoHousesZip());
            long run = server.submit(caseId, "{\"solver\": \"cbc\", \"switches\": {\"p2p\": false}}");
            JsonNode done = server.awaitEnd(run);

            assertThat(done.get("status").asText()).isEqualTo("done");
            assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
            assertThat(done.get("checker").get("passed").asBoolean()).isTrue();
            assertThat(done.get("checker").get("checks").asInt()).isPositive();
            assertThat(done.get("relative_gap").asDouble()).isLessThanOrEqualTo(1e-4);
            assertThat(done.get("options").get("switches").get("p2p").asBoolean()).isFalse();
            assertThat(done.get("options").get("tie_break").asBoolean()).as("the command line's default").isTrue();

            HttpResponse<String> csv = TestServer.send(server.request("/api/v1/runs/" + run + "/profit",
                    server.operatorToken()).header("Accept", "text/csv").GET().build());
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            String[] lines = csv.body().split("\n");
            assertThat(lines[0]).isEqualTo("scope,term,label,paper,amount_usd");
            JsonNode json = TestServer.json(server.get("/api/v1/runs/" + run + "/profit", server.operatorToken()));
            assertThat(json).hasSize(lines.length - 1);
            JsonNode total = json.get(8);
            assertThat(total.get("term").asText()).isEqualTo("total");
            assertThat(total.get("amount_usd").asDouble()).isCloseTo(done.get("objective").asDouble(),
                    within(1e-6));
            // Trading switched off: no P2P money anywhere in the settlement.
            JsonNode settlement = TestServer.json(server.get("/api/v1/runs/" + run + "/settlement",
                    server.operatorToken()));
            assertThat(settlement).hasSize(2);
            settlement.forEach(row -> assertThat(row.get("p2p_received").asDouble()).isZero());
            JsonNode schedule = TestServer.json(server.get("/api/v1/runs/" + run + "/schedule",
                    server.operatorToken()));
            assertThat(schedule).hasSize(4);
            JsonNode evs = TestServer.json(server.get("/api/v1/runs/" + run + "/guest-evs", server.operatorToken()));
            assertThat(evs).hasSize(2);
            assertThat(evs.get(0).get("ev").asText()).isEqualTo("ev1");
        }
    }

    /**
     * The two-house case settled by equal surplus division (settlement: in its case.yaml): the run applies the rule
     * as cemc solve does, so its settlement has each house's transfer (summing to zero) and no house below its
     * stand-alone money. A stochastic run of a case naming a rule other than the P2P price is refused up front.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunSharesTheDayByTheCasesSettlementRule(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            Map<String, String> files = TestCases.twoHouses();
            files.put("case.yaml", files.get("case.yaml") + "settlement: equal-surplus\n");
            long caseId = server.upload(TestCases.zip("settled", files));
            JsonNode done = server.awaitEnd(server.submit(caseId, "{}"));

            assertThat(done.get("status").asText()).isEqualTo("done");
            JsonNode settlement = TestServer.json(server.get("/api/v1/runs/" + done.get("id").asLong()
                    + "/settlement", server.operatorToken()));
            double transfers = 0;
            for (JsonNode row : settlement) {
                transfers += row.get("transfer").asDouble();
                assertThat(row.get("gain").asDouble()).as(row.get("house").asText()).isGreaterThanOrEqualTo(0);
            }
            assertThat(transfers).isCloseTo(0, within(1e-9));
            String household = TestServer.json(server.postJson("/api/v1/tokens", server.operatorToken(),
                    "{\"role\": \"household\", \"case\": " + caseId + ", \"house\": \"a\"}")).get("token")
                    .asText();
            HttpResponse<String> page = TestServer.send(server.request("/dashboard", null)
                    .header("Cookie", "cemc_token=" + household).GET().build());
            assertThat(page.body()).contains("Your community shares its money by equal surplus division",
                    "on top of the flows above, so your money for the day is <strong>");

            Map<String, byte[]> paper = TestCases.paperFiles();
            paper.put("case.yaml", (new String(paper.get("case.yaml"), StandardCharsets.UTF_8)
                    + "\nsettlement: shapley\n").getBytes(StandardCharsets.UTF_8));
            long shared = server.upload(TestCases.zipBytes("paper", paper));
            HttpResponse<String> refused = server.postJson("/api/v1/cases/" + shared + "/runs",
                    server.operatorToken(), "{\"ev_mode\": \"stochastic\"}");
            assertThat(refused.statusCode()).isEqualTo(400);
            JsonNode error = TestServer.json(refused).get("error");
            assertThat(error.get("field").asText()).isEqualTo("ev_mode");
            assertThat(error.get("message").asText()).contains("settles each scenario at the P2P price",
                    "settlement: shapley");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHousesDayIsItsOwnRowsOfEachTable(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            long caseId = server.upload(TestCases.twoHousesZip());
            long run = server.submit(caseId, "{}");
            server.awaitEnd(run);

            JsonNode house = TestServer.json(server.get("/api/v1/runs/" + run + "/houses/b", server.operatorToken()));
            JsonNode all = TestServer.json(server.get("/api/v1/runs/" + run + "/settlement", server.operatorToken()));

            assertThat(house.get("house").asText()).isEqualTo("b");
            assertThat(house.get("schedule")).hasSize(2);
            house.get("schedule").forEach(row -> assertThat(row.get("house").asText()).isEqualTo("b"));
            assertThat(house.get("settlement")).isEqualTo(all.get(1));
            house.get("guest_evs").forEach(row -> assertThat(row.get("host").asText()).isEqualTo("b"));
            assertThat(server.get("/api/v1/runs/" + run + "/houses/zz", server.operatorToken()).statusCode())
                    .isEqualTo(404);
        }
    }

    /**
     * The built-in case with ev_mode stochastic: one schedule per guest-EV scenario, each read by naming it. The run's
     * objective is the expected profit: the scenarios' profits weighted by their probabilities, which add up to 1.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStochasticRunHasOneCheckedSchedulePerScenario(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            long caseId = server.upload(TestCases.paperZip());
            long run = server.submit(caseId, "{\"ev_mode\": \"stochastic\"}");
            JsonNode done = server.awaitEnd(run);
            String token = server.operatorToken();

            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
            assertThat(done.get("options").get("ev_mode").asText()).isEqualTo("stochastic");
            assertThat(done.get("checker").get("passed").asBoolean()).isTrue();
            JsonNode scenarios = done.get("scenarios");
            assertThat(scenarios.size()).isGreaterThan(1);
            double probability = 0;
            double expected = 0;
            for (JsonNode scenario : scenarios) {
                probability += scenario.get("probability").asDouble();
                expected += scenario.get("probability").asDouble() * scenario.get("profit").asDouble();
                JsonNode profit = TestServer.json(server.get("/api/v1/runs/" + run + "/profit?scenario="
                        + scenario.get("scenario").asInt(), token));
                JsonNode total = profit.get(8);
                assertThat(total.get("term").asText()).isEqualTo("total");
                assertThat(total.get("amount_usd").asDouble()).isCloseTo(scenario.get("profit").asDouble(),
                        within(1e-6));
            }
            assertThat(probability).isCloseTo(1, within(1e-9));
            assertThat(done.get("objective").asDouble()).isCloseTo(expected, within(1e-6));

            // The first stage is one for every scenario: DR, export mode and P2P role of each house and period.
            JsonNode firstStage = TestServer.json(server.get("/api/v1/runs/" + run + "/first-stage", token));
            JsonNode settlement = TestServer.json(server.get("/api/v1/runs/" + run + "/settlement?scenario=1",
                    token));
            assertThat(firstStage).hasSize(settlement.size() * 24);
            JsonNode house = TestServer.json(server.get("/api/v1/runs/" + run + "/houses/"
                    + settlement.get(0).get("house").asText() + "?scenario=2", token));
            assertThat(house.get("scenario").asInt()).isEqualTo(2);
            assertThat(house.get("schedule")).hasSize(24);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aScenarioIsNamedOnAStochasticRunOnlyAndWithinItsScenarios(TestDatabases.Kind db) {
        try (TestServer server = TestServer.start(db.fresh(data), data)) {
            long caseId = server.upload(TestCases.paperZip());
            long stochastic = server.submit(caseId, "{\"ev_mode\": \"stochastic\"}");
            long representatives = server.submit(caseId, "{}");
            int scenarios = server.awaitEnd(stochastic).get("scenarios").size();
            server.awaitEnd(representatives);
            String token = server.operatorToken();

            assertThat(error(server.get("/api/v1/runs/" + stochastic + "/schedule", token)))
                    .contains("has one schedule per guest-EV scenario; name one with ?scenario=1 to " + scenarios);
            assertThat(error(server.get("/api/v1/runs/" + stochastic + "/schedule?scenario=" + (scenarios + 1),
                    token))).contains("must be 1 to " + scenarios + " for run " + stochastic + "; got \""
                    + (scenarios + 1) + "\"");
            assertThat(error(server.get("/api/v1/runs/" + stochastic + "/houses/ec1-h1?scenario=one", token)))
                    .contains("got \"one\"");
            assertThat(error(server.get("/api/v1/runs/" + stochastic + "/first-stage?scenario=1", token)))
                    .contains("the first stage is one for every scenario");
            assertThat(error(server.get("/api/v1/runs/" + representatives + "/profit?scenario=1", token)))
                    .contains("has one schedule (ev_mode representatives)");
            assertThat(TestServer.json(server.get("/api/v1/runs/" + representatives, token)).has("scenarios"))
                    .isFalse();
        }
    }

    /** A 400 naming the query parameter scenario: its message. */
    private static String error(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = TestServer.json(response).get("error");
        assertThat(error.get("field").asText()).isEqualTo("scenario");
        return error.get("message").asText();
    }
}
