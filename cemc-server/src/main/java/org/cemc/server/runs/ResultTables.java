package org.cemc.server.runs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A result CSV file (as the command line writes it) as JSON: one object per row with the CSV's columns as keys.
 * Numbers are JSON numbers, empty cells null; the id and label columns stay strings even where an id looks like a
 * number.
 */
public final class ResultTables {
    private static final Set<String> TEXT_COLUMNS = Set.of("house", "name", "community", "ev", "host", "scope",
            "term", "label", "paper", "seller", "buyer");

    private ResultTables() {
    }

    public static List<Map<String, Object>> rows(byte[] csv) {
        return rows(csv, row -> true);
    }

    /** The rows {@code keep} accepts (it sees each row's cells as text). */
    static List<Map<String, Object>> rows(byte[] csv, Predicate<Map<String, String>> keep) {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(reader)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = record.toMap();
                if (!keep.test(cells)) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    row.put(column, value(column, record.get(column)));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored result file could not be read", e);
        }
    }

    private static Object value(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (TEXT_COLUMNS.contains(column)) {
            return cell;
        }
        try {
            double number = Double.parseDouble(cell);
            if (number == Math.rint(number) && Math.abs(number) < 1e15 && !cell.contains(".") && !cell.contains("e")
                    && !cell.contains("E")) {
                return (long) number;
            }
            return number;
        } catch (NumberFormatException notANumber) {
            return cell;
        }
    }
}
