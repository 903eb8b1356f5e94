package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: rendered by headless Chromium (Debian's chromium, which .ci/run installs when it
 * is missing) into a screenshot that shows its tables and plots.
 */
class ReportRenderIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path temp;

    @Test
    void theReportRendersInHeadlessChromiumWithItsTablesAndPlots() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (.ci/run installs it: apt-get install chromium)");
        Path out = temp.resolve("report");
        java.lang.Process cemc = new ProcessBuilder("java", "-jar", "target/cemc.jar", "report", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("cemc.log").toFile()).start();
        assertThat(cemc.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(cemc.exitValue()).as(Files.readString(temp.resolve("cemc.log"))).isZero();

        Path shot = temp.resolve("shot.png");
        java.lang.Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + temp.resolve("profile"),
                "--window-size=1200,6000", "--screenshot=" + shot, out.resolve("report.html").toUri().toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("chromium.log").toFile()).start();
        assertThat(chromium.waitFor(2, TimeUnit.MINUTES)).as("Chromium finished").isTrue();

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        // Tables draw grey borders and black text at the top of the page; plots draw colours further down.
        assertThat(share(image, 0, 1500, ReportRenderIT::dark)).as("text and tables at the top").isGreaterThan(0.01);
        assertThat(colours(image, 3000, 6000)).as("coloured plots further down").hasSizeGreaterThan(20);
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r + g + b < 300;
    }

    private static double share(BufferedImage image, int fromY, int toY, java.util.function.IntPredicate test) {
        long hits = 0;
        long all = 0;
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                all++;
                if (test.test(image.getRGB(x, y))) {
                    hits++;
                }
            }
        }
        return (double) hits / all;
    }

    private static Set<Integer> colours(BufferedImage image, int fromY, int toY) {
        Set<Integer> colours = new HashSet<>();
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    colours.add(rgb & 0xf0f0f0);
                }
            }
        }
        return colours;
    }
}
