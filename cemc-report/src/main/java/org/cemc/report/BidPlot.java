package org.cemc.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.cemc.community.CommunityCase;
import org.cemc.market.Bid;
import org.cemc.market.BidCurve;
import org.cemc.market.PriceSweep;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * bid.png: the community's bid curve of each period as a market draws it, price up and quantity across: at each
 * level of the sweep (a marker) the net average kW it bids, buying right of zero and selling left, lines joining the
 * levels. Colour runs with the time of day; beyond {@link #MAX_CURVES} periods, every k-th period is drawn.
 */
public final class BidPlot {
    public static final String FILE = "bid.png";
    /** At most this many curves, so that the legend stays readable. */
    static final int MAX_CURVES = 24;

    private BidPlot() {
    }

    static void write(Path folder, Bid bid, BidCurve curve) throws IOException {
        Plots.save(folder, FILE, chart(bid, curve));
    }

    static XYChart chart(Bid bid, BidCurve curve) {
        CommunityCase community = bid.community();
        int stride = (community.periods() + MAX_CURVES - 1) / MAX_CURVES;
        boolean replace = bid.sweep().mode() == PriceSweep.Mode.REPLACE;
        String perKwh = community.currency() + "/kWh";
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title("Bid curves: the community's net purchase at each price level"
                        + (stride > 1 ? String.format(Locale.ROOT, " (every %d periods)", stride) : ""))
                .xAxisTitle("net purchase (average kW over the period; selling < 0)")
                .yAxisTitle(replace ? "grid price, both ways (" + perKwh + ")"
                        : "shift of the case's grid prices (" + perKwh + ")")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendFont(chart.getStyler().getLegendFont().deriveFont(10f));
        chart.getStyler().setLegendPadding(4);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        double[] levels = curve.levels();
        for (int t = 0; t < community.periods(); t += stride) {
            double[] kw = new double[levels.length];
            for (int l = 0; l < levels.length; l++) {
                kw[l] = curve.bidKwh(t, l) / community.grid().periodHours();
            }
            XYSeries series = chart.addSeries(Plots.clock(community.grid().startHour(t)), kw, levels);
            Color colour = Color.getHSBColor(0.7f * (1 - (float) t / community.periods()), 0.85f, 0.8f);
            series.setLineColor(colour);
            series.setMarkerColor(colour);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        chart.addAnnotation(new AnnotationLine(0, true, false));
        chart.getStyler().setAnnotationLineColor(Color.BLACK);
        return chart;
    }
}
