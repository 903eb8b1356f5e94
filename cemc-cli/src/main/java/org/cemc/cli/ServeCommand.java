package org.cemc.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cemc.server.Server;
import org.cemc.server.ServerConfig;
import org.cemc.server.StartFailure;
import org.cemc.server.cases.UploadLimits;
import org.cemc.server.store.DatabaseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cemc serve}: the operator's center over HTTP (docs/server.md). Runs until stopped (Ctrl-C or SIGTERM).
 * The server's classes are only loaded here, so the other commands start as fast as before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (cases, queued runs, checked results) until stopped with Ctrl-C. Data is "
                + "kept in an embedded database under --data, or in PostgreSQL with --db. On the first start the "
                + "operator's token is written to DATA/admin-token (see docs/server.md).",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc serve                         http://127.0.0.1:8080, data in cemc-data/",
            "  cemc serve --port 9000 --workers 2",
            "  cemc serve --db jdbc:postgresql://localhost:5432/cemc",
            "                                     with CEMC_DB_USER and CEMC_DB_PASSWORD set",
            "  cemc serve --public-url https://cemc.example.org",
            "                                     behind a TLS proxy at that address",
            Help.EXIT_STATUS, "  0  stopped (Ctrl-C or SIGTERM)", Help.INTERNAL_ERROR,
            "  2  bad option, or the port, database or data folder cannot be had"})
final class ServeCommand implements Callable<Integer> {
    static final String DB_USER = "CEMC_DB_USER";
    static final String DB_PASSWORD = "CEMC_DB_PASSWORD";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "network, behind a TLS proxy).")
    private String bind;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "cemc-data",
            description = "Folder for admin-token and the embedded database (default: ./${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead of the embedded one, e.g. "
                    + "jdbc:postgresql://localhost:5432/cemc; user and password from " + DB_USER + " and "
                    + DB_PASSWORD + ".")
    private String databaseUrl;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Runs solved at once (default: ${DEFAULT-VALUE}); each uses a core or more.")
    private int workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_QUEUE,
            description = "Runs that may wait for a worker; one more is refused with 503 (default: ${DEFAULT-VALUE}).")
    private int queue;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "16",
            description = "Largest case zip accepted, in MiB (default: ${DEFAULT-VALUE}); larger is refused with 413.")
    private int maxUploadMb;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where browsers reach the dashboard when a reverse proxy stands between, e.g. "
                    + "https://cemc.example.org: sign-in forms must come from it, and with https the sign-in cookie "
                    + "is Secure.")
    private String publicUrl;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = config();
        Server server;
        try {
            server = Server.start(config, line -> {
                out.println("cemc: " + line);
                out.flush();
            });
        } catch (StartFailure failure) {
            err.println("cemc: cannot start the server: " + failure.getMessage());
            return Main.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cemc-serve-stop"));
        out.println("cemc: serving http://" + bind + ":" + server.port() + "/"
                + config.publicUrl().map(url -> " as " + url + "/").orElse("") + " (API /api/v1, docs /api/docs); "
                + "Ctrl-C stops");
        out.flush();
        stopped.await();
        return 0;
    }

    private ServerConfig config() {
        if (port < 0 || port > 65535) {
            throw bad("--port must be 0 to 65535; got " + port + ".");
        }
        if (workers < 1 || queue < 1 || maxUploadMb < 1) {
            throw bad("--workers, --queue and --max-upload-mb must be at least 1.");
        }
        DatabaseSettings database = DatabaseSettings.embedded(data);
        if (databaseUrl != null) {
            if (!DatabaseSettings.isPostgresqlUrl(databaseUrl)) {
                throw bad("--db must be a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/cemc; got "
                        + databaseUrl + ".");
            }
            String user = System.getenv(DB_USER);
            String password = System.getenv(DB_PASSWORD);
            if (user == null || user.isBlank() || password == null) {
                throw bad("--db needs the database user and password in the environment variables " + DB_USER
                        + " and " + DB_PASSWORD + ".");
            }
            database = new DatabaseSettings(databaseUrl, user, password);
        }
        UploadLimits defaults = UploadLimits.defaults();
        UploadLimits uploads = new UploadLimits((long) maxUploadMb << 20,
                Math.max(defaults.maxUnpackedBytes(), (long) maxUploadMb << 24), defaults.maxRatio(),
                defaults.maxEntries());
        Optional<URI> origin = Optional.empty();
        if (publicUrl != null) {
            try {
                origin = Optional.of(ServerConfig.publicUrl(publicUrl));
            } catch (IllegalArgumentException e) {
                throw bad("--public-url " + e.getMessage() + "; got " + publicUrl + ".");
            }
        }
        return new ServerConfig(bind, port, data, database, workers, queue, uploads, origin);
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
