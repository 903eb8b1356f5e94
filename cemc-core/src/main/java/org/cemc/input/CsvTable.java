package org.cemc.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.cemc.community.TimeGrid;

/**
 * A CSV file of a case: a header, key columns (text, e.g. {@code house}, {@code period}), optional text columns and
 * numeric value columns. Opening it checks its size against its cap ({@link SizeCaps}) and its header against the
 * columns the file may have; its lines are then read one at a time ({@link #forEach}), so that a file of millions
 * of lines is never held in memory whole, and every value is checked for being a finite number, naming the file,
 * line and column of the first problem.
 *
 * <p>Spreadsheet exports are read as written: a leading byte-order mark (U+FEFF) is ignored, and the separator is
 * decided from the header line: ',' normally, ';' when the header has ';' and no ','. In a ';' file a number may
 * use a decimal comma ("0,25" is 0.25), never a thousands separator. A header with both separators, a
 * tab-separated header, a ';' number with both '.' and ',' and a ',' line split by decimal commas are refused with
 * a message saying what was seen and what to write.
 */
final class CsvTable implements AutoCloseable {

    /**
     * One data line: its line number in the file, its key and text columns as text and its values as numbers. In a
     * table of entries, a blank cell is a value not given, absent from the maps.
     */
    record Line(int number, Map<String, String> keys, Map<String, Double> values) {
    }

    /** What a file holds, which sets its size cap and what a blank cell means. */
    enum Kind {
        /** Series per period (house series, prices, first-stage.csv): every cell is given. */
        SERIES(SizeCaps.SERIES_TABLE_BYTES, "a CSV file of series", "that is several times the 600 MB of 180,000 "
                + "houses over 96 periods, so check that it is the file meant, or split the case into smaller ones"),
        /** One line per entry (houses, guest EVs): a blank cell is a field not given, as a key left out in YAML. */
        ENTRIES(SizeCaps.ENTRY_TABLE_BYTES, "a CSV table of houses or guest EVs", "that is more than ten times "
                + "the 4.9 MB of 180,000 houses, so check that it is the file meant");

        private final long cap;
        private final String role;
        private final String advice;

        Kind(long cap, String role, String advice) {
            this.cap = cap;
            this.role = role;
            this.advice = advice;
        }
    }

    /**
     * The columns a file may have.
     *
     * @param keys columns every line must fill, read as text
     * @param texts optional text columns
     * @param numbers numeric columns the file may have; any column not listed here is an error
     */
    record Columns(Kind kind, List<String> keys, Set<String> texts, Set<String> numbers) {
        static Columns series(List<String> keys, Set<String> numbers) {
            return new Columns(Kind.SERIES, keys, Set.of(), numbers);
        }

        static Columns entries(String key, Set<String> texts, Set<String> numbers) {
            return new Columns(Kind.ENTRIES, List.of(key), texts, numbers);
        }

        private Set<String> optional() {
            Set<String> optional = new TreeSet<>(texts);
            optional.addAll(numbers);
            return optional;
        }
    }

    /** A whole number and the digits after it: the two halves of a decimal comma split by a ',' separator. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern FRACTION = Pattern.compile("\\d+([eE][+-]?\\d+)?");
    private static final char BOM = '\uFEFF';

    private final String file;
    private final Columns columns;
    private final char delimiter;
    private final CSVParser parser;
    private final List<String> textColumns;
    private final List<String> valueColumns;
    /** The position in a line of each key, text and value column: looked up once, not by name in every line. */
    private final int[] keyAt;
    private final int[] textAt;
    private final int[] valueAt;

    private CsvTable(String file, Columns columns, char delimiter, CSVParser parser) {
        this.file = file;
        this.columns = columns;
        this.delimiter = delimiter;
        this.parser = parser;
        List<String> header = parser.getHeaderNames();
        this.textColumns = header.stream().filter(columns.texts()::contains).toList();
        this.valueColumns = header.stream().filter(columns.numbers()::contains).toList();
        this.keyAt = columns.keys().stream().mapToInt(header::indexOf).toArray();
        this.textAt = textColumns.stream().mapToInt(header::indexOf).toArray();
        this.valueAt = valueColumns.stream().mapToInt(header::indexOf).toArray();
    }

