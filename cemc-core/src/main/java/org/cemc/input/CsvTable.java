package org.cemc.input;

import java.io.IOException;
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
 */
final class CsvTable {

    /** One data line: its line number in the file, its keys as text and its values as numbers. */
    record Line(int number, Map<String, String> keys, Map<String, Double> values) {
    }

    /** A plain decimal number; Java would also accept "1d", "0x1p3", "NaN" and "Infinity", which we do not. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

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
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setTrim(true).setIgnoreEmptyLines(true)
                .setCommentMarker('#').build();
        try (Reader reader = files.open(name); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> valueColumns = checkHeader(file, header, keyColumns, allowedValueColumns);
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(readLine(file, record, keyColumns, valueColumns));
            }
            return new CsvTable(file, valueColumns, lines);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidCaseException(file + ": cannot be read as CSV with a header line (" + e.getMessage()
                    + "). Save it as comma-separated text with column names on the first line.");
        }
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

    private static Line readLine(String file, CSVRecord record, List<String> keyColumns, List<String> valueColumns) {
        int number = (int) record.getParser().getCurrentLineNumber();
        if (!record.isConsistent()) {
            throw new InvalidCaseException(file + " line " + number + ": has " + record.size()
                    + " fields but the header has " + record.getParser().getHeaderNames().size() + ".");
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
            values.put(column, number(file, number, column, record.get(column)));
        }
        return new Line(number, keys, values);
    }

    private static double number(String file, int line, String column, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidCaseException(file + " line " + line + ", column \"" + column + "\": \"" + text
                    + "\" is not a number; write decimals with a point, e.g. 0.25 or 1.5e-3.");
        }
        return Double.parseDouble(text);
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
