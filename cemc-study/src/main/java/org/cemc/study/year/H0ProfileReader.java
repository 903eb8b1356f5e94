package org.cemc.study.year;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the household column {@code h0} of demandlib's {@code selp_series.csv}: a header line, then 2,016 rows of
 * an unnamed time stamp, {@code period} (summer, transition, winter), {@code weekday} (1 Monday to 7 Sunday) and one
 * column per profile. The time stamps' dates are dummies; their time of day is the start of the quarter hour.
 * Every quarter hour of every season and weekday must be given exactly once; each problem is reported with the
 * file, the line and the column.
 */
public final class H0ProfileReader {
    static final String PERIOD = "period";
    static final String WEEKDAY = "weekday";
    static final String H0 = "h0";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** kW per 1,000 kWh/a; the profile's peak is about 0.3, so a value above 10 is another unit or a typo. */
    private static final double MAX_VALUE = 10;

    private H0ProfileReader() {
    }

    public static H0Profile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param fileName the name every message gives for the file */
    public static H0Profile read(Reader reader, String fileName) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setTrim(true).build();
        double[][][] values = new double[BdewSeason.values().length][DayOfWeek.values().length][];
        for (double[][] season : values) {
            for (int d = 0; d < season.length; d++) {
                season[d] = new double[H0Profile.QUARTERS_PER_DAY];
                Arrays.fill(season[d], Double.NaN);
            }
        }
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : new String[] {PERIOD, WEEKDAY, H0}) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidDataFileException(fileName + " line 1 has no column \"" + column + "\"; a "
                            + "BDEW profile file (demandlib's selp_series.csv) has an unnamed time stamp, then "
                            + "period, weekday, h0, g0 ... l2.");
                }
            }
            for (CSVRecord line : parser) {
                new ProfileLine(line, fileName).putInto(values);
            }
        }
        for (BdewSeason season : BdewSeason.values()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                double[] quarters = values[season.ordinal()][day.getValue() - 1];
                for (int q = 0; q < quarters.length; q++) {
                    if (Double.isNaN(quarters[q])) {
                        throw new InvalidDataFileException(fileName + " has no row for " + season.label()
                                + ", weekday " + day.getValue() + ", " + String.format("%02d:%02d", q / 4, q % 4 * 15)
                                + "; a BDEW profile gives all 96 quarter hours of each of its 21 typical days "
                                + "(3 seasons × weekdays 1 to 7).");
                    }
                }
            }
        }
        return new H0Profile(values);
    }

    /** One line of the file, read with its file name and line number at hand for the messages. */
    private record ProfileLine(CSVRecord line, String fileName) {

        void putInto(double[][][] values) {
            BdewSeason season = season();
            DayOfWeek day = day();
            int quarter = quarter();
            double value = value();
            double[] quarters = values[season.ordinal()][day.getValue() - 1];
            if (!Double.isNaN(quarters[quarter])) {
                throw new InvalidDataFileException(fileName + " line " + lineNumber() + ": " + season.label()
                        + ", weekday " + day.getValue() + ", " + String.format("%02d:%02d", quarter / 4,
                        quarter % 4 * 15) + " is given a second time; each quarter hour of a typical day is given "
                        + "once.");
            }
            quarters[quarter] = value;
        }

        private BdewSeason season() {
            String text = field(PERIOD);
            for (BdewSeason season : BdewSeason.values()) {
                if (season.label().equals(text)) {
                    return season;
                }
            }
            throw problem(PERIOD, "\"" + text + "\" is not a season; write summer, transition or winter");
        }

        private DayOfWeek day() {
            String text = field(WEEKDAY);
            if (text.matches("[1-7]")) {
                return DayOfWeek.of(Integer.parseInt(text));
            }
            throw problem(WEEKDAY, "\"" + text + "\" is not a day of the week; write 1 (Monday) to 7 (Sunday)");
        }

        private int quarter() {
            String text = line.get(0);
            try {
                LocalDateTime stamp = LocalDateTime.parse(text, STAMP);
                if (stamp.getMinute() % 15 == 0 && stamp.getSecond() == 0) {
                    return stamp.getHour() * 4 + stamp.getMinute() / 15;
                }
            } catch (DateTimeParseException e) {
                // Reported below with the file and line.
            }
            throw new InvalidDataFileException(fileName + " line " + lineNumber() + ", column 1 (the time stamp): \""
                    + text + "\" is not the start of a quarter hour written yyyy-MM-dd HH:mm:ss (e.g. 2007-01-01 "
                    + "00:15:00; the date is a dummy, the time of day counts).");
        }

        private double value() {
            String text = field(H0);
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw problem(H0, "\"" + text + "\" is not a number");
            }
            if (!(value >= 0 && value <= MAX_VALUE)) {
                throw problem(H0, text + " is out of range; it must be from 0 to " + (int) MAX_VALUE + " kW per "
                        + "1,000 kWh a year (the profile peaks near 0.3)");
            }
            return value;
        }

        private String field(String column) {
            if (!line.isSet(column)) {
                throw problem(column, "the line has " + line.size() + " fields and no value here; is it cut short");
            }
            return line.get(column);
        }

        private long lineNumber() {
            // The header is line 1 and no field spans lines, so record n is line n + 1.
            return line.getRecordNumber() + 1;
        }

        private InvalidDataFileException problem(String column, String what) {
            return new InvalidDataFileException(fileName + " line " + lineNumber() + ", column \"" + column + "\": "
                    + what + ".");
        }
    }
}
