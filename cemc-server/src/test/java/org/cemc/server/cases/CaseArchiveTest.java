package org.cemc.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cemc.server.TestCases;
import org.cemc.server.http.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseArchiveTest {
    private static final UploadLimits LIMITS = UploadLimits.defaults();

    @Test
    void aZipOfTheFolderGivesItsFilesUnderTheFoldersName() {
        CaseArchive archive = read(TestCases.twoHousesZip(), LIMITS);

        assertThat(archive.folder()).isEqualTo(TestCases.FOLDER);
        assertThat(archive.files()).containsOnlyKeys("case.yaml", "houses.csv", "prices.csv");
        assertThat(new String(archive.files().get("houses.csv"), StandardCharsets.UTF_8))
                .isEqualTo(TestCases.twoHouses().get("houses.csv"));
    }

    @Test
    void aZipOfTheFilesThemselvesIsNamedUpload() {
        CaseArchive archive = read(TestCases.zip("", TestCases.twoHouses()), LIMITS);

        assertThat(archive.folder()).isEqualTo(CaseHandlers.UNNAMED_FOLDER);
        assertThat(archive.files()).containsKey("case.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.csv", "two-houses/../../evil.csv", "/etc/passwd", "two-houses\\..\\evil.csv",
        "C:/evil.csv", "two-houses/./houses.csv", "two-houses//houses.csv"})
    void anEntryThatCouldLeaveTheFolderIsRefused(String name) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("two-houses/case.yaml", bytes(TestCases.twoHouses().get("case.yaml")));
        entries.put(name, bytes("x"));

        assertRefused(rawZip(entries), LIMITS, "escape the case folder");
    }

    @Test
    void anArchiveInsideTheArchiveIsRefusedByItsContentWhateverItsName() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        TestCases.twoHouses().forEach((name, text) -> files.put(name, bytes(text)));
        files.put("more.csv", TestCases.twoHousesZip());

        assertRefused(TestCases.zipBytes("two-houses", files), LIMITS, "\"two-houses/more.csv\" is an archive inside");
    }

    @Test
    void aZipBombIsRefusedByItsPackingRatio() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        TestCases.twoHouses().forEach((name, text) -> files.put(name, bytes(text)));
        files.put("zeros.csv", new byte[20 << 20]);

        assertRefused(TestCases.zipBytes("two-houses", files), LIMITS, "more than 200 times the size");
    }

    @Test
    void filesUnpackingToMoreThanTheCapAreRefused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        TestCases.twoHouses().forEach((name, text) -> files.put(name, bytes(text)));
        files.put("big.csv", new byte[5000]);
        UploadLimits small = new UploadLimits(1 << 20, 4000, 200, 100);

        assertRefused(TestCases.zipBytes("two-houses", files), small, "unpack to more than 4000 bytes");
    }

    @Test
    void anUploadLargerThanTheCapIs413WhileItStreams() {
        UploadLimits small = new UploadLimits(100, 1 << 20, 200, 100);

        assertThatThrownBy(() -> read(TestCases.twoHousesZip(), small)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void somethingThatIsNotAZipOrHasNoCaseIsRefused() {
        assertRefused(bytes("name: not a zip"), LIMITS, "not a zip archive");
        Map<String, String> noCase = new LinkedHashMap<>(TestCases.twoHouses());
        noCase.remove("case.yaml");
        assertRefused(TestCases.zip("two-houses", noCase), LIMITS, "no case.yaml");
    }

    private static void assertRefused(byte[] zip, UploadLimits limits, String why) {
        assertThatThrownBy(() -> read(zip, limits)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains(why).doesNotContain("\n");
        });
    }

    private static CaseArchive read(byte[] zip, UploadLimits limits) {
        return CaseArchive.read(new ByteArrayInputStream(zip), limits, CaseHandlers.UNNAMED_FOLDER);
    }

    /** A zip with entry names as given, which ZipOutputStream writes unchanged (backslashes, '..', absolute). */
    private static byte[] rawZip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
