package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Comparison;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void writeTheBuiltInReport() throws IOException {
        System.setProperty("java.awt.headless", "true");
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests());
        HtmlReport.write(folder, Comparison.run(day, SolverSettings.defaults(), done -> { }));
    }

    /** Distinct colours on a grid of points inside the plotting area (away from title, axes and legend). */
    static Set<Integer> coloursInPlottingArea(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = image.getWidth() / 8; x < image.getWidth() * 3 / 4; x += 3) {
            for (int y = image.getHeight() / 8; y < image.getHeight() * 7 / 8; y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    @Test
    void everyPlotIsWrittenWithItsSizeAndIsNotBlank() throws IOException {
        for (String file : Plots.FILES.keySet()) {
            BufferedImage image = ImageIO.read(folder.resolve(file).toFile());
            assertThat(image.getWidth()).as(file).isEqualTo(Plots.WIDTH);
            assertThat(image.getHeight()).as(file).isEqualTo(Plots.HEIGHT);
            assertThat(coloursInPlottingArea(image)).as(file + ": colours in the plotting area").hasSizeGreaterThan(2);
        }
    }

    @Test
    void theReportHoldsEveryTableAndEmbedsEveryPlot() throws IOException {
        String html = Files.readString(folder.resolve(HtmlReport.FILE));

        assertThat(html).contains("<h2 id=\"inputs\">", "<h2 id=\"solver\">", "<h2 id=\"profit\">",
                "<h2 id=\"comparison\">", "<h2 id=\"settlement\">", "<h2 id=\"plots\">", "Total profit",
                "standing alone", "Stand-by payment", "checker: passed");
        assertThat(html).as("the settlement keeps money and welfare apart")
                .contains("<th>net (money)</th><th>Social-welfare value (not money)</th><th>net with welfare</th>",
                        "households' money", "welfare (not money)");
        for (String file : Plots.FILES.keySet()) {
            assertThat(html).as(file).contains("data-file=\"" + file + "\" src=\"data:image/png;base64,");
        }
        assertThat(html).as("self-contained: no external resource").doesNotContain("http://", "https://", "<script");
    }
}
