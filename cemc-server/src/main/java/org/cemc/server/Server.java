package org.cemc.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cemc.server.auth.OperatorAccount;
import org.cemc.server.auth.TokenHandlers;
import org.cemc.server.cases.CaseHandlers;
import org.cemc.server.dashboard.DashboardPages;
import org.cemc.server.http.ApiDocs;
import org.cemc.server.http.Guard;
import org.cemc.server.http.HttpApp;
import org.cemc.server.http.Route;
import org.cemc.server.runs.RunHandlers;
import org.cemc.server.runs.RunQueue;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.Database;
import org.cemc.server.store.RunStore;
import org.cemc.server.store.StoreException;
import org.cemc.server.store.TokenStore;

/**
 * The running service: the database opened and migrated, the operator's account made on first start, runs left by
 * the last process recovered, and the HTTP API listening. {@link #close} stops it in the reverse order.
 */
public final class Server implements AutoCloseable {
    private final Database database;
    private final RunQueue queue;
    private final Javalin app;
    private final List<Route> routes;

    private Server(Database database, RunQueue queue, Javalin app, List<Route> routes) {
        this.database = database;
        this.queue = queue;
        this.app = app;
        this.routes = List.copyOf(routes);
    }

    /**
     * Starts the service; {@code say} gets the lines a person starting it should read (never a token).
     *
     * @throws StartFailure if the data folder, the database or the port cannot be had
     */
    public static Server start(ServerConfig config, Consumer<String> say) {
        Path data = createDataFolder(config.dataFolder());
        Database database;
        try {
            database = Database.open(config.database());
        } catch (StoreException e) {
            throw new StartFailure(e.getMessage(), e);
        }
        // The URL without its parameters, which could hold a password.
        say.accept("database " + (config.database().embedded() ? "embedded (H2) in " + data
                : config.database().url().split("\\?")[0]) + ", schema version " + database.schemaVersion());
        RunQueue queue = null;
        try {
            CaseStore cases = new CaseStore(database);
            RunStore runs = new RunStore(database);
            TokenStore tokens = new TokenStore(database);
            Optional<Path> tokenFile = OperatorAccount.createIfMissing(tokens, data);
            tokenFile.ifPresent(file -> say.accept("created the operator's account; its token is in " + file
                    + " (readable by you only)"));
            queue = new RunQueue(cases, runs, config.workers(), config.queueCapacity());
            queue.recover();
            RunQueue runQueue = queue;
            CaseHandlers caseHandlers = new CaseHandlers(cases, config.uploads(), runQueue::cancelAllOf);
            List<Route> routes = Routes.of(caseHandlers, new RunHandlers(cases, runs, queue),
                    new TokenHandlers(tokens, cases), new ApiDocs(), new DashboardPages(tokens, cases, runs, config.publicUrl()));
            Javalin app = HttpApp.create(routes, new Guard(tokens, runs));
            try {
                app.start(config.bind(), config.port());
            } catch (JavalinBindException e) {
                throw new StartFailure("cannot listen on " + config.bind() + ":" + config.port() + ": "
                        + e.getMessage(), e);
            }
            return new Server(database, queue, app, routes);
        } catch (IOException e) {
            close(queue, database);
            throw new StartFailure("cannot write the operator's token in " + data + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(queue, database);
            throw e;
        }
    }

    /** The port it listens on (the one picked when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The route table it serves (the API description and the access tests walk it). */
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        close(queue, database);
    }

    private static void close(RunQueue queue, Database database) {
        if (queue != null) {
            queue.close();
        }
        database.close();
    }

    /** The data folder, made owner-only (rwx------) when the server creates it: it holds the database and token. */
    private static Path createDataFolder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return folder;
        } catch (IOException e) {
            throw new StartFailure("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
