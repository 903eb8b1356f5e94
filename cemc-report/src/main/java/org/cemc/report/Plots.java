package org.cemc.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Stay;
import org.cemc.result.EvPlan;
import org.cemc.model.HouseQuantity;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Schedule;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG plots of a checked schedule (docs/outputs.md), each titled, with axis labels and units. */
public final class Plots {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    /** File name and title of every plot, in the order the report shows them. */
    public static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("grid.png", "Grid import and export per EC (paper Fig. 7)");
        FILES.put("prices.png", "Prices of the day (paper Fig. 3)");
        FILES.put("p2p-prices.png", "P2P buy, sell and clearing prices (paper Fig. 2)");
        FILES.put("p2p.png", "P2P energy traded: sellers above zero, buyers below");
        FILES.put("dr.png", "DR curtailment against the callable load");
        FILES.put("chargers.png", "Guest-EV occupancy of each charger");
        FILES.put("ev-soc.png", "Guest-EV state of charge");
        FILES.put("profit-waterfall.png", "Profit table as a waterfall (paper Table I)");
    }

    private Plots() {
    }

    public static void write(Path folder, CommunityCase community, Schedule schedule, ProfitTable profit)
            throws IOException {
        Files.createDirectories(folder);
        save(folder, "grid.png", grid(community, schedule));
        save(folder, "prices.png", prices(community));
        save(folder, "p2p-prices.png", p2pPrices(community));
        save(folder, "p2p.png", p2p(community, schedule));
        save(folder, "dr.png", demandResponse(community, schedule));
        save(folder, "chargers.png", chargers(community, schedule));
        save(folder, "ev-soc.png", stateOfCharge(community, schedule));
        save(folder, "profit-waterfall.png", waterfall(community, profit));
    }

    private static void save(Path folder, String file, Chart<?, ?> chart) throws IOException {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setAntiAlias(true);
        BitmapEncoder.saveBitmap(chart, folder.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static double[] hours(CommunityCase community) {
        return IntStream.range(0, community.periods()).mapToDouble(t -> community.grid().startHour(t)).toArray();
    }

    private static XYChart xy(String file, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(FILES.get(file))
                .xAxisTitle("hour of the day (period start)").yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(5);
        return chart;
    }

    private static String perKwh(CommunityCase community) {
        return "price (" + community.currency() + "/kWh)";
    }

    static XYChart grid(CommunityCase community, Schedule schedule) {
        XYChart chart = xy("grid.png", "energy (kWh per period)");
        for (EnergyCommunity ec : community.communities()) {
            chart.addSeries(ec.id() + " import", hours(community), sum(community, schedule, ec, HouseQuantity.GRID_IMPORT));
            chart.addSeries(ec.id() + " export", hours(community), sum(community, schedule, ec, HouseQuantity.GRID_EXPORT));
        }
        return chart;
    }

    private static double[] sum(CommunityCase community, Schedule schedule, EnergyCommunity ec, HouseQuantity q) {
        double[] total = new double[community.periods()];
        for (House house : community.houses()) {
            if (house.community().equals(ec.id())) {
                for (int t = 0; t < total.length; t++) {
                    total[t] += schedule.house(house.id()).get(q, t);
                }
            }
        }
        return total;
    }

    static XYChart prices(CommunityCase community) {
        Prices prices = community.prices();
        XYChart chart = xy("prices.png", perKwh(community));
        chart.addSeries("grid import", hours(community), prices.gridBuy().toArray());
        chart.addSeries("grid export", hours(community), prices.gridSell().toArray());
        chart.addSeries("P2P clearing", hours(community), prices.p2p().toArray());
        chart.addSeries("energy not supplied (penalty)", hours(community), prices.ens().toArray());
        return chart;
    }

    static XYChart p2pPrices(CommunityCase community) {
        XYChart chart = xy("p2p-prices.png", perKwh(community));
        chart.setTitle(FILES.get("p2p-prices.png") + ", rule: " + community.prices().p2pMarket().rule().key());
        chart.addSeries("P2P buy", hours(community), community.prices().p2pMarket().buy().toArray());
        chart.addSeries("P2P sell", hours(community), community.prices().p2pMarket().sell().toArray());
        chart.addSeries("P2P clearing", hours(community), community.prices().p2p().toArray());
        return chart;
    }

    static CategoryChart p2p(CommunityCase community, Schedule schedule) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(FILES.get("p2p.png"))
                .xAxisTitle("hour of the day (period start)").yAxisTitle("energy (kWh per period)").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendFont(chart.getStyler().getLegendFont().deriveFont(9f));
        chart.getStyler().setLegendPadding(3);
        chart.getStyler().setXAxisLabelRotation(90);
        List<Integer> hours = IntStream.range(0, community.periods()).boxed().toList();
        for (House house : community.houses()) {
            Series sold = schedule.house(house.id()).series(HouseQuantity.P2P_SOLD);
            Series bought = schedule.house(house.id()).series(HouseQuantity.P2P_BOUGHT);
            if (sold.sum() + bought.sum() > 1e-9) {
                List<Double> net = IntStream.range(0, community.periods()).mapToObj(t -> sold.at(t) - bought.at(t))
                        .toList();
                chart.addSeries(house.id(), hours, net);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no P2P trade", hours, hours.stream().map(h -> 0.0).toList());
        }
        return chart;
    }

    static CategoryChart demandResponse(CommunityCase community, Schedule schedule) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(FILES.get("dr.png"))
                .xAxisTitle("hour of the day (period start)").yAxisTitle("energy, all houses (kWh per period)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setOverlapped(true);
        List<Integer> hours = IntStream.range(0, community.periods()).boxed().toList();
        List<Double> callable = new ArrayList<>();
        List<Double> curtailed = new ArrayList<>();
        for (int t = 0; t < community.periods(); t++) {
            int period = t;
            callable.add(community.houses().stream().mapToDouble(h -> h.drCallable().at(period)).sum());
            curtailed.add(schedule.houses().stream().mapToDouble(p -> p.get(HouseQuantity.DR_CURTAILED, period)).sum());
        }
        CategorySeries call = chart.addSeries("callable load", hours, callable);
        call.setFillColor(new Color(200, 200, 200));
        chart.addSeries("curtailed", hours, curtailed).setFillColor(new Color(0x2ca02c));
        return chart;
    }

    static XYChart chargers(CommunityCase community, Schedule schedule) {
        XYChart chart = xy("chargers.png", "charger (its house named in the legend)");
        chart.getStyler().setYAxisTicksVisible(false);
        List<String> chargers = community.houses().stream().filter(House::hasCharger).map(House::id).toList();
        chart.getStyler().setYAxisMin(-0.5);
        chart.getStyler().setYAxisMax(chargers.size() - 0.5);
        chart.setCustomYAxisTickLabelsFormatter(y -> {
            int index = (int) Math.round(y);
            return Math.abs(y - index) < 0.26 && index >= 0 && index < chargers.size() ? chargers.get(index) : " ";
        });
        for (int e = 0; e < community.guestEvs().size(); e++) {
            GuestEv ev = community.guestEvs().get(e);
            EvPlan plan = schedule.evs().get(e);
            if (plan.host().isEmpty()) {
                continue;
            }
            Stay stay = ev.stay(community.grid());
            double[] x = IntStream.range(stay.first(), stay.end()).mapToDouble(t -> community.grid().startHour(t)).toArray();
            double[] y = new double[x.length];
            java.util.Arrays.fill(y, chargers.indexOf(plan.host().get()));
            XYSeries series = chart.addSeries(ev.id() + " at " + plan.host().get(), x, y);
            series.setMarker(SeriesMarkers.SQUARE);
            series.setLineWidth(6);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no guest EV hosted", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    static XYChart stateOfCharge(CommunityCase community, Schedule schedule) {
        XYChart chart = xy("ev-soc.png", "state of charge at the end of the period (%)");
        for (int e = 0; e < community.guestEvs().size(); e++) {
            GuestEv ev = community.guestEvs().get(e);
            Stay stay = ev.stay(community.grid());
            if (stay.isEmpty()) {
                continue;
            }
            EvPlan plan = schedule.evs().get(e);
            double[] x = IntStream.range(stay.first(), stay.end()).mapToDouble(t -> community.grid().startHour(t)).toArray();
            double[] y = IntStream.range(stay.first(), stay.end())
                    .mapToDouble(t -> 100 * plan.soc().at(t) / ev.batteryKwh()).toArray();
            chart.addSeries(ev.id() + (plan.host().isPresent() ? " at " + plan.host().get() : " (not hosted)"), x, y);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no guest EV", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * Table I as a waterfall: each term a floating bar from the running total before it to the one after, then the
     * total from zero. Drawn as stacked bars on an invisible base; since stacked bars grow away from zero, every
     * bar is shifted up by the lowest running total and the axis labels shifted back.
     */
    static CategoryChart waterfall(CommunityCase community, ProfitTable profit) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(FILES.get("profit-waterfall.png")).xAxisTitle("term of the objective")
                .yAxisTitle("profit (" + community.currency() + ")").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(20);
        List<String> labels = new ArrayList<>();
        List<double[]> bars = new ArrayList<>();
        double running = 0;
        for (ProfitTerm term : ProfitTerm.values()) {
            labels.add(term.key());
            bars.add(new double[] {running, running + profit.term(term)});
            running += profit.term(term);
        }
        labels.add("total");
        bars.add(new double[] {0, running});
        double offset = Math.min(0, bars.stream().mapToDouble(b -> Math.min(b[0], b[1])).min().orElse(0));
        List<Double> base = new ArrayList<>();
        List<Double> gain = new ArrayList<>();
        List<Double> loss = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            double from = bars.get(i)[0];
            double to = bars.get(i)[1];
            base.add(Math.min(from, to) - offset);
            boolean last = i == bars.size() - 1;
            total.add(last ? to - from : 0);
            gain.add(!last && to >= from ? to - from : 0);
            loss.add(!last && to < from ? from - to : 0);
        }
        chart.addSeries("base", labels, base).setFillColor(new Color(255, 255, 255, 0));
        chart.addSeries("gain", labels, gain).setFillColor(new Color(0x2ca02c));
        chart.addSeries("loss", labels, loss).setFillColor(new Color(0xd62728));
        chart.addSeries("total", labels, total).setFillColor(new Color(0x1f77b4));
        chart.setCustomYAxisTickLabelsFormatter(y -> String.format(Locale.ROOT, "%.0f", y + offset));
        return chart;
    }
}
