package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input's size cap, checked before the file is parsed, with a message naming the file, its size and the cap. */
class SizeCapsTest {
    @TempDir
    Path folder;

    @Test
    void aHundredMegabyteScalarInCaseYamlIsRefusedBeforeParsingNamingTheSizeTheCapAndWhatToDo() throws IOException {
        CaseFolder.writeTo(folder);
        // Without the cap the YAML parser scans such a scalar in time quadratic in its length: 20 minutes and more.
        try (OutputStream out = Files.newOutputStream(folder.resolve("case.yaml"))) {
            out.write("name: ".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
            out.write("\n".getBytes(StandardCharsets.US_ASCII));
        }

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + " is 104,857,607 bytes (100 MiB), above the cap of "
                        + "4,194,304 bytes (4 MiB) for case.yaml; give the houses and guest EVs as CSV tables "
                        + "(houses: house-list.csv, guest_evs: guest-ev-list.csv) so that case.yaml keeps the "
                        + "communities, prices and options only (docs/case-format.md, \"Size caps\").");
    }

    @Test
    void aHouseSeriesAboveItsCapIsRefusedBeforeItIsRead() throws IOException {
        CaseFolder.writeTo(folder);
        try (RandomAccessFile sparse = new RandomAccessFile(folder.resolve("houses.csv").toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("houses.csv") + " is 3,221,225,472 bytes (3 GiB), above the cap of "
                        + "2,147,483,648 bytes (2 GiB) for a CSV file of series; that is several times the 600 MB "
                        + "of 180,000 houses over 96 periods, so check that it is the file meant, or split the "
                        + "case into smaller ones (docs/case-format.md, \"Size caps\").");
    }

    @Test
    void theCapsApplyToFilesHeldInMemory() {
        byte[] yaml = ("name: " + "x".repeat(5 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
        CaseFiles files = CaseFiles.memory("upload", Map.of("case.yaml", yaml));

        assertThatThrownBy(() -> CaseReader.read(files)).isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("upload/case.yaml is 5,242,887 bytes (5 MiB), above the cap of 4,194,304 "
                        + "bytes (4 MiB) for case.yaml;");
    }

    @Test
    void aCaseHeldInMemoryReadsLikeTheSameFolder() {
        Map<String, byte[]> files = Map.of("case.yaml", bytes(CaseFolder.CASE_YAML),
                "houses.csv", bytes(CaseFolder.HOUSES_CSV), "prices.csv", bytes(CaseFolder.PRICES_CSV));

        assertThat(CaseReader.read(CaseFiles.memory("upload", files)))
                .isEqualTo(CaseReader.read(CaseFolder.writeTo(folder).path()));
    }

    @Test
    void aRunOfCharactersLongerThanTheCapIsRefusedBeforeParsingNamingItsLine() {
        // Within the byte cap, but the YAML parser would scan it for seconds (quadratic in the run's length).
        CaseFolder.writeTo(folder).replace("case.yaml", "currency: USD", "currency: " + "x".repeat(3_000_000));

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + " line 4: 3,000,000 characters without a space or line "
                        + "break, more than the cap of 100,000; no value of a case is this long (ids have at most 64 "
                        + "characters, names 80), and the YAML parser takes time quadratic in such a run; put "
                        + "spaces or line breaks between values (docs/case-format.md, \"Size caps\").");
    }

    @Test
    void textLongerThanTheCapIsRefusedNamingTheField() {
        CaseFolder.writeTo(folder).replace("case.yaml", "name: two houses", "name: " + "x".repeat(20_000));

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + ", field name: text of 20000 characters, more than the "
                        + "cap of 10000 for any text in case.yaml.");
    }

    @Test
    void aNumberLongerThanTheCapIsRefusedNamingTheField() {
        CaseFolder.writeTo(folder).replace("case.yaml", "standby: 0.1", "standby: 0." + "1".repeat(200));

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + ", field prices.standby: a number of 202 characters, "
                        + "more than the cap of 100 for any number in case.yaml.");
    }

    @Test
    void nestingDeeperThanTheCapIsRefusedNamingTheField() {
        CaseFolder.writeTo(folder).replace("case.yaml", "options:", "guest_ev_scenarios: {arrival_hour: "
                + "[".repeat(50) + "]".repeat(50) + "}\noptions:");

        assertThatThrownBy(() -> CaseReader.read(folder)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("case.yaml") + ", field guest_ev_scenarios.arrival_hour: nested more "
                        + "than 10 levels deep, the cap for case.yaml (a case nests 3 levels: "
                        + "guest_ev_scenarios.arrival_hour.mean).");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
