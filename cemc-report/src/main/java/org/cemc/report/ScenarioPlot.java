package org.cemc.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cemc.community.GuestEv;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.scenario.Reduction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleChartBuilder;
import org.knowm.xchart.BubbleSeries;
import org.knowm.xchart.style.Styler;

/**
 * scenarios.png, in the spirit of the paper's Fig. 6: each sampled guest EV at (arrival, departure), coloured by
 * cluster, with the bubble's size showing its state of charge on arrival; representatives drawn in black.
 */
public final class ScenarioPlot {
    public static final String FILE = "scenarios.png";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 650;
    /** Bubble diameter in pixels for a full battery. */
    private static final double BUBBLE_SCALE = 18;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private ScenarioPlot() {
    }

    public static void write(Path folder, EvRepresentatives result) throws IOException {
        BubbleChart chart = new BubbleChartBuilder().width(WIDTH).height(HEIGHT)
                .title(String.format(Locale.ROOT, "Guest-EV scenarios: %s reduced to %s (K-means)",
                        ConsoleReport.count(result.samples().size(), "sample", "samples"),
                        ConsoleReport.count(result.clusters().size(), "representative", "representatives")))
                .xAxisTitle("arrival (h)").yAxisTitle("departure (h)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setAntiAlias(true);
        for (Reduction.Cluster<GuestEv> cluster : result.clusters()) {
            BubbleSeries series = addEvs(chart, String.format(Locale.ROOT, "cluster %d (p = %.2f)", cluster.index(),
                    cluster.probability()), cluster.members());
            Color colour = PALETTE[(cluster.index() - 1) % PALETTE.length];
            series.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
            series.setLineColor(colour);
        }
        BubbleSeries representatives = addEvs(chart, "representatives (size: state of charge on arrival)",
                result.clusters().stream().map(Reduction.Cluster::representative).toList());
        representatives.setFillColor(Color.BLACK);
        representatives.setLineColor(Color.BLACK);
        BitmapEncoder.saveBitmap(chart, folder.resolve(FILE).toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static BubbleSeries addEvs(BubbleChart chart, String name, List<GuestEv> evs) {
        double[] arrival = evs.stream().mapToDouble(GuestEv::arrivalHour).toArray();
        double[] departure = evs.stream().mapToDouble(GuestEv::departureHour).toArray();
        double[] size = evs.stream().mapToDouble(ev -> BUBBLE_SCALE * ev.socArrival()).toArray();
        return chart.addSeries(name, arrival, departure, size);
    }
}
