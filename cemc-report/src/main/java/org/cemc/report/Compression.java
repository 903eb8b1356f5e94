package org.cemc.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How a run's CSV files are written: as they are, or gzip-compressed with {@code .gz} appended to their names
 * ({@code cemc solve --compress}), which makes the schedule of a large case several times smaller on disk.
 */
public enum Compression {
    NONE(""),
    GZIP(".gz");

    private static final String GZ = ".gz";

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    /** The name {@code csv} (e.g. schedule.csv) is written under. */
    public String fileName(String csv) {
        return csv + suffix;
    }

    /** A CSV printer with {@code header} onto {@code file}, compressed where its name ends in .gz. */
    static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter writer = file.getFileName().toString().endsWith(GZ)
                ? new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                        StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new)).build());
    }
}
