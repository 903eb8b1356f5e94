package org.cemc.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.cemc.community.TimeGrid;

/**
 * A CSV file of a case: a header, key columns (text, e.g. {@code house}, {@code period}) and numeric value
 * columns. Reading it checks the header against the columns the file may have and every value for being a finite
 * number, naming the file, line and column of the first problem.
 *
 * <p>Spreadsheet exports are read as written: a leading byte-order mark (U+FEFF) is ignored, and the separator is
 * decided from the header line: ',' normally, ';' when the header has ';' and no ','. In a ';' file a number may
 * use a decimal comma ("0,25" is 0.25), never a thousands separator. A header with both separators, a
 * tab-separated header, a ';' number with both '.' and ',' and a ',' line split by decimal commas are refused with
 * a message saying what was seen and what to write.
 */
final class CsvTable {

    /** One data line: its line number in the file, its keys as text and its values as numbers. */
    record Line(int number, Map<String, String> keys, Map<String, Double> values) {
    }

    /** A plain decimal number; Java would also accept "1d", "0x1p3", "NaN" and "Infinity", which we do not. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** The same with a decimal comma, allowed in ';'-separated files only. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?(\\d+,?\\d*|,\\d+)([eE][+-]?\\d+)?");
    /** A whole number and the digits after it: the two halves of a decimal comma split by a ',' separator. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern FRACTION = Pattern.compile("\\d+([eE][+-]?\\d+)?");
    private static final char BOM = '\uFEFF';

    private final String file;
    private final List<String> valueColumns;
    private final List<Line> lines;

    private CsvTable(String file, List<String> valueColumns, List<Line> lines) {
        this.file = file;
        this.valueColumns = valueColumns;
        this.lines = lines;
    }

    /**
     * @param keyColumns columns every line must have, read as text
     * @param allowedValueColumns numeric columns the file may have; any other column is an error
     */
    static CsvTable read(CaseFiles files, String name, List<String> keyColumns, Set<String> allowedValueColumns) {
        String file = files.describe(name);
        try (Reader reader = files.open(name)) {
            return read(file, reader, keyColumns, allowedValueColumns);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw unreadable(file, e);
        }
    }

