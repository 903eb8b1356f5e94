package org.cemc.report.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cemc.study.plan.Variant;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobResult;
import org.cemc.study.run.StudyTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.series.Series;
import org.w3c.dom.Document;

/**
 * A study's figures and study.html from hand-made results whose sums can be checked on paper: a sweep of grid_sell
 * (0.03, 0.08) and p2p_rule (sdr, mid-market), four variants, over 31 January and 1 February, two houses of ec1.
 */
class StudyReportTest {
    @TempDir
    Path out;

    private static final double TOLERANCE = 1e-9;

    private static Variant variant(String gridSell, String rule) {
        return new Variant("grid-sell-" + gridSell + "_p2p-rule-" + rule,
                new TreeMap<>(Map.of("grid_sell", gridSell, "p2p_rule", rule)));
    }

    private static final List<Variant> VARIANTS = List.of(variant("0.03", "sdr"), variant("0.03", "mid-market"),
            variant("0.08", "sdr"), variant("0.08", "mid-market"));

    private static JobResult.HouseDay house(String id, double net, double alone) {
        return new JobResult.HouseDay(id, "ec1", net, 0, alone, Map.of("grid_purchase", net));
    }

    /** A day whose objective is the houses' nets added up. */
    private static JobResult day(String date, Variant variant, JobResult.HouseDay... houses) {
        double objective = Arrays.stream(houses).mapToDouble(JobResult.HouseDay::net).sum();
        return new JobResult(date, variant.name(), "OPTIMAL", objective, 0, Map.of("grid", objective), 1, 24,
                List.of(houses));
    }

    /**
     * Profits (objective = nets added up), January and February:
     * <pre>
     * 0.03 sdr:        3 (a 2, b 1) |  4 (a 1, b 3)   year 7;  a: 3 - 3 = 0 (worse off on 1 Feb), b: 4 - 1.5 = 2.5
     * 0.03 mid-market: 5 (a 3, b 2) |  6 (a 3, b 3)   year 11; a: 6 - 3 = 3,   b: 5 - 1.5 = 3.5
     * 0.08 sdr:        no schedule  |  8 (a 4, b 4)   year 8;  a: 4 - 1.5 = 2.5, b: 4 - 1 = 3
     * 0.08 mid-market: 9 (a 5, b 4) | 10 (a 5, b 5)   year 19; a: 10 - 3 = 7,  b: 9 - 1.5 = 7.5
     * </pre>
     * Standing alone: a 1.50 each day, b 0.50 on 31 January and 1.00 on 1 February.
     */
    private static StudyTables tables() {
        Variant sdr3 = VARIANTS.get(0);
        Variant mid3 = VARIANTS.get(1);
        Variant sdr8 = VARIANTS.get(2);
        Variant mid8 = VARIANTS.get(3);
        List<JobResult> results = new ArrayList<>(List.of(
                day("2025-01-31", sdr3, house("a", 2, 1.5), house("b", 1, 0.5)),
                day("2025-02-01", sdr3, house("a", 1, 1.5), house("b", 3, 1)),
                day("2025-01-31", mid3, house("a", 3, 1.5), house("b", 2, 0.5)),
                day("2025-02-01", mid3, house("a", 3, 1.5), house("b", 3, 1)),
                new JobResult("2025-01-31", sdr8.name(), JobResult.NO_SCHEDULE, Double.NaN, Double.NaN, Map.of(), 1,
                        24, List.of()),
                day("2025-02-01", sdr8, house("a", 4, 1.5), house("b", 4, 1)),
                day("2025-01-31", mid8, house("a", 5, 1.5), house("b", 4, 0.5)),
                day("2025-02-01", mid8, house("a", 5, 1.5), house("b", 5, 1))));
        return new StudyTables(VARIANTS, List.of("grid_sell", "p2p_rule"), results);
    }

    @Test
    void theMonthlyProfitOfEachVariantAddsUpItsDaysWithAScheduleAndLeavesAMonthWithoutOneEmpty() {
        StudyFigures figures = StudyFigures.of(tables());

        assertThat(figures.months()).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        assertThat(figures.monthlyProfit().keySet()).containsExactlyElementsOf(
                VARIANTS.stream().map(Variant::name).toList());
        assertThat(figures.monthlyProfit().get("grid-sell-0.03_p2p-rule-sdr")).containsExactly(3.0, 4.0);
        assertThat(figures.monthlyProfit().get("grid-sell-0.08_p2p-rule-mid-market")).containsExactly(9.0, 10.0);
        assertThat(figures.monthlyProfit().get("grid-sell-0.08_p2p-rule-sdr")).containsExactly(null, 8.0);
    }

