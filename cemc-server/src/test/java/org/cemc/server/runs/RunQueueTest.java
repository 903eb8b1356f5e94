package org.cemc.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cemc.server.ServerConfig;
import org.cemc.server.TestCases;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.cemc.server.cases.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded queue and worker pool: runs wait their turn, honour their time limit, and can be cancelled. */
class RunQueueTest {
    @TempDir
    Path data;

    @Test
    void aRunEndsWithinItsTimeLimit() {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            long caseId = server.upload(TestCases.slowZip());
            long run = server.submit(caseId, TestCases.slowOptions(2));
            JsonNode ended = server.awaitEnd(run);

            // CBC needs far more than 2 s for this case; the run ends at the limit with what it has, as the command
            // line's would (cemc-core keeps solver and build within max(1 s, 5 %) of the limit).
            assertThat(ended.get("status").asText()).isIn("done", "failed");
            assertThat(seconds(ended)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void oneWorkerSolvesOneRunAtATimeInTurn() {
        try (TestServer server = TestServer.start(TestDatabases.H2.fresh(data), data)) {
            long slow = server.upload(TestCases.slowZip());
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(server.submit(slow, TestCases.slowOptions(1)));
            }
            int mostRunning = 0;
            boolean active = true;
            while (active) {
                // One request, one query: a consistent view of every run of the case at one moment.
                List<String> statuses = new ArrayList<>();
                TestServer.json(server.get("/api/v1/cases/" + slow + "/runs", server.operatorToken()))
                        .forEach(run -> statuses.add(run.get("status").asText()));
                mostRunning = Math.max(mostRunning, (int) statuses.stream().filter("running"::equals).count());
                active = statuses.stream().anyMatch(s -> s.equals("queued") || s.equals("running"));
            }
            List<JsonNode> ended = runs.stream().map(server::awaitEnd).toList();

            assertThat(mostRunning).isEqualTo(1);
            for (int i = 1; i < ended.size(); i++) {
                Instant previousEnd = Instant.parse(ended.get(i - 1).get("finished_at").asText());
                assertThat(Instant.parse(ended.get(i).get("started_at").asText())).isAfterOrEqualTo(previousEnd);
            }
        }
    }

    @Test
    void aFullQueueRefusesWith503AndCancellingFreesIt() {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, data, TestDatabases.H2.fresh(data), 1, 1,
                UploadLimits.defaults());
        try (TestServer server = TestServer.start(config)) {
            long slow = server.upload(TestCases.slowZip());
            long running = server.submit(slow, TestCases.slowOptions(30));
            server.awaitStatus(running, "running");
            long queued = server.submit(slow, TestCases.slowOptions(30));

            var refused = server.postJson("/api/v1/cases/" + slow + "/runs", server.operatorToken(), "{}");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(server.delete("/api/v1/runs/" + queued, server.operatorToken()).statusCode()).isEqualTo(200);
            assertThat(server.delete("/api/v1/runs/" + running, server.operatorToken()).statusCode()).isEqualTo(200);
            JsonNode cancelled = server.awaitEnd(running);
            assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
            // A cancelled solve is stopped, not left to its 30 s limit.
            assertThat(seconds(cancelled)).isLessThan(Duration.ofSeconds(10));
            assertThat(server.delete("/api/v1/runs/" + running, server.operatorToken()).statusCode()).isEqualTo(409);
            long next = server.submit(slow, TestCases.slowOptions(1));
            assertThat(server.awaitEnd(next).get("status").asText()).isIn("done", "failed");
            assertThat(server.awaitEnd(queued).get("status").asText()).isEqualTo("cancelled");
        }
    }

    private static Duration seconds(JsonNode run) {
        return Duration.between(Instant.parse(run.get("started_at").asText()),
                Instant.parse(run.get("finished_at").asText()));
    }
}
