package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files held in memory resolve the paths case.yaml gives as a folder on disk does. */
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
