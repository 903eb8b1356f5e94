package org.cemc.input;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The case being read: its files, and the checks and wording the sections share, so that every message about a
 * field of case.yaml reads {@code <case.yaml>, field <path>: <problem>.}
 */
final class CaseSource {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final CaseFiles files;
    private final String yaml;

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

    InvalidCaseException error(String field, String problem) {
        return new InvalidCaseException(yaml + ", field " + field + ": " + problem + ".");
    }
}
