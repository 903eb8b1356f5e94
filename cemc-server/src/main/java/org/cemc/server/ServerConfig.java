package org.cemc.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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
 * @param publicUrl the origin browsers reach the dashboard at when that is not this server's own address (behind a
 *     reverse proxy, e.g. https://cemc.example.org): sign-in forms must come from it, and an https one makes the
 *     sign-in cookie Secure
 */
public record ServerConfig(String bind, int port, Path dataFolder, DatabaseSettings database, int workers,
                           int queueCapacity, UploadLimits uploads, Optional<URI> publicUrl) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_QUEUE = 100;

    public ServerConfig {
        if (port < 0 || port > 65535 || workers < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("port 0..65535, at least one worker and one queue place");
        }
    }

    /** Served at this server's own address, as browsers reach it directly. */
    public ServerConfig(String bind, int port, Path dataFolder, DatabaseSettings database, int workers,
                        int queueCapacity, UploadLimits uploads) {
        this(bind, port, dataFolder, database, workers, queueCapacity, uploads, Optional.empty());
    }

    /**
     * A public URL as an origin ({@code scheme://host[:port]}); an IllegalArgumentException saying what is wrong
     * where it is not an http or https URL of a host at its root (the dashboard is served at /, not under a path).
     */
    public static URI publicUrl(String text) {
        URI url;
        try {
            url = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL (" + e.getReason() + ")");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("must be an https:// (or http://) URL with a host name");
        }
        if (url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/")
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must be the server's root, as https://cemc.example.org, with no "
                    + "path, query or user (the dashboard is served at /)");
        }
        return URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() == -1 ? "" : ":" + url.getPort()));
    }
}
