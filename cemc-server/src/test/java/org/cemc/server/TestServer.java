package org.cemc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cemc.server.auth.OperatorAccount;
import org.cemc.server.cases.UploadLimits;
import org.cemc.server.store.DatabaseSettings;

/**
 * A real server on an ephemeral loopback port for a test, with an HTTP client and the operator's token (read from
 * the data folder, as a person would).
 */
public final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Server server;
    private final int port;
    private final Path data;
    private final List<String> said;
    private final String operatorToken;

    private TestServer(Server server, int port, Path data, List<String> said) {
        this.server = server;
        this.port = port;
        this.data = data;
        this.said = said;
        try {
            this.operatorToken = Files.readString(data.resolve(OperatorAccount.TOKEN_FILE)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestServer start(DatabaseSettings database, Path data) {
        return start(database, data, 1, UploadLimits.defaults());
    }

    public static TestServer start(DatabaseSettings database, Path data, int workers, UploadLimits limits) {
        return start(new ServerConfig("127.0.0.1", 0, data, database, workers, ServerConfig.DEFAULT_QUEUE, limits));
    }

    public static TestServer start(ServerConfig config) {
        List<String> said = new ArrayList<>();
        Server server = Server.start(config, said::add);
        return new TestServer(server, server.port(), config.dataFolder(), said);
    }

    /** A client of a server running in another process ({@link ServerProcess}); closing it closes nothing. */
    public static TestServer client(ServerProcess process, Path data) {
        return new TestServer(null, process.port(), data, List.of());
    }

    public Server server() {
        return server;
    }

    public String operatorToken() {
        return operatorToken;
    }

    public Path data() {
        return data;
    }

    /** What the server said to the person starting it. */
    public List<String> said() {
        return said;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<String> postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> postZip(String path, String token, byte[] zip) {
        return send(request(path, token).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** Uploads a case zip as the operator; returns its id (fails the test unless 201). */
    public long upload(byte[] zip) {
        HttpResponse<String> response = postZip("/api/v1/cases", operatorToken, zip);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("id").asLong();
    }

    /** Queues a run with {@code optionsJson}; returns its id (fails the test unless 202). */
    public long submit(long caseId, String optionsJson) {
        HttpResponse<String> response = postJson("/api/v1/cases/" + caseId + "/runs", operatorToken, optionsJson);
        if (response.statusCode() != 202) {
            throw new AssertionError("submit: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("id").asLong();
    }

    /** The run once it has ended (done, failed or cancelled), polling its status; fails the test after a minute. */
    public JsonNode awaitEnd(long runId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = json(get("/api/v1/runs/" + runId, operatorToken));
            String status = run.get("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                return run;
            }
            sleep(100);
        }
        throw new AssertionError("run " + runId + " did not end within a minute");
    }

    /** Waits until the run has the status, polling; fails the test after 30 s. */
    public JsonNode awaitStatus(long runId, String wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = json(get("/api/v1/runs/" + runId, operatorToken));
            if (run.get("status").asText().equals(wanted)) {
                return run;
            }
            sleep(50);
        }
        throw new AssertionError("run " + runId + " never became " + wanted);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
