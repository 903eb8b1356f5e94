package org.cemc.server.http;

import java.util.Optional;

/**
 * A request the server refuses, with the HTTP status and the one-paragraph message the client gets as
 * {@code {"error": {"field": ..., "message": ...}}}.
 *
 * @see ErrorBody
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Optional<String> field;

    public ApiException(int status, String message) {
        this(status, null, message);
    }

    /** @param field the request field at fault (a JSON field or a path or header name), or null */
    public ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = Optional.ofNullable(field);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public int status() {
        return status;
    }

    public Optional<String> field() {
        return field;
    }
}
