package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cemc.input.BuiltInCase;
import org.cemc.input.CaseFolder;
import org.cemc.report.ScheduleFiles;
import org.cemc.server.Server;
import org.cemc.server.ServerConfig;
import org.cemc.server.cases.UploadLimits;
import org.cemc.server.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cemc serve}'s options, and the promise that a run over HTTP gives the command line's numbers: the same
 * case and options through {@code cemc solve --out} and through the server give the same objective and the same
 * profit, schedule, settlement and guest-EV files.
 */
class ServeCommandTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The result tables: endpoint and the command line's file. */
    private static final String[][] TABLES = {{"profit", ScheduleFiles.PROFIT}, {"schedule", ScheduleFiles.SCHEDULE},
        {"settlement", ScheduleFiles.SETTLEMENT}, {"guest-evs", ScheduleFiles.GUEST_EVS}};

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "                     | {}",
        "--no-p2p --no-v2g    | {\"switches\": {\"p2p\": false, \"v2g\": false}}",
        "--no-tie-break       | {\"tie_break\": false}",
        "--solver highs --exclusive-ev-mode --gap 0 | {\"solver\": \"highs\", \"gap\": 0, "
                + "\"switches\": {\"exclusive_ev_mode\": true}}"})
    void aRunOverHttpGivesTheCommandLinesResults(String cliOptions, String runOptions) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("two-houses"));
        CaseFolder.writeTo(folder);
        Path out = temp.resolve("out");
        List<String> args = Stream.concat(Stream.of("solve", folder.toString(), "--out", out.toString()),
                cliOptions == null ? Stream.empty() : Stream.of(cliOptions.trim().split("\\s+"))).toList();
        CliRun cli = CliRun.of(args.toArray(String[]::new));
        assertThat(cli.status()).as(cli.err()).isZero();

        try (Served served = Served.start(temp.resolve("data"), folder, runOptions)) {
            JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
            assertThat(served.done().get("status").asText()).as(served.done().toString()).isEqualTo("done");
            assertThat(served.done().get("objective").asDouble())
                    .isCloseTo(summary.get("objective").asDouble(), within(1e-6));
            for (String[] table : TABLES) {
                assertThat(served.csv(table[0])).as(table[1]).isEqualTo(Files.readString(out.resolve(table[1])));
            }
            assertThat(served.csv("first-stage")).isEqualTo(Files.readString(out.resolve("first-stage.csv")));
        }
    }

    /** The built-in case's stochastic program: every scenario's tables and the first stage, as the command line's. */
    @Test
    void aStochasticRunOverHttpGivesTheCommandLinesScenarios() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("paper"));
        for (String file : List.of("case.yaml", "houses.csv", "prices.csv")) {
            try (InputStream in = BuiltInCase.class.getResourceAsStream(BuiltInCase.RESOURCE_FOLDER + "/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        Path out = temp.resolve("out");
        CliRun cli = CliRun.of("solve", folder.toString(), "--ev-mode", "stochastic", "--out", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();

        try (Served served = Served.start(temp.resolve("data"), folder, "{\"ev_mode\": \"stochastic\"}")) {
            JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
            assertThat(served.done().get("objective").asDouble())
                    .isCloseTo(summary.get("objective").asDouble(), within(1e-6));
            int scenarios = summary.get("scenarios").size();
            assertThat(served.done().get("scenarios")).hasSize(scenarios);
            for (int scenario = 1; scenario <= scenarios; scenario++) {
                for (String[] table : TABLES) {
                    assertThat(served.csv(table[0] + "?scenario=" + scenario)).as(scenario + "/" + table[1])
                            .isEqualTo(Files.readString(out.resolve("scenario-" + scenario).resolve(table[1])));
                }
            }
            assertThat(served.csv("first-stage")).isEqualTo(Files.readString(out.resolve("first-stage.csv")));
        }
    }

    /** A server with the case folder uploaded and one run of it done. */
    private record Served(Server server, String token, String run, JsonNode done) implements AutoCloseable {
        static Served start(Path data, Path folder, String runOptions) throws Exception {
            Server server = Server.start(new ServerConfig("127.0.0.1", 0, data, DatabaseSettings.embedded(data), 1,
                    ServerConfig.DEFAULT_QUEUE, UploadLimits.defaults()), line -> { });
            String token = Files.readString(data.resolve("admin-token")).trim();
            String base = "http://127.0.0.1:" + server.port() + "/api/v1";
            JsonNode created = json(send(HttpRequest.newBuilder(URI.create(base + "/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip(folder))).build()));
            JsonNode queued = json(send(HttpRequest.newBuilder(URI.create(base + "/cases/" + created.get("id").asLong()
                    + "/runs")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(runOptions)).build()));
            String run = base + "/runs/" + queued.get("id").asLong();
            return new Served(server, token, run, awaitEnd(run, token));
        }

        /** GET run/{path} as the command line's CSV. */
        String csv(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(run + "/" + path)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/csv").build()).body();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    @Test
    void aBadDatabasePortOrPublicUrlIsABadOption() {
        CliRun notPostgresql = CliRun.of("serve", "--data", temp.toString(), "--db", "jdbc:mysql://localhost/cemc");
        CliRun badPort = CliRun.of("serve", "--data", temp.toString(), "--port", "70000");
        CliRun badPublicUrl = CliRun.of("serve", "--data", temp.toString(), "--public-url", "cemc.example.org");

        assertThat(notPostgresql.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(notPostgresql.err()).contains("--db must be a PostgreSQL JDBC URL");
        assertThat(badPort.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(badPort.err()).contains("--port must be 0 to 65535; got 70000");
        assertThat(badPublicUrl.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(badPublicUrl.err()).contains("--public-url must be an https:// (or http://) URL with a host name; "
                + "got cemc.example.org.");
    }

    @Test
    void aDatabaseThatCannotBeReachedStopsTheStartWithItsReason() {
        // CEMC_DB_USER and CEMC_DB_PASSWORD are not set in the test's environment unless a developer set them.
        CliRun run = CliRun.of("serve", "--data", temp.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/cemc");

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).containsAnyOf("needs the database user and password", "cannot start the server");
    }

    private static JsonNode awaitEnd(String run, String token) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode status = json(send(HttpRequest.newBuilder(URI.create(run))
                    .header("Authorization", "Bearer " + token).build()));
            if (!List.of("queued", "running").contains(status.get("status").asText())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(run + " did not end within a minute");
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
