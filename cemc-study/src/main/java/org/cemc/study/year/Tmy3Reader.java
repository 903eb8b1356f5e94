package org.cemc.study.year;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a TMY3 file as NREL publishes it (TMY3 User's Manual, NREL/TP-581-43156): line 1 the station (id, name,
 * state, UTC offset, latitude, longitude, elevation), line 2 the column names with units, then 8,760 hourly rows
 * stamped {@code MM/DD/YYYY,HH:MM} with the end of the hour in local standard time, 01:00 to 24:00. The year field
 * differs from month to month (each month is taken from another real year), so rows are checked by month, day and
 * hour only: each must be the hour after the one before it.
 *
 * <p>Only the columns the study uses are read, by name, so that a file with its columns in another order reads the
 * same. Every problem is reported with the file, the line and the column.
 */
public final class Tmy3Reader {
    static final String DATE = "Date (MM/DD/YYYY)";
    static final String TIME = "Time (HH:MM)";
    static final String ETR = "ETR (W/m^2)";
    static final String ETRN = "ETRN (W/m^2)";
    static final String GHI = "GHI (W/m^2)";
    static final String DNI = "DNI (W/m^2)";
    static final String DHI = "DHI (W/m^2)";
    static final String DRY_BULB = "Dry-bulb (C)";
    static final String WIND_SPEED = "Wspd (m/s)";
    private static final List<String> COLUMNS = List.of(DATE, TIME, ETR, ETRN, GHI, DNI, DHI, DRY_BULB, WIND_SPEED);

    /** Above the extraterrestrial irradiance (at most about 1,415 W/m² at perihelion) no ground station measures. */
    private static final double MAX_IRRADIANCE = 1500;

    private Tmy3Reader() {
    }

