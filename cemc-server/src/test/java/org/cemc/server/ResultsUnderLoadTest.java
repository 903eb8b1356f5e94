package org.cemc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cemc.input.CaseReader;
import org.cemc.schedule.Scheduler;
import org.cemc.server.cases.UploadLimits;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's load promise, bounded: 50 concurrent clients read a done run's results (profit as JSON, settlement as
 * CSV, houses' days with household and operator tokens) while three more runs of the case are queued and solved.
 * Every answer must be 200 with exactly the body read before the load, and every run must end done with the
 * objective cemc-core's Scheduler gives (the call {@code cemc solve} makes). Nothing here is timed: the throughput
 * and latency figures are measured by cemc-server/src/test/load/results-load.sh (docs/server.md, "Load").
 */
class ResultsUnderLoadTest {
    private static final int CLIENTS = 50;
    /** Each client reads at least this often, and goes on until the runs queued during the load have ended. */
    private static final int MIN_READS_PER_CLIENT = 20;
    private static final int RUNS_DURING_LOAD = 3;
    /** Two runs solve at once, so results are written by two workers while the clients read. */
    private static final int WORKERS = 2;

    @TempDir
    Path data;
    @TempDir
    Path caseFolder;

    static Iterable<TestDatabases.Kind> databases() {
        return TestDatabases.available();
    }

    /** One request a client makes, with the body every answer to it must have. */
    private record Read(String name, HttpRequest request, String expectedBody) {
        /** The read as answered now, before the load: it must be 200, and its body is then the one expected. */
        static Read answered(String name, HttpRequest request) {
            HttpResponse<String> answer = TestServer.send(request);
            assertThat(answer.statusCode()).as(name).isEqualTo(200);
            return new Read(name, request, answer.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiftyClientsReadResultsWithoutAnErrorWhileRunsSolve(TestDatabases.Kind db) throws Exception {
        double cliObjective = Scheduler.run(CaseReader.read(twoHousesFolder()), SolverSettings.defaults()).solve()
                .objective();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, data, db.fresh(data), WORKERS,
                ServerConfig.DEFAULT_QUEUE, UploadLimits.defaults());
        try (TestServer server = TestServer.start(config)) {
            long caseId = server.upload(TestCases.twoHousesZip());
            long run = server.submit(caseId, "{}");
            assertThat(server.awaitEnd(run).get("objective").asDouble()).isCloseTo(cliObjective, within(1e-6));
            List<Read> reads = reads(server, caseId, run);
            // The bodies the load must see are right to begin with: the profit table's total is the objective.
            JsonNode profit = new ObjectMapper().readTree(reads.get(0).expectedBody());
            assertThat(profit.get(profit.size() - 1).get("term").asText()).isEqualTo("total");
            assertThat(profit.get(profit.size() - 1).get("amount_usd").asDouble()).isCloseTo(cliObjective,
                    within(1e-6));

            Queue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean runsEnded = new AtomicBoolean();
            CountDownLatch everyClientAnswered = new CountDownLatch(CLIENTS);
            // HTTP/1.1, one connection per client, as wrk and browsers load the server; no h2c upgrade attempt.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            int answeredBeforeRuns;
            int answeredWhenRunsEnded;
            List<JsonNode> ended = new ArrayList<>();
            try {
                for (int c = 0; c < CLIENTS; c++) {
                    int first = c;
                    clients.execute(() -> {
                        for (int n = 0; n < MIN_READS_PER_CLIENT || !runsEnded.get(); n++) {
                            Read read = reads.get((first + n) % reads.size());
                            check(client, read, errors);
                            answered.incrementAndGet();
                            if (n == 0) {
                                everyClientAnswered.countDown();
                            }
                        }
                    });
                }
                // The runs are queued once all 50 clients are reading, so they solve and store under the full load.
                assertThat(everyClientAnswered.await(60, TimeUnit.SECONDS)).isTrue();
                answeredBeforeRuns = answered.get();
                List<Long> runs = new ArrayList<>();
                for (int i = 0; i < RUNS_DURING_LOAD; i++) {
                    runs.add(server.submit(caseId, "{}"));
                }
                runs.forEach(id -> ended.add(server.awaitEnd(id)));
                answeredWhenRunsEnded = answered.get();
            } finally {
                runsEnded.set(true);
                clients.shutdown();
            }
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

            assertThat(errors).as("errors of %d reads", answered.get()).isEmpty();
            assertThat(answered.get()).isGreaterThanOrEqualTo(CLIENTS * MIN_READS_PER_CLIENT);
            // Reads were answered while the runs were queued, solving and being stored, not only around them.
            assertThat(answeredWhenRunsEnded).isGreaterThan(answeredBeforeRuns);
            assertThat(ended).hasSize(RUNS_DURING_LOAD).allSatisfy(done -> {
                assertThat(done.get("status").asText()).isEqualTo("done");
                assertThat(done.get("checker").get("passed").asBoolean()).isTrue();
                assertThat(done.get("objective").asDouble()).isCloseTo(cliObjective, within(1e-6));
            });
        }
    }

    /**
     * The reads of the load, each with its body as answered before it: profit (JSON) and settlement (CSV) as the
     * operator, and the houses' days as their households and as the operator.
     */
    private static List<Read> reads(TestServer server, long caseId, long run) {
        String houseA = householdToken(server, caseId, "a");
        String houseB = householdToken(server, caseId, "b");
        String results = "/api/v1/runs/" + run;
        return List.of(
                Read.answered("profit JSON", server.request(results + "/profit", server.operatorToken()).GET()
                        .build()),
                Read.answered("settlement CSV", server.request(results + "/settlement", server.operatorToken())
                        .header("Accept", "text/csv").GET().build()),
                Read.answered("house a as household", server.request(results + "/houses/a", houseA).GET().build()),
                Read.answered("house b as household", server.request(results + "/houses/b", houseB).GET().build()),
                Read.answered("house a as operator", server.request(results + "/houses/a", server.operatorToken())
                        .GET().build()));
    }

    /** Sends the read; anything but 200 with the expected body, or no answer, is noted in {@code errors}. */
    private static void check(HttpClient client, Read read, Queue<String> errors) {
        try {
            HttpResponse<String> answer = client.send(read.request(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                errors.add(read.name() + ": " + answer.statusCode() + " " + answer.body());
            } else if (!answer.body().equals(read.expectedBody())) {
                errors.add(read.name() + ": another body: " + answer.body());
            }
        } catch (IOException e) {
            errors.add(read.name() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add(read.name() + ": interrupted");
        }
    }

    private static String householdToken(TestServer server, long caseId, String house) {
        HttpResponse<String> made = server.postJson("/api/v1/tokens", server.operatorToken(),
                "{\"role\": \"household\", \"case\": " + caseId + ", \"house\": \"" + house + "\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        return TestServer.json(made).get("token").asText();
    }

    /** The two-house case as a folder, for the command line's own reader. */
    private Path twoHousesFolder() {
        try {
            for (Map.Entry<String, String> file : TestCases.twoHouses().entrySet()) {
                Files.writeString(caseFolder.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return caseFolder;
    }
}
