package org.cemc.server.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Case and run ids in paths: positive whole numbers as the API writes them, without leading zeros, so each case and
 * run has one URL; anything else names nothing (404).
 */
public final class PathIds {
    private PathIds() {
    }

    static Optional<Long> parse(String text) {
        if (text.isEmpty() || text.length() > 18 || text.charAt(0) == '0'
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    /** The path's {@code {id}}; a 404 naming {@code what} if it cannot be an id. */
    public static long of(Context ctx, String what) {
        String text = ctx.pathParam("id");
        return parse(text).orElseThrow(() -> ApiException.notFound("no " + what + " \"" + text + "\"."));
    }
}
