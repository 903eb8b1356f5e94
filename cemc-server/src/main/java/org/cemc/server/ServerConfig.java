package org.cemc.server;

import java.nio.file.Path;
import org.cemc.server.cases.UploadLimits;
import org.cemc.server.store.DatabaseSettings;

/**
 * How {@code cemc serve} runs.
 *
 * @param bind the address to listen on (127.0.0.1: this machine only)
 * @param port 0 picks a free port (tests)
 * @param dataFolder holds admin-token and, with the embedded database, the database file
 * @param workers how many runs solve at once
 * @param queueCapacity how many runs may wait for a worker
 */
public record ServerConfig(String bind, int port, Path dataFolder, DatabaseSettings database, int workers,
                           int queueCapacity, UploadLimits uploads) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_QUEUE = 100;

    public ServerConfig {
        if (port < 0 || port > 65535 || workers < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("port 0..65535, at least one worker and one queue place");
        }
    }
}
