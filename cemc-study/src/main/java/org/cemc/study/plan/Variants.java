package org.cemc.study.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cemc.input.InvalidCaseException;

/**
 * The variants of study.yaml's {@code variants:} block (docs/studies.md, "Variants"): a sweep, whose cartesian
 * product is named from its values, or a list of named variants. Each parameter's name and value are checked here,
 * against {@link Parameter}; what a value does to the case is checked by core when the variant's case is read.
 *
 * @param variants in the file's order (a sweep's first parameter varies slowest); one base variant when none
 * @param parameters the parameters any variant sets, in the order the file first names them
 */
record Variants(List<Variant> variants, List<String> parameters) {
    /** What a variant's name may hold: it becomes part of job ids and file names. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String NAME_RULE = "1 to 100 letters A-Z, a-z, digits and '.', '_', '-'";
    private static final String NAME_KEY = "name";

    static Variants of(Path file, StudyFile.VariantsEntry entry) {
        if (entry == null || entry.sweep() == null && entry.list() == null) {
            return new Variants(List.of(Variant.base()), List.of());
        }
        if (entry.sweep() != null && entry.list() != null) {
            throw new InvalidCaseException(file + ", field variants: gives both sweep and list; keep one (a sweep "
                    + "crosses every value of each parameter, a list names each variant).");
        }
        return entry.sweep() != null ? sweep(file, entry.sweep()) : list(file, entry.list());
    }

    private static Variants sweep(Path file, LinkedHashMap<String, List<String>> sweep) {
        if (sweep.isEmpty()) {
            throw new InvalidCaseException(file + ", field variants.sweep: is empty; give each parameter swept and "
                    + "its values, e.g. grid_sell: [0.03, 0.05].");
        }
        List<Map<String, String>> product = new ArrayList<>();
        product.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> swept : sweep.entrySet()) {
            String field = "variants.sweep." + swept.getKey();
            Parameter parameter = known(file, field, "the sweep", swept.getKey());
            List<String> values = swept.getValue();
            if (values == null || values.isEmpty()) {
                throw new InvalidCaseException(file + ", field " + field + ": has no values; give a list such as ["
                        + example(parameter) + "].");
            }
            if (new HashSet<>(values).size() != values.size()) {
                throw new InvalidCaseException(file + ", field " + field + ": gives a value twice (" + values
                        + "); each value makes its own variants, so give each once.");
            }
            for (String value : values) {
                checkValue(file, field, "the sweep", parameter, value);
            }
            List<Map<String, String>> crossed = new ArrayList<>();
            for (Map<String, String> partial : product) {
                for (String value : values) {
                    Map<String, String> next = new LinkedHashMap<>(partial);
                    next.put(swept.getKey(), value);
                    crossed.add(next);
                }
            }
            product = crossed;
        }
        List<Variant> variants = new ArrayList<>();
        for (Map<String, String> values : product) {
            List<String> parts = new ArrayList<>();
            values.forEach((key, value) -> parts.add(key.replace('_', '-') + "-" + value));
            String name = String.join("_", parts);
            if (!NAME.matcher(name).matches()) {
                throw new InvalidCaseException(file + ", field variants.sweep: the variant of " + values
                        + " would be named \"" + name + "\", which is not " + NAME_RULE + "; give the variants as a "
                        + "list with a name each.");
            }
            variants.add(new Variant(name, new TreeMap<>(values)));
        }
        return new Variants(variants, List.copyOf(sweep.keySet()));
    }

    private static Variants list(Path file, List<LinkedHashMap<String, String>> list) {
        if (list.isEmpty()) {
            throw new InvalidCaseException(file + ", field variants.list: is empty; list each variant with a name "
                    + "and the parameters it sets, e.g. - {name: no-p2p, p2p: false}.");
        }
        List<Variant> variants = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> parameters = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "variants.list[" + i + "]";
            Map<String, String> entry = list.get(i) == null ? Map.of() : list.get(i);
            String name = entry.get(NAME_KEY);
            if (name == null) {
                throw new InvalidCaseException(file + ", field " + field + ".name: is missing; every variant of a "
                        + "list has a name (" + NAME_RULE + ").");
            }
            if (!NAME.matcher(name).matches()) {
                throw new InvalidCaseException(file + ", field " + field + ".name: \"" + name + "\" is not "
                        + NAME_RULE + "; it becomes part of the jobs' ids and file names.");
            }
            if (!names.add(name)) {
                throw new InvalidCaseException(file + ", field " + field + ".name: variant \"" + name
                        + "\" is defined twice.");
            }
            TreeMap<String, String> values = new TreeMap<>();
            for (Map.Entry<String, String> value : entry.entrySet()) {
                if (value.getKey().equals(NAME_KEY)) {
                    continue;
                }
                String where = "variant \"" + name + "\"";
                Parameter parameter = known(file, field + "." + value.getKey(), where, value.getKey());
                if (value.getValue() == null) {
                    throw new InvalidCaseException(file + ", field " + field + "." + value.getKey() + ": " + where
                            + " gives no value; give one, e.g. " + value.getKey() + ": " + example(parameter) + ".");
                }
                checkValue(file, field + "." + value.getKey(), where, parameter, value.getValue());
                values.put(value.getKey(), value.getValue());
                parameters.add(value.getKey());
            }
            variants.add(new Variant(name, values));
        }
        return new Variants(variants, List.copyOf(parameters));
    }

    private static Parameter known(Path file, String field, String where, String key) {
        return Parameter.named(key).orElseThrow(() -> new InvalidCaseException(file + ", field " + field + ": "
                + where + " sets \"" + key + "\", which is not a parameter a variant may set; the parameters are "
                + String.join(", ", Parameter.keys()) + " (docs/studies.md, \"Variants\")."));
    }

    /** Checks that {@code value} is of the parameter's kind; what it does to the case, core checks. */
    private static void checkValue(Path file, String field, String where, Parameter parameter, String value) {
        String problem = switch (parameter.kind()) {
            case PRICE, PRICE_CONSTANT -> number(value) == null ? "is not a number" : null;
            case OPTION -> value.toLowerCase(Locale.ROOT).matches("true|false") ? null : "is not true or false";
            case CHARGER_SHARE -> {
                Double share = number(value);
                yield share == null || share < 0 || share > 1 ? "is not a share from 0 to 1" : null;
            }
            case P2P_RULE -> null;
        };
        if (problem != null) {
            throw new InvalidCaseException(file + ", field " + field + ": " + where + " sets " + parameter.key()
                    + " to \"" + value + "\", which " + problem + "; e.g. " + parameter.key() + ": "
                    + example(parameter) + ".");
        }
    }

    static Double number(String value) {
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String example(Parameter parameter) {
        return switch (parameter.kind()) {
            case PRICE, PRICE_CONSTANT -> "0.05";
            case OPTION -> "false";
            case CHARGER_SHARE -> "0.5";
            case P2P_RULE -> "sdr";
        };
    }
}