    /**
     * grid_sell 0.03: mean of 7 and 11 = 9; 0.08: mean of 8 and 19 = 13.5. p2p_rule sdr: mean of 7 and 8 = 7.5;
     * mid-market: mean of 11 and 19 = 15 (text values keep the study's order).
     */
    @Test
    void theSensitivityToAParameterIsTheMeanAnnualProfitOverTheOtherParametersAtEachOfItsValues() {
        List<StudyFigures.Sensitivity> sensitivities = StudyFigures.of(tables()).sensitivities();

        assertThat(sensitivities).extracting(StudyFigures.Sensitivity::parameter)
                .containsExactly("grid_sell", "p2p_rule");
        StudyFigures.Sensitivity gridSell = sensitivities.get(0);
        assertThat(gridSell.values()).containsExactly("0.03", "0.08");
        assertThat(gridSell.meanAnnualProfit().get(0)).isCloseTo(9, within(TOLERANCE));
        assertThat(gridSell.meanAnnualProfit().get(1)).isCloseTo(13.5, within(TOLERANCE));
        StudyFigures.Sensitivity rule = sensitivities.get(1);
        assertThat(rule.values()).containsExactly("sdr", "mid-market");
        assertThat(rule.meanAnnualProfit().get(0)).isCloseTo(7.5, within(TOLERANCE));
        assertThat(rule.meanAnnualProfit().get(1)).isCloseTo(15, within(TOLERANCE));
    }

    @Test
    void numericValuesAreOrderedAsNumbersNotAsText() {
        List<Variant> variants = List.of(new Variant("ten", new TreeMap<>(Map.of("parking_fee", "10"))),
                new Variant("two", new TreeMap<>(Map.of("parking_fee", "2"))));
        List<JobResult> results = List.of(day("2025-01-31", variants.get(0), house("a", 10, 0)),
                day("2025-01-31", variants.get(1), house("a", 2, 0)));

        StudyFigures.Sensitivity fee = StudyFigures.of(new StudyTables(variants, List.of("parking_fee"), results))
                .sensitivities().get(0);

        assertThat(fee.values()).containsExactly("2", "10");
        assertThat(fee.meanAnnualProfit()).containsExactly(2.0, 10.0);
    }

    @Test
    void theHousesAnnualGainsArePerVariantFromTheHousesTable() {
        Map<String, List<Double>> gains = StudyFigures.of(tables()).annualGains();

        assertThat(gains.get("grid-sell-0.03_p2p-rule-sdr")).containsExactly(0.0, 2.5);
        assertThat(gains.get("grid-sell-0.03_p2p-rule-mid-market")).containsExactly(3.0, 3.5);
        assertThat(gains.get("grid-sell-0.08_p2p-rule-sdr")).containsExactly(2.5, 3.0);
        assertThat(gains.get("grid-sell-0.08_p2p-rule-mid-market")).containsExactly(7.0, 7.5);
    }

    @Test
    void thePlotsCarryTheFiguresSeries() {
        StudyFigures figures = StudyFigures.of(tables());
        List<StudyPlots.Plot> plots = StudyPlots.plots(figures);

        assertThat(plots).extracting(StudyPlots.Plot::file).containsExactly(StudyPlots.MONTHLY_PROFIT,
                "sensitivity-grid_sell.png", "sensitivity-p2p_rule.png", StudyPlots.HOUSE_GAINS);
        CategoryChart monthly = (CategoryChart) plots.get(0).chart();
        assertThat(monthly.getSeriesMap()).hasSize(4);
        assertThat(new ArrayList<Number>(monthly.getSeriesMap().get("grid-sell-0.03_p2p-rule-mid-market").getYData()))
                .containsExactly(5.0, 6.0);
        XYChart gridSell = (XYChart) plots.get(1).chart();
        assertThat(gridSell.getTitle()).contains("mean over the other parameters");
        XYSeries means = gridSell.getSeriesMap().values().iterator().next();
        assertThat(means.getXData()).containsExactly(0.03, 0.08);
        assertThat(means.getYData()).containsExactly(9.0, 13.5);
        CategoryChart rule = (CategoryChart) plots.get(2).chart();
        assertThat(new ArrayList<Object>(rule.getSeriesMap().values().iterator().next().getXData()))
                .containsExactly("sdr", "mid-market");
        BoxChart gains = (BoxChart) plots.get(3).chart();
        assertThat(gains.getSeriesMap().keySet()).containsExactlyElementsOf(
                VARIANTS.stream().map(Variant::name).toList());
        assertThat(gains.getSeriesMap().values()).extracting(Series::getName).hasSize(4);
    }