    private static CsvTable read(String file, Reader text, List<String> keyColumns, Set<String> allowedValueColumns)
            throws IOException {
        BufferedReader buffered = new BufferedReader(text);
        // The lines up to and including the header, given back to the parser so that line numbers stay those of
        // the file; the byte-order mark alone is dropped.
        StringBuilder start = new StringBuilder();
        int lineNumber = 0;
        String header = null;
        String line;
        while (header == null && (line = buffered.readLine()) != null) {
            if (lineNumber == 0 && !line.isEmpty() && line.charAt(0) == BOM) {
                line = line.substring(1);
            }
            lineNumber++;
            // A blank line is given back as a comment, which the parser skips before the header as this search did.
            start.append(line.isBlank() ? "#" : line).append('\n');
            if (!line.isBlank() && !line.startsWith("#")) {
                header = line;
            }
        }
        char delimiter = header == null ? ',' : delimiter(file, lineNumber, header);
        PushbackReader reader = new PushbackReader(buffered, Math.max(1, start.length()));
        reader.unread(start.toString().toCharArray());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headerNames = parser.getHeaderNames();
            List<String> valueColumns = checkHeader(file, headerNames, keyColumns, allowedValueColumns);
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(readLine(file, delimiter, record, keyColumns, valueColumns));
            }
            return new CsvTable(file, valueColumns, lines);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw unreadable(file, e);
        }
    }

    private static InvalidCaseException unreadable(String file, Exception e) {
        return new InvalidCaseException(file + ": cannot be read as CSV with a header line (" + e.getMessage()
                + "). Save it as comma-separated text with column names on the first line.");
    }

    /**
     * The separator, decided from the header line: ',' normally, ';' when the header has ';' and no ','. Separators
     * inside double quotes do not count.
     */
    private static char delimiter(String file, int lineNumber, String header) {
        boolean comma = false;
        boolean semicolon = false;
        boolean tab = false;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma |= c == ',';
                semicolon |= c == ';';
                tab |= c == '\t';
            }
        }
        String where = file + " line " + lineNumber + ": the header \"" + header.strip() + "\"";
        if (comma && semicolon) {
            throw new InvalidCaseException(where + " has both ',' and ';' between column names, so the separator is "
                    + "ambiguous; separate the columns with ',' only (decimals with a point), or with ';' only "
                    + "(decimals with a point or a comma).");
        }
        if (semicolon) {
            return ';';
        }
        if (!comma && tab) {
            throw new InvalidCaseException(where + " is separated by tabs, which CEMC does not read; save the file "
                    + "as CSV with ',' between columns (decimals with a point), or with ';' (decimals with a point "
                    + "or a comma).");
        }
        return ',';
    }

    private static List<String> checkHeader(String file, List<String> header, List<String> keyColumns,
                                            Set<String> allowed) {
        Set<String> seen = new TreeSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new InvalidCaseException(file + ": column \"" + column + "\" appears twice in the header.");
            }
        }
        for (String key : keyColumns) {
            if (!seen.contains(key)) {
                throw new InvalidCaseException(file + ": the header has no column \"" + key + "\"; it needs "
                        + keyColumns + " and any of " + new TreeSet<>(allowed) + ".");
            }
        }
        List<String> valueColumns = new ArrayList<>();
        for (String column : header) {
            if (keyColumns.contains(column)) {
                continue;
            }
            if (!allowed.contains(column)) {
                throw new InvalidCaseException(file + ": unknown column \"" + column + "\"; the columns it may have are "
                        + keyColumns + " and " + new TreeSet<>(allowed) + ".");
            }
            valueColumns.add(column);
        }
        return valueColumns;
    }

    private static Line readLine(String file, char delimiter, CSVRecord record, List<String> keyColumns,
                                 List<String> valueColumns) {
        int number = (int) record.getParser().getCurrentLineNumber();
        if (!record.isConsistent()) {
            int headerSize = record.getParser().getHeaderNames().size();
            String problem = file + " line " + number + ": has " + record.size() + " fields but the header has "
                    + headerSize;
            if (delimiter == ',' && record.size() > headerSize && splitDecimal(record)) {
                problem += "; this looks like decimal commas in a comma-separated file; save with ';' as the "
                        + "separator (then \"0,25\" is read as 0.25) or use decimal points (0.25)";
            } else if (delimiter == ',' && record.size() < headerSize && record.stream().anyMatch(f -> f.contains(";"))) {
                problem += "; the line is separated by ';' but the header by ','; use one separator in the whole file";
            }
            throw new InvalidCaseException(problem + ".");
        }
        Map<String, String> keys = new HashMap<>();
        for (String key : keyColumns) {
            String text = record.get(key);
            if (text.isEmpty()) {
                throw new InvalidCaseException(file + " line " + number + ": column \"" + key + "\" is empty.");
            }
            keys.put(key, text);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String column : valueColumns) {
            values.put(column, number(file, delimiter, number, column, record.get(column)));
        }
        return new Line(number, keys, values);
    }

    /** Whether some field is a whole number followed by a field of digits, as "0,25" split at its comma is. */
    private static boolean splitDecimal(CSVRecord record) {
        for (int i = 0; i + 1 < record.size(); i++) {
            if (WHOLE.matcher(record.get(i)).matches() && FRACTION.matcher(record.get(i + 1)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static double number(String file, char delimiter, int line, String column, String text) {
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        String where = file + " line " + line + ", column \"" + column + "\": \"" + text + "\"";
        if (delimiter != ';') {
            throw new InvalidCaseException(where + " is not a number; write decimals with a point, e.g. 0.25 or 1.5e-3.");
        }
        if (text.indexOf('.') >= 0 && text.indexOf(',') >= 0) {
            throw new InvalidCaseException(where + " has both '.' and ',', as a thousands separator would; write "
                    + "numbers without thousands separators and with one decimal mark, e.g. 1234,5 or 1234.5.");
        }
        if (DECIMAL_COMMA.matcher(text).matches()) {
            return Double.parseDouble(text.replace(',', '.'));
        }
        throw new InvalidCaseException(where + " is not a number; write decimals with a comma or a point, e.g. 0,25 "
                + "or 0.25 or 1,5e-3.");
    }

    /** The line's {@code period} key, a period of {@code grid}. */
    int period(Line line, TimeGrid grid) {
        String text = line.keys().get(CaseKeys.PERIOD);
        int period;
        try {
            period = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidCaseException(file + " line " + line.number() + ", column \"" + CaseKeys.PERIOD + "\": \""
                    + text + "\" is not a whole number.");
        }
        if (period < 0 || period >= grid.periods()) {
            throw new InvalidCaseException(file + " line " + line.number() + ": period " + period
                    + " is outside 0.." + (grid.periods() - 1) + " (the case has " + grid.periods() + " periods).");
        }
        return period;
    }

    String file() {
        return file;
    }

    List<String> valueColumns() {
        return valueColumns;
    }

    boolean has(String column) {
        return valueColumns.contains(column);
    }

    List<Line> lines() {
        return lines;
    }
}