    /** Opens {@code name} after checking its size and reads its header; {@link #forEach} then reads its lines. */
    static CsvTable open(CaseFiles files, String name, Columns columns) {
        SizeCaps.check(files, name, columns.kind().cap, columns.kind().role, columns.kind().advice);
        String file = files.describe(name);
        Reader reader = null;
        try {
            reader = files.open(name);
            return open(file, reader, columns);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            closeQuietly(reader);
            throw unreadable(file, e);
        } catch (InvalidCaseException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    private static CsvTable open(String file, Reader text, Columns columns) throws IOException {
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
        CSVParser parser = CSVParser.parse(reader, format);
        checkHeader(file, parser.getHeaderNames(), columns);
        return new CsvTable(file, columns, delimiter, parser);
    }

    /** Reads every line, in order, giving each to {@code action}; closes the file at the end. */
    void forEach(Consumer<Line> action) {
        try (CSVParser records = parser) {
            for (CSVRecord record : records) {
                action.accept(readLine(record));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // already failing with a message about this file
            }
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

    private static void checkHeader(String file, List<String> header, Columns columns) {
        Set<String> seen = new TreeSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new InvalidCaseException(file + ": column \"" + column + "\" appears twice in the header.");
            }
        }
        for (String key : columns.keys()) {
            if (!seen.contains(key)) {
                throw new InvalidCaseException(file + ": the header has no column \"" + key + "\"; it needs "
                        + columns.keys() + " and any of " + columns.optional() + ".");
            }
        }
        for (String column : header) {
            if (!columns.keys().contains(column) && !columns.optional().contains(column)) {
                throw new InvalidCaseException(file + ": unknown column \"" + column + "\"; the columns it may have are "
                        + columns.keys() + " and " + columns.optional() + ".");
            }
        }
    }

    private Line readLine(CSVRecord record) {
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
        for (int k = 0; k < keyAt.length; k++) {
            String text = record.get(keyAt[k]);
            if (text.isEmpty()) {
                throw new InvalidCaseException(file + " line " + number + ": column \"" + columns.keys().get(k)
                        + "\" is empty.");
            }
            keys.put(columns.keys().get(k), text);
        }
        for (int k = 0; k < textAt.length; k++) {
            String text = record.get(textAt[k]);
            if (!text.isEmpty()) {
                keys.put(textColumns.get(k), text);
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < valueAt.length; k++) {
            String text = record.get(valueAt[k]);
            if (!text.isEmpty() || columns.kind() != Kind.ENTRIES) {
                values.put(valueColumns.get(k), number(file, delimiter, number, valueColumns.get(k), text));
            }
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
        if (decimal(text, '.')) {
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
        if (decimal(text, ',')) {
            return Double.parseDouble(text.replace(',', '.'));
        }
        throw new InvalidCaseException(where + " is not a number; write decimals with a comma or a point, e.g. 0,25 "
                + "or 0.25 or 1,5e-3.");
    }

    /**
     * Whether {@code text} is a plain decimal number with {@code mark} as its decimal mark:
     * {@code [+-]?(\d+mark?\d*|mark\d+)([eE][+-]?\d+)?}, ASCII digits only. Java's own parser would also accept
     * "1d", "0x1p3", "NaN" and "Infinity", which we do not. Checked by hand: a regular expression per value took a
     * fifth of the time of reading a large series.
     */
    static boolean decimal(String text, char mark) {
        int n = text.length();
        int i = sign(text, 0);
        int start = i;
        i = digits(text, i);
        boolean anyDigit = i > start;
        if (i < n && text.charAt(i) == mark) {
            int fraction = ++i;
            i = digits(text, i);
            anyDigit |= i > fraction;
        }
        if (!anyDigit) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = sign(text, i + 1);
            i = digits(text, exponent);
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    private static int sign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    private static int digits(String text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
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

    /**
     * A true/false text column of a table of entries, in any letter case (spreadsheets write TRUE); null when the
     * cell is blank.
     */
    Boolean bool(Line line, String column) {
        String text = line.keys().get(column);
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
        }
        throw new InvalidCaseException(file + " line " + line.number() + ", column \"" + column + "\": \""
                + CaseSource.printable(text) + "\" is not true or false.");
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
}
