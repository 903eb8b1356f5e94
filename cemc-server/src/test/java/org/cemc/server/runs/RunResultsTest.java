package org.cemc.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
                    org.assertj.core.api.Assertions.within(1e-6));
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
}
