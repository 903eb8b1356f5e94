package org.cemc.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one shape of every error response: {@code {"error": {"field": "time_limit", "message": "..."}}}. */
final class ErrorBody {
    private ErrorBody() {
    }

    static Map<String, Object> of(Optional<String> field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        field.ifPresent(name -> error.put("field", name));
        error.put("message", message);
        return Map.of("error", error);
    }
}
