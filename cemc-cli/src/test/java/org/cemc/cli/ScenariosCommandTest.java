package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosCommandTest {
    @TempDir
    Path temp;

    private Path run(String name, String seed) {
        Path out = temp.resolve(name);
        CliRun run = CliRun.of("scenarios", "--samples", "300", "--representatives", "3", "--seed", seed,
                "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("300 guest EVs drawn, reduced to 3 representatives", "cluster 3: p = ");
        return out;
    }

    @Test
    void theSameSeedWritesTheSameFilesByteForByte() throws IOException {
        Path first = run("first", "42");
        Path second = run("second", "42");
        Path other = run("other", "43");

        for (String file : new String[] {"samples.csv", "representatives.csv", "scenarios.png"}) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(Files.readAllBytes(other.resolve("samples.csv")))
                .isNotEqualTo(Files.readAllBytes(first.resolve("samples.csv")));
        assertThat(Files.readAllLines(first.resolve("samples.csv"))).hasSize(301);
        assertThat(Files.readAllLines(first.resolve("representatives.csv"))).hasSize(4);
    }

    @Test
    void thePlotHasItsSizeAndIsNotBlank() throws IOException {
        BufferedImage image = ImageIO.read(run("plot", "1").resolve("scenarios.png").toFile());

        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(650);
        Set<Integer> colours = new HashSet<>();
        for (int x = 100; x < 800; x += 7) {
            for (int y = 80; y < 550; y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in the plotting area").hasSizeGreaterThan(5);
    }

    @Test
    void aCaseWithoutDistributionsIsRefused() {
        CliRun run = CliRun.of("scenarios", "../examples/two-houses", "--out", temp.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("has no guest_ev_scenarios block");
    }
}
