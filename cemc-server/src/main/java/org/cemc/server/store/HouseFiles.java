package org.cemc.server.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One house's part of a run's result files: its lines of schedule.csv and settlement.csv and the lines of
 * guest-evs.csv where it hosts, each after its file's header line, byte for byte as the files have them.
 */
public record HouseFiles(byte[] schedule, byte[] settlement, byte[] guestEvs) {

    /** Each house's part of the three files, by house id, in the order houses first appear in schedule.csv. */
    public static Map<String, HouseFiles> split(byte[] schedule, byte[] settlement, byte[] guestEvs) {
        Map<String, StringBuilder[]> parts = new LinkedHashMap<>();
        cut(schedule, "house", 0, parts);
        cut(settlement, "house", 1, parts);
        cut(guestEvs, "host", 2, parts);
        String[] headers = {header(schedule), header(settlement), header(guestEvs)};
        Map<String, HouseFiles> houses = new LinkedHashMap<>();
        parts.forEach((house, lines) -> houses.put(house, new HouseFiles(bytes(headers[0], lines[0]),
                bytes(headers[1], lines[1]), bytes(headers[2], lines[2]))));
        return houses;
    }

    /**
     * Appends each record's text to its house's part {@code index}, cut from the file at the parser's character
     * positions, so a quoted field (a name with a comma or a line break) stays exactly as written.
     */
    private static void cut(byte[] file, String houseColumn, int index, Map<String, StringBuilder[]> parts) {
        String text = new String(file, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text))) {
            CSVRecord previous = null;
            for (CSVRecord record : parser) {
                if (previous != null) {
                    append(parts, previous.get(houseColumn), index, text.substring((int) previous.getCharacterPosition(),
                            (int) record.getCharacterPosition()));
                }
                previous = record;
            }
            if (previous != null) {
                append(parts, previous.get(houseColumn), index, text.substring((int) previous.getCharacterPosition()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored result file could not be read", e);
        }
    }

    /** A line without a house (a guest EV's period away, with no host) belongs to no house's part. */
    private static void append(Map<String, StringBuilder[]> parts, String house, int index, String lines) {
        if (house.isEmpty()) {
            return;
        }
        StringBuilder[] part = parts.computeIfAbsent(house, h -> new StringBuilder[] {new StringBuilder(),
                new StringBuilder(), new StringBuilder()});
        part[index].append(lines);
    }

    private static String header(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static byte[] bytes(String header, StringBuilder lines) {
        return (header + lines).getBytes(StandardCharsets.UTF_8);
    }
}
