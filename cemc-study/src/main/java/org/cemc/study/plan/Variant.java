package org.cemc.study.plan;

import java.io.Serializable;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A variant of a study's case: named case parameters and the values they take, as the study file gives them
 * (docs/studies.md, "Variants"). The base variant changes nothing.
 *
 * @param name unique within the study, usable in a file name (letters, digits, '.', '_', '-')
 * @param parameters each parameter's name (a key of docs/case-format.md) and value, as written in the study file
 */
public record Variant(String name, SortedMap<String, String> parameters) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String BASE = "base";

    public Variant {
        parameters = new TreeMap<>(parameters);
    }

    public static Variant base() {
        return new Variant(BASE, new TreeMap<>());
    }

    @Override
    public SortedMap<String, String> parameters() {
        return new TreeMap<>(parameters);
    }
}
