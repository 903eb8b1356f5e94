package org.cemc.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cemc.input.BuiltInCase;
import org.cemc.input.CaseFolder;
import org.cemc.input.CaseWriter;
import org.cemc.synthetic.SyntheticCase;

/** Case zips for tests: the small valid case of cemc-core's CaseFolder, whole or with one file changed. */
public final class TestCases {
    public static final String FOLDER = "two-houses";
    /** The files of the built-in case's folder. */
    public static final java.util.List<String> PAPER_FILES = java.util.List.of("case.yaml", "houses.csv",
            "prices.csv");

    private TestCases() {
    }

    /** The valid two-house case's files, by name. */
    public static Map<String, String> twoHouses() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("case.yaml", CaseFolder.CASE_YAML);
        files.put("houses.csv", CaseFolder.HOUSES_CSV);
        files.put("prices.csv", CaseFolder.PRICES_CSV);
        return files;
    }

    /** The files in a zip, under {@code folder/} (or at its top when folder is empty). */
    public static byte[] zip(String folder, Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(folder, bytes);
    }

    public static byte[] zipBytes(String folder, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder.isEmpty() ? file.getKey() : folder + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A synthetic case big enough that CBC works on it for its whole time limit with {@code "method": "direct"}
     * (120 houses, 40 guest EVs): the runs that tests need to catch queued or running.
     */
    public static byte[] slowZip() {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("cemc-slow-case");
            CaseWriter.write(folder, SyntheticCase.generate(2, 60, 40, 7));
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.list(folder)) {
                for (java.nio.file.Path file : paths.toList()) {
                    files.put(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
                }
            }
            return zipBytes("slow", files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options that keep a worker busy for {@code seconds} on {@link #slowZip()}. */
    public static String slowOptions(int seconds) {
        return "{\"method\": \"direct\", \"time_limit\": " + seconds + ", \"gap\": 0}";
    }

    /**
     * The built-in case (the paper's case study, cemc-core's resources) as an upload: its guest EVs are given as
     * distributions, so it runs with {@code "ev_mode": "stochastic"} too.
     */
    public static byte[] paperZip() {
        return zipBytes("paper", paperFiles());
    }

    /** The built-in case's files, by name. */
    public static Map<String, byte[]> paperFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : PAPER_FILES) {
            try (java.io.InputStream in = TestCases.class.getResourceAsStream(BuiltInCase.RESOURCE_FOLDER + "/" + name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static byte[] twoHousesZip() {
        return zip(FOLDER, twoHouses());
    }
}
