package org.cemc.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where a webjar's files are served ({@code config.staticFiles.enableWebjars()}): under its version, which is read
 * from the jar itself so that a version bump in the pom needs no change in the pages that link to it.
 */
public final class Webjars {
    private Webjars() {
    }

    /** The path the files of webjar {@code groupId:artifactId} are served under, ending in a slash. */
    public static String path(String groupId, String artifactId) {
        String pom = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = Webjars.class.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifactId + " webjar is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/webjars/" + artifactId + "/" + properties.getProperty("version") + "/";
    }
}
