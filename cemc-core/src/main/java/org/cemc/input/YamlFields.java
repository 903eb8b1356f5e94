package org.cemc.input;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * A YAML field in the words of CEMC's messages, for every file read through Jackson (case.yaml, study.yaml): where
 * a value is ({@code variants.list[1].name}) and what kind of value belongs there.
 */
public final class YamlFields {
    private YamlFields() {
    }

    /** What a YAML value of this Java type looks like, in the words of docs/case-format.md. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (lines starting with \"- \")";
        }
        return "a mapping of fields (key: value)";
    }

    /** The field in the words of the messages, e.g. {@code guest_evs[0].battery_kwh}. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }
}