    public static TypicalYear read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param fileName the name every message gives for the file */
    public static TypicalYear read(Reader reader, String fileName) throws IOException {
        try (CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setTrim(true).build())) {
            Iterator<CSVRecord> lines = parser.iterator();
            if (!lines.hasNext()) {
                throw new InvalidDataFileException(fileName + " is empty; a TMY3 file starts with the station line "
                        + "(id, name, state, UTC offset, latitude, longitude, elevation).");
            }
            Tmy3Site site = site(lines.next(), fileName);
            if (!lines.hasNext()) {
                throw new InvalidDataFileException(fileName + " has no line 2; a TMY3 file's line 2 names its "
                        + "columns (" + String.join(", ", COLUMNS) + ", ...).");
            }
            Map<String, Integer> columns = columns(lines.next(), fileName);
            List<Tmy3Hour> hours = new ArrayList<>(TypicalYear.HOURS);
            while (lines.hasNext()) {
                CSVRecord line = lines.next();
                if (hours.size() == TypicalYear.HOURS) {
                    throw new InvalidDataFileException(fileName + " line " + line.getRecordNumber() + ": a TMY3 "
                            + "year ends with 12/31 24:00 on line " + (TypicalYear.HOURS + 2) + ", but more rows "
                            + "follow; remove them, or check that no day is given twice.");
                }
                hours.add(new HourLine(line, columns, fileName).read(hours.size()));
            }
            if (hours.size() < TypicalYear.HOURS) {
                throw new InvalidDataFileException(fileName + " has " + hours.size() + " hourly rows; a TMY3 year "
                        + "has " + TypicalYear.HOURS + " (365 days × 24 hours, February with 28 days), from 01/01 "
                        + "01:00 to 12/31 24:00. Check that the file was not cut short.");
            }
            return new TypicalYear(site, hours);
        }
    }

    private static Tmy3Site site(CSVRecord line, String fileName) {
        if (line.size() < 7) {
            throw new InvalidDataFileException(fileName + " line 1 has " + line.size() + " fields; a TMY3 station "
                    + "line has 7: id, name, state, UTC offset (hours), latitude, longitude, elevation (m), e.g. "
                    + "723170,\"GREENSBORO PIEDMONT TRIAD INT\",NC,-5.0,36.100,-79.950,273.");
        }
        double utcOffset = number(line, 3, "UTC offset", fileName);
        double latitude = number(line, 4, "latitude", fileName);
        double longitude = number(line, 5, "longitude", fileName);
        double elevation = number(line, 6, "elevation", fileName);
        requireRange(utcOffset, -12, 14, "UTC offset", "hours", fileName, 1);
        requireRange(latitude, -90, 90, "latitude", "degrees north", fileName, 1);
        requireRange(longitude, -180, 180, "longitude", "degrees east (west negative)", fileName, 1);
        return new Tmy3Site(line.get(0), line.get(1), line.get(2), utcOffset, latitude, longitude, elevation);
    }

    private static Map<String, Integer> columns(CSVRecord line, String fileName) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < line.size(); i++) {
            byName.putIfAbsent(line.get(i), i);
        }
        for (String column : COLUMNS) {
            if (!byName.containsKey(column)) {
                throw new InvalidDataFileException(fileName + " line 2 has no column \"" + column + "\"; a TMY3 "
                        + "file's line 2 names its columns, and the study needs " + String.join(", ", COLUMNS)
                        + ". Is this a TMY3 file (TMY2 and EPW files have other layouts)?");
            }
        }
        return byName;
    }

    private static double number(CSVRecord line, int index, String what, String fileName) {
        String text = line.get(index);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the file and line.
        }
        throw new InvalidDataFileException(fileName + " line " + line.getRecordNumber() + ", field " + (index + 1)
                + " (" + what + "): \"" + text + "\" is not a number.");
    }

    private static void requireRange(double value, double min, double max, String what, String unit,
                                     String fileName, long lineNumber) {
        if (!(value >= min && value <= max)) {
            throw new InvalidDataFileException(fileName + " line " + lineNumber + ": the " + what + " " + value
                    + " is out of range; it must be from " + min + " to " + max + " " + unit + ".");
        }
    }

    /** One hourly line, read with its file and line number at hand for the messages. */
    private record HourLine(CSVRecord line, Map<String, Integer> columns, String fileName) {

        /** @param index the row's place in the year, 0 for 01/01 01:00; the line must be that hour */
        Tmy3Hour read(int index) {
            String dateText = field(DATE);
            String timeText = field(TIME);
            LocalDate expectedDay = LocalDate.ofYearDay(TypicalYear.NON_LEAP_YEAR, index / 24 + 1);
            int expectedHourEnding = index % 24 + 1;
            LocalDate date = date(dateText);
            int hourEnding = hourEnding(timeText);
            if (date.getMonthValue() != expectedDay.getMonthValue()
                    || date.getDayOfMonth() != expectedDay.getDayOfMonth() || hourEnding != expectedHourEnding) {
                throw new InvalidDataFileException(fileName + " line " + line.getRecordNumber() + ": found "
                        + dateText + " " + timeText + " where the hour after the previous row, "
                        + String.format("%02d/%02d %02d:00", expectedDay.getMonthValue(), expectedDay.getDayOfMonth(),
                                expectedHourEnding)
                        + ", belongs; a TMY3 year lists every hour once, in order, from 01/01 01:00 to 12/31 "
                        + "24:00 (February with 28 days).");
            }
            return new Tmy3Hour(date.getYear(), MonthDay.from(date), hourEnding, irradiance(ETR),
                    irradiance(ETRN), irradiance(GHI), irradiance(DNI), irradiance(DHI),
                    value(DRY_BULB, -90, 60, "°C"), value(WIND_SPEED, 0, 100, "m/s"));
        }

        private String field(String column) {
            int index = columns.get(column);
            if (index >= line.size()) {
                throw new InvalidDataFileException(fileName + " line " + line.getRecordNumber() + " has "
                        + line.size() + " fields and so no column \"" + column + "\" (field " + (index + 1)
                        + " of the header); is the line cut short?");
            }
            return line.get(index);
        }

        private LocalDate date(String text) {
            String[] parts = text.split("/", -1);
            try {
                if (parts.length == 3 && parts[0].length() == 2 && parts[1].length() == 2 && parts[2].length() == 4) {
                    return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]),
                            Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException | DateTimeException e) {
                // Reported below with the file and line.
            }
            throw problem(DATE, "\"" + text + "\" is not a date written MM/DD/YYYY (e.g. 01/31/1988)");
        }

        private int hourEnding(String text) {
            if (text.matches("\\d\\d:00")) {
                int hour = Integer.parseInt(text.substring(0, 2));
                if (hour >= 1 && hour <= 24) {
                    return hour;
                }
            }
            throw problem(TIME, "\"" + text + "\" is not the end of an hour from 01:00 to 24:00 (TMY3 stamps each "
                    + "hour with its end, in local standard time)");
        }

        private double irradiance(String column) {
            return value(column, 0, MAX_IRRADIANCE, "W/m² (Wh/m² over the hour)");
        }

        private double value(String column, double min, double max, String unit) {
            String text = field(column);
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw problem(column, "\"" + text + "\" is not a number");
            }
            if (!(value >= min && value <= max)) {
                throw problem(column, text + " is out of range; it must be from " + format(min) + " to "
                        + format(max) + " " + unit + " (a missing value? TMY3 files fill every hour)");
            }
            return value;
        }

        private InvalidDataFileException problem(String column, String what) {
            return new InvalidDataFileException(fileName + " line " + line.getRecordNumber() + ", column \"" + column
                    + "\": " + what + ".");
        }

        private static String format(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }
}
