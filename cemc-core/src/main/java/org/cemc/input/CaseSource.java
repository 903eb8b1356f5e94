package org.cemc.input;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The case being read: its files, and the checks and wording the sections share, so that every message about a
 * field of case.yaml reads {@code <case.yaml>, field <path>: <problem>.}
 */
final class CaseSource {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

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
    CsvTable table(String name, String field, List<String> keys, Set<String> columns) {
        if (!files.exists(name)) {
            throw new InvalidCaseException(yaml + ", field " + field + ": names \"" + name + "\" but "
                    + files.describe(name) + " does not exist.");
        }
        return CsvTable.read(files, name, keys, columns);
    }

    /** The entry's id, checked for form and against the ids of its kind seen so far (to which it is added). */
    String uniqueId(String id, String field, String kind, Set<String> seen) {
        String idField = field + "." + CaseKeys.ID;
        String value = require(id, idField);
        if (!ID.matcher(value).matches()) {
            throw error(idField, "\"" + value + "\" is not a valid id; use letters, digits, '.', '_' and '-'");
        }
        if (seen.contains(value)) {
            throw error(idField, kind + " \"" + value + "\" is defined twice");
        }
        seen.add(value);
        return value;
    }

    <T> T require(T value, String field) {
        if (value == null) {
            throw error(field, "is missing");
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
        if (range.refused(value)) {
            throw error(field, what + " " + PlausibleRanges.number(value) + " " + range.unit() + ", outside "
                    + range.hard() + "; check the value and its unit");
        }
        if (range.unusual(value)) {
            warn(yaml + ", field " + field + ": " + what + " " + PlausibleRanges.number(value) + " " + range.unit()
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
        return new InvalidCaseException(yaml + ", field " + field + ": " + problem + ".");
    }
}
