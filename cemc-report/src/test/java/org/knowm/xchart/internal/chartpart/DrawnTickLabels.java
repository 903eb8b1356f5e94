package org.knowm.xchart.internal.chartpart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The tick labels XChart draws on a chart's axes, for tests that assert on what a reader sees rather than on the
 * options we pass. XChart keeps its axes package-private, hence this package. It paints the chart, then keeps the
 * labels XChart itself keeps when drawing (AxisTickLabels in XChart 3.8.8): not null and strictly inside the axis.
 */
public final class DrawnTickLabels {
    private DrawnTickLabels() {
    }

    public static List<String> x(Chart<? extends AxesChartStyler, ?> chart) {
        BitmapEncoder.getBufferedImage(chart);
        if (!chart.getStyler().isXAxisTicksVisible()) {
            return List.of();
        }
        return inside(chart.getXAxis(), chart.getXAxis().getBounds().getWidth());
    }

    public static List<String> y(Chart<? extends AxesChartStyler, ?> chart) {
        BitmapEncoder.getBufferedImage(chart);
        if (!chart.getStyler().isYAxisTicksVisible()) {
            return List.of();
        }
        return inside(chart.getYAxis(), chart.getYAxis().getBounds().getHeight());
    }

    private static List<String> inside(Axis axis, double length) {
        List<String> labels = new ArrayList<>();
        List<String> all = axis.getAxisTickCalculator().getTickLabels();
        List<Double> at = axis.getAxisTickCalculator().getTickLocations();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && at.get(i) > 0 && at.get(i) < length) {
                labels.add(all.get(i));
            }
        }
        return labels;
    }
}
