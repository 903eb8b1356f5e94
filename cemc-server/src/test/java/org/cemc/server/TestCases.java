package org.cemc.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cemc.input.CaseFolder;

/** Case zips for tests: the small valid case of cemc-core's CaseFolder, whole or with one file changed. */
public final class TestCases {
    public static final String FOLDER = "two-houses";

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

    public static byte[] twoHousesZip() {
        return zip(FOLDER, twoHouses());
    }
}
