package org.cemc.server.store;

import java.nio.file.Path;

/**
 * Where the server keeps its data: the embedded H2 database under the data folder, or a PostgreSQL server.
 *
 * @param url a JDBC URL, {@code jdbc:h2:file:...} or {@code jdbc:postgresql://...}
 * @param password never shown by {@link #toString()}
 */
public record DatabaseSettings(String url, String user, String password) {
    private static final String POSTGRESQL = "jdbc:postgresql:";

    public DatabaseSettings {
        if (!url.startsWith(POSTGRESQL) && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("a CEMC database is H2 or PostgreSQL, not " + url);
        }
    }

    /**
     * The embedded database, one file {@code cemc.mv.db} in {@code dataFolder}. PostgreSQL mode with lower-case
     * names, so the migrations and queries are the ones PostgreSQL runs. WRITE_DELAY=0 makes H2 write each commit to
     * its file before the commit returns (TransactionStore.commit stores the MVStore when the delay is 0); otherwise
     * a background thread writes commits later, and a process killed before it did (RestartTest caught one under
     * load) comes back without a run it had reported done.
     */
    public static DatabaseSettings embedded(Path dataFolder) {
        return new DatabaseSettings("jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("cemc")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "cemc", "");
    }

    /** {@code url} must name a PostgreSQL database ({@code jdbc:postgresql://host:port/name}). */
    public static boolean isPostgresqlUrl(String url) {
        return url.startsWith(POSTGRESQL);
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=(hidden)]";
    }
}
