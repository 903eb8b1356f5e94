package org.cemc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.cemc.server.runs.RunQueue;
import org.cemc.server.store.DatabaseSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Restart safety: the server process is killed with SIGKILL while a run solves and another waits, then started
 * again on the same data. Cases and finished results are intact, the interrupted run has failed "interrupted by
 * restart" and can be run again, and the waiting run still runs.
 */
class RestartTest {
    @TempDir
    Path data;

    static Iterable<TestDatabases.Kind> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aKilledServerComesBackWithItsDataAndNoRunLeftRunning(TestDatabases.Kind db) throws Exception {
        DatabaseSettings database = db.fresh(data);
        long small;
        long slow;
        long finished;
        long interrupted;
        long waiting;
        String profitBefore;
        JsonNode finishedBefore;
        try (ServerProcess first = ServerProcess.start(data, database)) {
            TestServer api = TestServer.client(first, data);
            small = api.upload(TestCases.twoHousesZip());
            slow = api.upload(TestCases.slowZip());
            finished = api.submit(small, "{}");
            finishedBefore = api.awaitEnd(finished);
            profitBefore = api.get("/api/v1/runs/" + finished + "/profit", api.operatorToken()).body();
            interrupted = api.submit(slow, TestCases.slowOptions(60));
            api.awaitStatus(interrupted, "running");
            waiting = api.submit(small, "{}");
            assertThat(TestServer.json(api.get("/api/v1/runs/" + waiting, api.operatorToken())).get("status")
                    .asText()).isEqualTo("queued");

            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(data, database)) {
            TestServer api = TestServer.client(second, data);
            assertThat(TestServer.json(api.get("/api/v1/cases", api.operatorToken()))).hasSize(2);
            JsonNode finishedAfter = TestServer.json(api.get("/api/v1/runs/" + finished, api.operatorToken()));
            assertThat(finishedAfter).isEqualTo(finishedBefore);
            assertThat(api.get("/api/v1/runs/" + finished + "/profit", api.operatorToken()).body())
                    .isEqualTo(profitBefore);
            JsonNode failed = TestServer.json(api.get("/api/v1/runs/" + interrupted, api.operatorToken()));
            assertThat(failed.get("status").asText()).isEqualTo("failed");
            assertThat(failed.get("message").asText()).isEqualTo(RunQueue.INTERRUPTED);
            assertThat(api.awaitEnd(waiting).get("status").asText()).isEqualTo("done");
            long again = api.submit(slow, TestCases.slowOptions(1));
            assertThat(api.awaitEnd(again).get("message").asText("")).isNotEqualTo(RunQueue.INTERRUPTED);
        }
    }
}
