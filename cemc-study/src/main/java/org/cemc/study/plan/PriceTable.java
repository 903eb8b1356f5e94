package org.cemc.study.plan;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cemc.input.CaseKeys;
import org.cemc.input.InvalidCaseException;

/**
 * The case's prices file as given: a column per price, a row per period. A study takes it either as one day's
 * prices by clock period (24 rows of an hour, 96 of a quarter hour: {@link #isClockDay}) or as one row per period
 * of the case's series, sliced like the houses. Core checks every value when it reads the case; this class only
 * keeps the rows to cut a day's file from them.
 */
final class PriceTable {
    private final String file;
    private final Map<String, double[]> columns;
    private final int rows;

    private PriceTable(String file, Map<String, double[]> columns, int rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code name} in the case folder; a separator ';' with decimal commas is read as spreadsheets save it. */
    static PriceTable read(Path caseFolder, String name) {
        Path path = caseFolder.resolve(name);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidCaseException(path + ": cannot be read (" + e.getMessage() + ").");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        boolean spreadsheet = header.contains(";") && !header.contains(",");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(spreadsheet ? ';' : ',').setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> names = parser.getHeaderNames();
            if (!names.contains(CaseKeys.PERIOD)) {
                throw new InvalidCaseException(path + " line 1: no column \"" + CaseKeys.PERIOD + "\"; a prices file "
                        + "has one row per period, numbered from 0 (docs/case-format.md).");
            }
            List<CSVRecord> records = parser.getRecords();
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (String column : names) {
                if (!column.equals(CaseKeys.PERIOD)) {
                    columns.put(column, new double[records.size()]);
                }
            }
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                int period = (int) number(path, line, CaseKeys.PERIOD, record.get(CaseKeys.PERIOD), spreadsheet);
                if (period < 0 || period >= records.size()) {
                    throw new InvalidCaseException(path + " line " + line + ", column \"" + CaseKeys.PERIOD + "\": "
                            + period + " is not a period of a file of " + records.size() + " rows (0 to "
                            + (records.size() - 1) + ").");
                }
                for (Map.Entry<String, double[]> column : columns.entrySet()) {
                    column.getValue()[period] = number(path, line, column.getKey(), record.get(column.getKey()),
                            spreadsheet);
                }
            }
            return new PriceTable(path.toString(), columns, records.size());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidCaseException invalid) {
                throw invalid;
            }
            throw new InvalidCaseException(path + ": cannot be read as CSV (" + e.getMessage() + ").");
        }
    }

    private static double number(Path path, long line, String column, String text, boolean decimalComma) {
        try {
            return Double.parseDouble(decimalComma ? text.replace(',', '.') : text);
        } catch (NumberFormatException e) {
            throw new InvalidCaseException(path + " line " + line + ", column \"" + column + "\": \"" + text
                    + "\" is not a number.");
        }
    }

    int rows() {
        return rows;
    }

    String file() {
        return file;
    }

    /** True when the file holds one day by clock period: 24 h of {@code periodHours} periods. */
    boolean isClockDay(double periodHours) {
        return Math.abs(rows * periodHours - 24) < 1e-9;
    }

    /**
     * A prices file of {@code rowOfPeriod.length} periods, period p taking row {@code rowOfPeriod[p]} of this table,
     * without the columns in {@code without}; empty when no column is left.
     */
    String cut(int[] rowOfPeriod, Set<String> without) {
        List<String> kept = columns.keySet().stream().filter(column -> !without.contains(column)).toList();
        if (kept.isEmpty()) {
            return "";
        }
        StringWriter out = new StringWriter();
        String[] header = new String[kept.size() + 1];
        header[0] = CaseKeys.PERIOD;
        for (int c = 0; c < kept.size(); c++) {
            header[c + 1] = kept.get(c);
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(header).build())) {
            Object[] row = new Object[kept.size() + 1];
            for (int p = 0; p < rowOfPeriod.length; p++) {
                row[0] = p;
                for (int c = 0; c < kept.size(); c++) {
                    row[c + 1] = columns.get(kept.get(c))[rowOfPeriod[p]];
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
