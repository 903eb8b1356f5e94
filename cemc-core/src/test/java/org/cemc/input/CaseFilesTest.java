package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files held in memory resolve the paths case.yaml gives as a folder on disk does; a folder reads *.gz decompressed. */
class CaseFilesTest {
    private static Map<String, byte[]> twoHousesWithSeriesAt(String path) {
        return Map.of("case.yaml", bytes(CaseFolder.CASE_YAML.replace("house_series: houses.csv",
                        "house_series: " + path)),
                "houses.csv", bytes(CaseFolder.HOUSES_CSV), "prices.csv", bytes(CaseFolder.PRICES_CSV));
    }

    @Test
    void aPathThroughDotsInsideTheFolderNamesTheFileItWouldOnDisk() {
        CaseFiles plain = CaseFiles.memory("upload", twoHousesWithSeriesAt("houses.csv"));
        CaseFiles dotted = CaseFiles.memory("upload", twoHousesWithSeriesAt("./sub/../houses.csv"));

        assertThat(CaseReader.read(dotted)).isEqualTo(CaseReader.read(plain));
    }

    @Test
    void aPathLeavingTheFolderNamesNoFile() {
        CaseFiles escaping = CaseFiles.memory("upload", twoHousesWithSeriesAt("../houses.csv"));

        assertThat(escaping.exists("../houses.csv")).isFalse();
        assertThatThrownBy(() -> CaseReader.read(escaping)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("upload/../houses.csv does not exist");
    }

    @Test
    void aSeriesFileNamedGzInAFolderIsReadDecompressed(@TempDir Path plain, @TempDir Path compressed)
            throws IOException {
        CaseFolder.writeTo(plain);
        CaseFolder.writeTo(compressed).write("case.yaml", CaseFolder.CASE_YAML.replace("house_series: houses.csv",
                "house_series: houses.csv.gz"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(compressed.resolve("houses.csv.gz")))) {
            gz.write(bytes(CaseFolder.HOUSES_CSV));
        }
        Files.delete(compressed.resolve("houses.csv"));

        assertThat(CaseReader.read(compressed).houses()).isEqualTo(CaseReader.read(plain).houses());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
