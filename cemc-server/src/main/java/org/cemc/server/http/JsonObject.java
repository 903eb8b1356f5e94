package org.cemc.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object from a request body, read field by field: each field of the wrong type, and each field the
 * endpoint does not know, is a 400 that names it ({@code a.b} for a field inside an object).
 */
public final class JsonObject {
    /** Request bodies of JSON options are small; more than this is refused before parsing. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node;
    private final String prefix;

    private JsonObject(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The request's body as a JSON object whose fields are all among {@code known}; an empty body is {}. */
    public static JsonObject of(Context ctx, Set<String> known) {
        return parse(read(ctx), known);
    }

    /** {@code body} as a JSON object whose fields are all among {@code known}; empty is {}. */
    public static JsonObject parse(byte[] body, Set<String> known) {
        if (body.length == 0) {
            return new JsonObject(MAPPER.createObjectNode(), "");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(null, "the body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw ApiException.badRequest(null, "the body could not be read: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            return new JsonObject(MAPPER.createObjectNode(), "");
        }
        if (!node.isObject()) {
            throw ApiException.badRequest(null, "the body must be a JSON object ({...}), not " + kind(node) + ".");
        }
        return new JsonObject((ObjectNode) node, "").onlyKnown(known);
    }

    private static byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest(null, "the body could not be read: " + e.getMessage());
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "the JSON body is larger than " + MAX_BYTES + " bytes.");
    }

    private JsonObject onlyKnown(Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(prefix + unknown.get(0), "field " + prefix + unknown.get(0)
                    + " is not known here; the fields are " + String.join(", ", known.stream().sorted().toList())
                    + ".");
        }
        return this;
    }

    public Optional<String> text(String name) {
        return field(name).map(value -> {
            if (!value.isTextual()) {
                throw wrongType(name, "a string", value);
            }
            return value.asText();
        });
    }

    public Optional<Double> number(String name) {
        return field(name).map(value -> {
            if (!value.isNumber()) {
                throw wrongType(name, "a number", value);
            }
            return value.asDouble();
        });
    }

    public Optional<Long> wholeNumber(String name) {
        return field(name).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw wrongType(name, "a whole number", value);
            }
            return value.asLong();
        });
    }

    public Optional<Boolean> bool(String name) {
        return field(name).map(value -> {
            if (!value.isBoolean()) {
                throw wrongType(name, "true or false", value);
            }
            return value.asBoolean();
        });
    }

    /** The object in field {@code name}, whose own fields must be among {@code known}. */
    public Optional<JsonObject> object(String name, Set<String> known) {
        return field(name).map(value -> {
            if (!value.isObject()) {
                throw wrongType(name, "an object ({...})", value);
            }
            return new JsonObject((ObjectNode) value, prefix + name + ".").onlyKnown(known);
        });
    }

    /** The name of field {@code name} as messages give it, with the path of the objects it is in. */
    public String path(String name) {
        return prefix + name;
    }

    /** Null is taken as absent, so a client may send every field and leave some to their defaults. */
    private Optional<JsonNode> field(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private ApiException wrongType(String name, String expected, JsonNode value) {
        return ApiException.badRequest(path(name), "field " + path(name) + " must be " + expected + ", not "
                + kind(value) + ".");
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
