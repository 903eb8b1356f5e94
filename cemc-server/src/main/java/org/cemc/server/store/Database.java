package org.cemc.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The server's database: a small connection pool, migrated to the newest schema (db/migration/V*.sql) when opened.
 * The repositories ({@link CaseStore}, {@link RunStore}, {@link TokenStore}) go through {@link #read} and
 * {@link #transaction}.
 */
public final class Database implements AutoCloseable {
    /** Work on one connection; a SQLException becomes a {@link StoreException}. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final String schemaVersion;

    private Database(HikariDataSource pool, String schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /** Connects, runs the migrations not yet applied, and returns the database; fails with a one-line reason. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(8);
        config.setPoolName("cemc");
        // Fail at start, with the driver's reason, rather than at the first request.
        config.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + settings.url() + ": " + rootMessage(e), e);
        }
        String version;
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
            flyway.migrate();
            version = flyway.info().current().getVersion().getVersion();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the database " + settings.url() + ": " + rootMessage(e), e);
        }
        return new Database(pool, version);
    }

    /** The schema's version after migrating, e.g. "1" (db/migration/V1__...). */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Runs {@code work} on a connection in auto-commit mode (a single statement, or reads). */
    public <T> T read(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it if it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
