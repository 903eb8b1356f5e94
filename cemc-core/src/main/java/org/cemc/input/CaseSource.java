package org.cemc.input;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The case being read: its files, and the checks and wording the sections share, so that every message about a
 * field of case.yaml reads {@code <case.yaml>, field <path>: <problem>.}
 */
final class CaseSource {
    /** The longest id, in characters (Unicode code points). */
    static final int ID_MAX_LENGTH = 64;
    /**
     * The id rule of docs/case-format.md ("Ids"), quoted by every message that refuses an id. '_' is left out on
     * purpose: ids become variable names {@code <owner>_<quantity>_t<period>} (org.cemc.model.Names), and with '_'
     * in ids two different variables can get one name (guest EV "x" hosted at house "y_soc" and guest EV
     * "x_charge_at_y" both make {@code x_charge_at_y_soc_t0}), which CBC refuses.
     */
    static final String ID_RULE = "an id is 1 to " + ID_MAX_LENGTH + " characters: Unicode letters and digits "
            + "(any script, e.g. m\u00fchle-\u00f8) and the separators '-' and '.', starting with a letter or digit "
            + "and not ending with a separator; no spaces, no '_' (it joins the parts of the model's variable names) "
            + "and no other characters; ids are case-sensitive";

    private final CaseFiles files;
    private final String yaml;
    private final List<String> warnings = new ArrayList<>();

    CaseSource(CaseFiles files) {
        this.files = files;
        this.yaml = files.describe(CaseReader.CASE_FILE);
    }

    /** case.yaml as messages name it, e.g. {@code my-case/case.yaml}. */
    String yaml() {
        return yaml;
    }

    CaseFiles files() {
        return files;
    }

    String describe(String file) {
        return files.describe(file);
    }

    boolean exists(String file) {
        return files.exists(file);
    }

    Reader open(String file) throws IOException {
        return files.open(file);
    }

    /** The CSV file that case.yaml names in {@code field}. */
    CsvTable table(String name, String field, CsvTable.Columns columns) {
        if (!files.exists(name)) {
            throw new InvalidCaseException(yaml + ", field " + field + ": names \"" + name + "\" but "
                    + files.describe(name) + " does not exist.");
        }
        return CsvTable.open(files, name, columns);
    }

    /**
     * The entry's id, checked for form and against the ids of its kind seen so far (to which it is added).
     *
     * @param place where the id is, e.g. {@code case.yaml, field houses[0].id} ({@link #field})
     */
    String uniqueId(String id, String place, String kind, Set<String> seen) {
        String value = requireAt(id, place);
        Optional<String> problem = idProblem(value);
        if (problem.isPresent()) {
            throw errorAt(place, "\"" + printable(value) + "\" is not a valid id: " + problem.get() + "; " + ID_RULE);
        }
        if (seen.contains(value)) {
            throw errorAt(place, kind + " \"" + value + "\" is defined twice");
        }
        seen.add(value);
        return value;
    }

    /** What breaks the id rule ({@link #ID_RULE}) in {@code id}, naming the first offending character; else empty. */
    static Optional<String> idProblem(String id) {
        int length = id.codePointCount(0, id.length());
        if (length == 0) {
            return Optional.of("it is empty");
        }
        if (length > ID_MAX_LENGTH) {
            return Optional.of("it has " + length + " characters, more than " + ID_MAX_LENGTH);
        }
        int position = 0;
        int last = -1;
        for (int i = 0; i < id.length(); i += Character.charCount(last)) {
            last = id.codePointAt(i);
            position++;
            int type = Character.getType(last);
            boolean letterOrDigit = Character.isLetter(last) || type == Character.DECIMAL_DIGIT_NUMBER;
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            boolean separator = last == '-' || last == '.';
            if (!letterOrDigit && !mark && !separator) {
                return Optional.of("character " + position + ", " + describe(last) + ", is not allowed");
            }
            if (position == 1 && !letterOrDigit) {
                return Optional.of("it starts with " + describe(last));
            }
        }
        if (last == '-' || last == '.') {
            return Optional.of("it ends with " + describe(last));
        }
        if (!Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
            return Optional.of("it is not in Unicode's composed form (NFC), so it would differ from the same id "
                    + "typed elsewhere; retype it or save the file as NFC");
        }
        return Optional.empty();
    }

    /** A character as messages show it: {@code '/' (U+002F)}, control characters by code and name only. */
    private static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        String name = Character.getName(codePoint);
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return code + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT));
        }
        return "'" + new String(Character.toChars(codePoint)) + "' (" + code + ")";
    }

    /** {@code text} with its control characters written as Java escapes, so a message stays on one line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    <T> T require(T value, String field) {
        return requireAt(value, field(field));
    }

    <T> T requireAt(T value, String place) {
        if (value == null) {
            throw errorAt(place, "is missing");
        }
        return value;
    }

    double nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw error(field, value + " must be a finite number >= 0");
        }
        return value;
    }

    /**
     * Checks a value of case.yaml against its plausible range: refused outside the hard range, a warning outside
     * the usual one. {@code what} says whose value it is, e.g. {@code house "a" has}.
     */
    double plausible(String field, String what, PlausibleRanges.Range range, double value) {
        return plausibleAt(field(field), what, range, value);
    }

    /** {@link #plausible} for a value at {@code place}, a field of case.yaml or a cell of a CSV table. */
    double plausibleAt(String place, String what, PlausibleRanges.Range range, double value) {
        if (range.refused(value)) {
            throw errorAt(place, what + " " + PlausibleRanges.number(value) + " " + range.unit() + ", outside "
                    + range.hard() + "; check the value and its unit");
        }
        if (range.unusual(value)) {
            warn(place + ": " + what + " " + PlausibleRanges.number(value) + " " + range.unit()
                    + ", outside " + range.usual() + "; read as given.");
        }
        return value;
    }

    /**
     * Checks each period of a series against its plausible range: refused at the first value outside the hard
     * range; one warning, naming the first period, for the values outside the usual one.
     *
     * @param where for a period, whose value it is and where, e.g. {@code houses.csv line 3, column "pv_kwh": house
     *     "a" has}
     */
    void plausibleSeries(PlausibleRanges.Range range, double[] values, IntFunction<String> where) {
        int unusual = 0;
        int first = -1;
        for (int t = 0; t < values.length; t++) {
            if (range.refused(values[t])) {
                throw new InvalidCaseException(where.apply(t) + " " + PlausibleRanges.number(values[t]) + " "
                        + range.unit() + " in period " + t + ", outside " + range.hard()
                        + "; check the value and its unit.");
            }
            if (range.unusual(values[t])) {
                first = first < 0 ? t : first;
                unusual++;
            }
        }
        if (unusual > 0) {
            warn(where.apply(first) + " " + PlausibleRanges.number(values[first]) + " " + range.unit() + " in period "
                    + first + (unusual > 1 ? " (and " + (unusual - 1) + " more " + (unusual == 2 ? "period" : "periods")
                    + ")" : "") + ", outside " + range.usual() + "; read as given.");
        }
    }

    /** Records something a user should know about the case that is read as given (see {@link CaseReader.ReadCase}). */
    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    InvalidCaseException error(String field, String problem) {
        return errorAt(field(field), problem);
    }

    /** A problem at {@code place}: a field of case.yaml ({@link #field}) or a line and column of a CSV file. */
    InvalidCaseException errorAt(String place, String problem) {
        return new InvalidCaseException(place + ": " + problem + ".");
    }

    /** A field of case.yaml as messages name it: {@code my-case/case.yaml, field houses[0].id}. */
    String field(String path) {
        return yaml + ", field " + path;
    }
}
