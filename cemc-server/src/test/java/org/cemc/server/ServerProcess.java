package org.cemc.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cemc.server.cases.UploadLimits;
import org.cemc.server.store.DatabaseSettings;

/**
 * A server in a process of its own, for the tests that kill it: {@link #main} starts one on an ephemeral port and
 * prints {@code port N}; {@link #start} launches it on this test's class path.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Arguments: the data folder, then optionally a JDBC URL, user and password. */
    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        DatabaseSettings database = args.length > 1 ? new DatabaseSettings(args[1], args[2], args[3])
                : DatabaseSettings.embedded(data);
        Server server = Server.start(new ServerConfig("127.0.0.1", 0, data, database, 1, ServerConfig.DEFAULT_QUEUE,
                UploadLimits.defaults()), line -> { });
        System.out.println("port " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    public static ServerProcess start(Path data, DatabaseSettings database) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), ServerProcess.class.getName(), data.toString()));
        if (!database.embedded()) {
            command.addAll(List.of(database.url(), database.user(), database.password()));
        }
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
            if (line == null || !line.startsWith("port ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the server process did not start: " + line);
            }
            return new ServerProcess(process, Integer.parseInt(line.substring("port ".length()).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the server process did not start", e);
        }
    }

    public int port() {
        return port;
    }

    /** SIGKILL: the process ends at once, with no shutdown hook run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
