package org.cemc.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cemc.server.store.DatabaseSettings;

/**
 * The databases the server tests run on: the embedded H2 always, and PostgreSQL when one is reachable: the URL in
 * CEMC_TEST_PG_URL (user and password in CEMC_TEST_PG_USER and CEMC_TEST_PG_PASSWORD), else the role and database
 * cemc_test (password cemc_test) on localhost:5432, which .ci/run creates. Each server gets a fresh schema there.
 */
public final class TestDatabases {
    /** A database to start servers on; {@link #fresh} gives each server an empty one. */
    public interface Kind {
        String name();

        DatabaseSettings fresh(Path dataFolder);
    }

    private static final String USER = env("CEMC_TEST_PG_USER").orElse("cemc_test");
    private static final String PASSWORD = env("CEMC_TEST_PG_PASSWORD").orElse("cemc_test");
    private static final String URL = env("CEMC_TEST_PG_URL").orElse("jdbc:postgresql://localhost:5432/cemc_test");
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final boolean POSTGRESQL = reachable();

    private TestDatabases() {
    }

    public static final Kind H2 = new Kind() {
        @Override
        public String name() {
            return "h2";
        }

        @Override
        public DatabaseSettings fresh(Path dataFolder) {
            return DatabaseSettings.embedded(dataFolder);
        }

        @Override
        public String toString() {
            return name();
        }
    };

    public static final Kind POSTGRESQL_KIND = new Kind() {
        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public DatabaseSettings fresh(Path dataFolder) {
            String schema = "cemc_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                 Statement statement = connection.createStatement()) {
                // A test-made identifier of letters, digits and '_', not input: safe to write into the statement.
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make a test schema on " + URL + ": " + e.getMessage(), e);
            }
            return new DatabaseSettings(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER,
                    PASSWORD);
        }

        @Override
        public String toString() {
            return name();
        }
    };

    /** H2, and PostgreSQL when reachable (a line on standard error says when it is not, and why). */
    public static List<Kind> available() {
        List<Kind> kinds = new ArrayList<>(List.of(H2));
        if (POSTGRESQL) {
            kinds.add(POSTGRESQL_KIND);
        }
        return kinds;
    }

    /** Whether to test on PostgreSQL: when CEMC_TEST_PG_URL names one, it must be reachable (as in .ci/run). */
    private static boolean reachable() {
        DriverManager.setLoginTimeout(2);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            if (env("CEMC_TEST_PG_URL").isPresent()) {
                throw new IllegalStateException("CEMC_TEST_PG_URL is set but PostgreSQL cannot be reached at " + URL
                        + ": " + e.getMessage(), e);
            }
            System.err.println("cemc-server tests: PostgreSQL not reachable at " + URL + " (" + e.getMessage()
                    + "); running on H2 only. Set CEMC_TEST_PG_URL, CEMC_TEST_PG_USER and CEMC_TEST_PG_PASSWORD, or "
                    + "run .ci/run, to test on PostgreSQL too.");
            return false;
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