    @Test
    void studyHtmlIsSelfContainedWellFormedWithDecodablePlotsAndTheTablesNumbers() throws Exception {
        StudyReport.write(out, tables(), "Two days of two houses",
                List.of(new JobFailure("2025-02-02/grid-sell-0.03_p2p-rule-sdr", "solver process died")));

        for (String file : List.of(StudyPlots.MONTHLY_PROFIT, "sensitivity-grid_sell.png",
                "sensitivity-p2p_rule.png", StudyPlots.HOUSE_GAINS)) {
            BufferedImage image = ImageIO.read(out.resolve(file).toFile());
            assertThat(image).as(file).isNotNull();
            assertThat(image.getWidth()).as(file).isPositive();
        }
        String html = Files.readString(out.resolve(StudyReport.FILE));
        assertThat(html).as("self-contained: no external resource").doesNotContain("http://", "https://", "<script");
        Matcher sources = Pattern.compile("(src|href)=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (sources.find()) {
            assertThat(sources.group(2)).as("every source inlined").startsWith("data:image/png;base64,");
            images++;
        }
        assertThat(images).isEqualTo(4);
        // Well-formed XML, as report.html: every element closed, only XML's entities.
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = xml.newDocumentBuilder().parse(out.resolve(StudyReport.FILE).toFile());
        assertThat(document.getElementsByTagName("img").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("h2").getLength()).isEqualTo(5);
        assertThat(html).contains("<h1>Two days of two houses</h1>", "from 2025-01-31 to 2025-02-01",
                "grid_sell = 0.08, p2p_rule = mid-market");
        // The variants table: 0.08 mid-market, 2 days, objective 19.00, net 19, alone 4.5, gain 14.5.
        assertThat(html).contains("<td>grid-sell-0.08_p2p-rule-mid-market</td><td>0.08</td><td>mid-market</td>"
                + "<td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">19.00</td><td class=\"n\">19.00</td>"
                + "<td class=\"n\">4.50</td><td class=\"n\">14.50</td>");
        // House a under 0.03 sdr: worse off on 1 February, even over the period.
        assertThat(html).contains("<td>grid-sell-0.03_p2p-rule-sdr</td><td>a</td><td>ec1</td><td class=\"n\">2</td>"
                + "<td class=\"n\">3.00</td><td class=\"n\">3.00</td><td class=\"n\">0.00</td><td class=\"n\">1</td>");
        assertThat(html).contains("1 house (counted per variant) worse off on at least one day; 0 of them");
        assertThat(html).contains("<tr><td>2025-01-31</td><td>grid-sell-0.08_p2p-rule-sdr</td></tr>");
        assertThat(html).contains("<td>2025-02-02/grid-sell-0.03_p2p-rule-sdr</td><td>solver process died</td>");
    }

    @Test
    void aStudyWithoutSchedulesHasNoPlotsAndSaysSo() throws IOException {
        List<JobResult> none = List.of(new JobResult("2025-01-31", "base", JobResult.NO_SCHEDULE, Double.NaN,
                Double.NaN, Map.of(), 1, 24, List.of()));

        StudyReport.write(out, new StudyTables(List.of(Variant.base()), List.of(), none), "Nothing", List.of());

        assertThat(Files.list(out).map(p -> p.getFileName().toString())).containsExactly(StudyReport.FILE);
        assertThat(Files.readString(out.resolve(StudyReport.FILE))).contains("nothing to plot",
                "<tr><td>2025-01-31</td><td>base</td></tr>");
    }

    @Test
    void aLongListOfWorseOffHousesIsCutAndPointsToTheCsvThatHasThemAll() throws IOException {
        int houses = StudyReport.MAX_ROWS + 1;
        JobResult.HouseDay[] worseOff = new JobResult.HouseDay[houses];
        for (int h = 0; h < houses; h++) {
            worseOff[h] = house("h" + h, 1, 2);
        }
        Variant base = Variant.base();

        StudyReport.write(out, new StudyTables(List.of(base), List.of(), List.of(day("2025-01-31", base, worseOff))),
                "Many", List.of());

        String html = Files.readString(out.resolve(StudyReport.FILE));
        assertThat(html).contains(houses + " houses (counted per variant) worse off on at least one day; " + houses
                + " of them", "The first " + StudyReport.MAX_ROWS + " are shown; houses-annual.csv has them all.");
        assertThat(html).contains("<td>base</td><td>h199</td>").doesNotContain("<td>base</td><td>h200</td>");
    }
}
