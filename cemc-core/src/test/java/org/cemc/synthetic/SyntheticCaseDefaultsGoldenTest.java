package org.cemc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.input.CaseWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generator's defaults write, byte for byte, the files the generator wrote before it took a shape (any-community,
 * charger and V2G shares, EVs per charger): the folders under {@code src/test/resources/org/cemc/synthetic/defaults}
 * were written by {@code cemc generate --ecs 2 --houses-per-ec 3 --guest-evs 4} at commit 5d41484, before that
 * change. Cases and benchmarks generated earlier stay reproducible from their seed.
 */
class SyntheticCaseDefaultsGoldenTest {
    private static final String[] FILES = {"case.yaml", "house-list.csv", "guest-ev-list.csv", "houses.csv",
        "prices.csv"};

    @TempDir
    Path temp;

    @ParameterizedTest(name = "seed {0}, {1} days of {2}-minute periods")
    @CsvSource({"1, 1, 60", "2, 1, 60", "7, 2, 30"})
    void theDefaultShapeWritesTheFilesWrittenBeforeTheShapeOptionsExisted(long seed, int days, int periodMinutes)
            throws IOException {
        CommunityCase generated = SyntheticCase.generate(2, 3, 4, seed, days, periodMinutes);
        CaseWriter.write(temp, generated);

        for (String file : FILES) {
            assertThat(Files.readString(temp.resolve(file))).as(file).isEqualTo(golden(seed, file));
        }
    }

    private static String golden(long seed, String file) throws IOException {
        try (InputStream in = SyntheticCaseDefaultsGoldenTest.class.getResourceAsStream(
                "defaults/seed-" + seed + "/" + file)) {
            assertThat(in).as("golden " + file + " for seed " + seed).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
