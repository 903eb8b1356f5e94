package org.cemc.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.cemc.server.TestCases;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad run requests: each a 400 whose one-paragraph message names the field at fault; nothing is queued. */
class RunRequestsTest {
    @TempDir
    static Path data;
    private static TestServer server;
    private static long caseId;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestDatabases.H2.fresh(data), data);
        caseId = server.upload(TestCases.twoHousesZip());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"solver\": \"gurobi\"}                    | solver            | is not known; choose cbc, highs or scip",
        "{\"solver\": 3}                             | solver            | must be a string, not the number 3",
        "{\"time_limit\": \"60\"}                    | time_limit        | must be a number, not a string",
        "{\"time_limit\": 0}                         | time_limit        | more than 0 and at most 3600 seconds; got 0",
        "{\"time_limit\": 7200}                      | time_limit        | got 7200",
        "{\"gap\": -1}                               | gap               | at least 0; got -1",
        "{\"method\": \"fast\"}                      | method            | choose auto, direct or decomposition",
        "{\"tie_break\": \"off\"}                  | tie_break         | must be true or false, not a string",
        "{\"switches\": {\"p2p\": \"no\"}}           | switches.p2p      | must be true or false, not a string",
        "{\"switches\": {\"wind\": false}}           | switches.wind     | is not known here",
        "{\"switches\": []}                          | switches          | must be an object ({...}), not an array",
        "{\"ev_mode\": \"both\"}                     | ev_mode           | is not known; choose representatives or "
                + "stochastic",
        "{\"ev_mode\": \"stochastic\"}               | ev_mode           | needs guest EVs given as distributions",
        "{\"time_limit\": 5, \"colour\": \"red\"}    | colour            | is not known here; the fields are"})
    void aWrongOptionIsA400NamingItsField(String body, String field, String message) {
        HttpResponse<String> refused = server.postJson("/api/v1/cases/" + caseId + "/runs", server.operatorToken(),
                body);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = TestServer.json(refused).get("error");
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).contains(message).startsWith("field " + field);
        assertThat(TestServer.json(server.get("/api/v1/cases/" + caseId + "/runs", server.operatorToken())))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"solver\": \"cbc\",      | not valid JSON",
        "[1, 2]                     | must be a JSON object",
        "\"cbc\"                    | must be a JSON object"})
    void aBodyThatIsNotAJsonObjectIsA400SayingSo(String body, String message) {
        HttpResponse<String> refused = server.postJson("/api/v1/cases/" + caseId + "/runs", server.operatorToken(),
                body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(refused).get("error").get("message").asText()).contains(message);
    }
}
