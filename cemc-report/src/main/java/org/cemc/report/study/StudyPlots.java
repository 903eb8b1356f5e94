package org.cemc.report.study;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.report.Plots;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * A study's PNG plots (docs/studies.md, "Outputs"), drawn with XChart as the single day's {@link Plots}: the
 * community's profit per month and variant, the annual profit against each swept parameter, and the distribution of
 * the houses' annual gains over standing alone per variant.
 */
public final class StudyPlots {
    public static final String MONTHLY_PROFIT = "monthly-profit.png";
    public static final String HOUSE_GAINS = "house-gains.png";

    /** Degrees the category labels (months, values, variants) are slanted by. */
    private static final int LABEL_ROTATION = 30;

    private StudyPlots() {
    }

    /** One plot: its file name, its caption (what it shows, in words) and the chart. */
    record Plot(String file, String caption, Chart<?, ?> chart) {
    }

    /** Writes every plot of {@code figures} into {@code folder}; returns them, in the order the report shows them. */
    static List<Plot> write(Path folder, StudyFigures figures) throws IOException {
        Files.createDirectories(folder);
        List<Plot> plots = plots(figures);
        for (Plot plot : plots) {
            plot.chart().getStyler().setChartBackgroundColor(Color.WHITE);
            plot.chart().getStyler().setAntiAlias(true);
            BitmapEncoder.saveBitmap(plot.chart(), folder.resolve(plot.file()).toString(),
                    BitmapEncoder.BitmapFormat.PNG);
        }
        return plots;
    }

    /**
     * The plots there is data for: the monthly profit when some job has a schedule, one sensitivity plot per
     * parameter with two values or more, the houses' gains when some house has a result.
     */
    static List<Plot> plots(StudyFigures figures) {
        Map<String, Plot> plots = new LinkedHashMap<>();
        boolean anyProfit = figures.monthlyProfit().values().stream().flatMap(List::stream)
                .anyMatch(profit -> profit != null);
        if (anyProfit) {
            plots.put(MONTHLY_PROFIT, new Plot(MONTHLY_PROFIT, "Community profit per month and variant: the paper's "
                    + "objective added up over the month's days with a checked schedule (a month without one is left "
                    + "out of the variant's line)", monthlyProfit(figures)));
        }
        for (StudyFigures.Sensitivity sensitivity : figures.sensitivities()) {
            String file = sensitivityFile(sensitivity.parameter());
            plots.put(file, new Plot(file, "Annual community profit against " + sensitivity.parameter()
                    + ": at each value, the mean over the variants with that value (that is, over the other swept "
                    + "parameters' values)", sensitivity(sensitivity)));
        }
        if (!figures.annualGains().isEmpty()) {
            plots.put(HOUSE_GAINS, new Plot(HOUSE_GAINS, "Houses' gains over standing alone across the period, per "
                    + "variant: a box of the middle half of the houses, its line at the median, whiskers to the "
                    + "farthest house within 1.5 box lengths, houses beyond them as crosses; below zero a house is "
                    + "worse off than standing alone",
                    houseGains(figures)));
        }
        return List.copyOf(plots.values());
    }

    /** The file of a parameter's sensitivity plot: {@code sensitivity-grid_sell.png}. */
    static String sensitivityFile(String parameter) {
        return "sensitivity-" + parameter + ".png";
    }

    static CategoryChart monthlyProfit(StudyFigures figures) {
        CategoryChart chart = new CategoryChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title("Community profit per month").xAxisTitle("month").yAxisTitle("profit (money per month)").build();
        style(chart);
        // Each variant's points on its month, not side by side as grouped bars would be.
        chart.getStyler().setOverlapped(true);
        List<String> months = figures.months().stream().map(YearMonth::toString).toList();
        for (Map.Entry<String, List<Double>> variant : figures.monthlyProfit().entrySet()) {
            if (variant.getValue().stream().allMatch(profit -> profit == null)) {
                continue;
            }
            CategorySeries series = chart.addSeries(variant.getKey(), months, variant.getValue());
            series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        }
        zeroLine(chart, figures.monthlyProfit().values().stream().flatMap(List::stream).filter(p -> p != null)
                .toList());
        return chart;
    }

    /**
     * A parameter's sensitivity plot: numbers on a numeric axis (so 0.03, 0.06, 0.10 keep their spacing), other
     * values as categories.
     */
    static Chart<?, ?> sensitivity(StudyFigures.Sensitivity sensitivity) {
        String title = "Annual profit against " + sensitivity.parameter() + " (mean over the other parameters)";
        String yTitle = "annual community profit (money)";
        if (sensitivity.numeric()) {
            XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title)
                    .xAxisTitle(sensitivity.parameter()).yAxisTitle(yTitle).build();
            style(chart);
            chart.addSeries("mean annual profit", sensitivity.values().stream().map(Double::parseDouble).toList(),
                    sensitivity.meanAnnualProfit());
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setXAxisDecimalPattern("0.###");
            // XChart's own pattern shows every digit when it places a tick on a data point (two values, two ticks).
            chart.getStyler().setYAxisDecimalPattern("#,##0.##");
            zeroLine(chart, sensitivity.meanAnnualProfit());
            return chart;
        }
        CategoryChart chart = new CategoryChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT).title(title)
                .xAxisTitle(sensitivity.parameter()).yAxisTitle(yTitle).build();
        style(chart);
        CategorySeries series = chart.addSeries("mean annual profit", sensitivity.values(),
                sensitivity.meanAnnualProfit());
        series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setLegendVisible(false);
        zeroLine(chart, sensitivity.meanAnnualProfit());
        return chart;
    }

    static BoxChart houseGains(StudyFigures figures) {
        BoxChart chart = new BoxChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title("Houses' gains over standing alone, per variant").xAxisTitle("variant")
                .yAxisTitle("a house's gain over the period (money)").build();
        style(chart);
        chart.getStyler().setLegendVisible(false);
        for (Map.Entry<String, List<Double>> variant : figures.annualGains().entrySet()) {
            chart.addSeries(variant.getKey(), variant.getValue());
        }
        zeroLine(chart, figures.annualGains().values().stream().flatMap(List::stream).toList());
        return chart;
    }

    /**
     * A thin black line at zero where the values lie on both sides of it (gains and losses). Unlike a single day's
     * plots, an XY axis is not stretched to zero otherwise: a year's profits lie far from it, and their differences
     * are what these plots show. (XChart's category charts always include zero.)
     */
    private static void zeroLine(Chart<?, ?> chart, List<Double> values) {
        double min = values.stream().mapToDouble(v -> v).min().orElse(0);
        double max = values.stream().mapToDouble(v -> v).max().orElse(0);
        if (min < 0 && max > 0) {
            chart.getStyler().setAnnotationLineColor(Color.BLACK);
            chart.addAnnotation(new AnnotationLine(0, false, false));
        }
    }

    /** The legend beside the plot, CEMC's colours, and category labels slanted so that long names do not overlap. */
    private static void style(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setSeriesColors(Plots.colours());
        ((AxesChartStyler) styler).setXAxisLabelRotation(LABEL_ROTATION);
    }
}
