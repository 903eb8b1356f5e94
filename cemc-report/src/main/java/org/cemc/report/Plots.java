package org.cemc.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Stay;
import org.cemc.community.TimeGrid;
import org.cemc.result.EvPlan;
import org.cemc.model.HouseQuantity;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Schedule;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG plots of a checked schedule (docs/outputs.md), each titled, with axis labels and units. */
public final class Plots {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    /** File name and title of every plot, in the order the report shows them. */
    public static final Map<String, String> FILES = files();

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("grid.png", "Grid import and export per EC (paper Fig. 7)");
        files.put("prices.png", "Prices of the day (paper Fig. 3)");
        files.put("p2p-prices.png", "P2P buy, sell and clearing prices (paper Fig. 2)");
        files.put("p2p.png", "P2P energy traded: sellers above zero, buyers below");
        files.put("dr.png", "DR curtailment against the callable load");
        files.put("chargers.png", "Guest-EV occupancy of each charger");
        files.put("ev-soc.png", "Guest-EV state of charge");
        files.put("profit-waterfall.png", "Profit table as a waterfall (paper Table I)");
        return Collections.unmodifiableMap(files);
    }

    private Plots() {
    }

    public static void write(Path folder, CommunityCase community, Schedule schedule, ProfitTable profit)
            throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, Chart<?, ?>> chart : charts(community, schedule, profit).entrySet()) {
            save(folder, chart.getKey(), chart.getValue());
        }
    }

    /** Every plot by file name, in the order of {@link #FILES}. */
    static Map<String, Chart<?, ?>> charts(CommunityCase community, Schedule schedule, ProfitTable profit) {
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        charts.put("grid.png", grid(community, schedule));
        charts.put("prices.png", prices(community));
        charts.put("p2p-prices.png", p2pPrices(community));
        charts.put("p2p.png", p2p(community, schedule));
        charts.put("dr.png", demandResponse(community, schedule));
        charts.put("chargers.png", chargers(community, schedule));
        charts.put("ev-soc.png", stateOfCharge(community, schedule));
        charts.put("profit-waterfall.png", waterfall(community, profit));
        return charts;
    }

    static void save(Path folder, String file, Chart<?, ?> chart) throws IOException {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setAntiAlias(true);
        BitmapEncoder.saveBitmap(chart, folder.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** At most this many tick labels on a time axis, whatever the number of periods. */
    static final int MAX_TIME_LABELS = 13;
    /** The widest an under-drawn line gets, however many lines lie above it. */
    private static final float MAX_LINE_WIDTH = 7.5f;

    /**
     * Beyond this many houses (ECs in grid.png), a plot shows the {@link #TOP_HOUSES} largest and the rest summed, so
     * that its lines and legend stay readable.
     */
    static final int MAX_HOUSE_SERIES = 12;

    static final int TOP_HOUSES = 10;

    /** Distinct colours (Tableau 10 and three more), markers and line styles, so overlapping lines stay apart. */
    static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf), new Color(0x393b79), new Color(0xad494a), new Color(0x637939)};

    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};

    private static final BasicStroke[] LINES = {SeriesLines.SOLID, SeriesLines.DASH_DASH, SeriesLines.DOT_DOT,
        SeriesLines.DASH_DOT};

    private static final String TIME_AXIS = "time of day (period start, HH:MM)";

    /** Clock time of an hour since the start of the horizon: "09:15"; past the first day "+1d 06:00". */
    public static String clock(double hour) {
        long minutes = Math.round(hour * 60);
        long day = Math.floorDiv(minutes, 1440);
        long inDay = Math.floorMod(minutes, 1440);
        String time = String.format(Locale.ROOT, "%02d:%02d", inDay / 60, inDay % 60);
        if (day == 1 && inDay == 0) {
            return "24:00";
        }
        return day == 0 ? time : String.format(Locale.ROOT, "%+dd %s", day, time);
    }

    /** The clock time at which each period starts. */
    static List<String> periodLabels(TimeGrid grid) {
        return IntStream.range(0, grid.periods()).mapToObj(t -> clock(grid.startHour(t))).toList();
    }

    private static double[] hours(CommunityCase community) {
        return IntStream.range(0, community.periods()).mapToDouble(t -> community.grid().startHour(t)).toArray();
    }

    private static void styleLegend(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendFont(styler.getLegendFont().deriveFont(10f));
        styler.setLegendPadding(4);
        styler.setSeriesColors(COLOURS);
        styler.setAnnotationLineColor(Color.BLACK);
        styler.setAnnotationLineStroke(new BasicStroke(1.2f));
    }

    /** The plots' series colours, for other plots of CEMC (a study's) to look the same. */
    public static Color[] colours() {
        return COLOURS.clone();
    }

    /** A thin black line at zero when the values reach below zero (so gains and losses read against it). */
    static boolean zeroLine(Chart<?, ?> chart, double min, double max) {
        if (min >= 0) {
            return false;
        }
        if (max <= 0) {
            ((org.knowm.xchart.style.AxesChartStyler) chart.getStyler()).setYAxisMax(0.0);
        }
        chart.addAnnotation(new AnnotationLine(0, false, false));
        return true;
    }

    /**
     * Tells overlapping lines apart: each series its own colour, marker and dash, and the earlier series drawn wider
     * so that a later line lying on top of it leaves it visible on both sides.
     */
    static void distinctLines(XYChart chart) {
        int i = 0;
        int n = chart.getSeriesMap().size();
        for (XYSeries series : chart.getSeriesMap().values()) {
            series.setLineColor(COLOURS[i % COLOURS.length]);
            series.setMarkerColor(COLOURS[i % COLOURS.length]);
            series.setMarker(MARKERS[i % MARKERS.length]);
            series.setLineStyle(LINES[i % LINES.length]);
            series.setLineWidth(Math.min(MAX_LINE_WIDTH, 1.5f + 2f * (n - 1 - i)));
            i++;
        }
    }

    private static void zeroLine(XYChart chart) {
        double min = 0;
        double max = 0;
        for (XYSeries series : chart.getSeriesMap().values()) {
            min = Math.min(min, series.getYMin());
            max = Math.max(max, series.getYMax());
        }
        zeroLine(chart, min, max);
    }

    /** A chart over the horizon, its x axis in clock time with about a dozen labels. */
    private static XYChart xy(String file, CommunityCase community, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(FILES.get(file))
                .xAxisTitle(TIME_AXIS).yAxisTitle(yTitle).build();
        styleLegend(chart);
        chart.getStyler().setMarkerSize(community.periods() > 48 ? 3 : 5);
        timeAxis(chart, community.grid());
        return chart;
    }

    /** Clock-time labels, ticks on whole hours chosen so that there are at most about a dozen. */
    static void timeAxis(XYChart chart, TimeGrid grid) {
        double span = grid.periods() * grid.periodHours();
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(span);
        chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(60, (WIDTH - 250) / (MAX_TIME_LABELS - 1)));
        chart.getStyler().setxAxisTickLabelsFormattingFunction(Plots::clock);
    }

    /** A category chart over the horizon: one category per period, labelled in clock time, at most a dozen shown. */
    private static CategoryChart categories(String file, CommunityCase community, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(FILES.get(file))
                .xAxisTitle(TIME_AXIS).yAxisTitle(yTitle).build();
        styleLegend(chart);
        chart.getStyler().setXAxisMaxLabelCount(MAX_TIME_LABELS);
        return chart;
    }

    private static String perKwh(CommunityCase community) {
        return "price (" + community.currency() + "/kWh)";
    }

    /**
     * Import (solid) and export (dashed) of each EC, in one colour per EC; beyond {@link #MAX_HOUSE_SERIES} ECs, as
     * p2p.png does with houses, the {@link #TOP_HOUSES} ECs with the largest import plus export and the other ECs
     * summed.
     */
    static XYChart grid(CommunityCase community, Schedule schedule) {
        XYChart chart = xy("grid.png", community, "energy (kWh per period)");
        Map<String, double[]> imports = new LinkedHashMap<>();
        Map<String, double[]> exports = new LinkedHashMap<>();
        Map<String, Double> volumes = new LinkedHashMap<>();
        Map<String, List<House>> housesOf = community.houses().stream()
                .collect(Collectors.groupingBy(House::community));
        for (EnergyCommunity ec : community.communities()) {
            List<House> members = housesOf.getOrDefault(ec.id(), List.of());
            imports.put(ec.id(), sum(community, schedule, members, HouseQuantity.GRID_IMPORT));
            exports.put(ec.id(), sum(community, schedule, members, HouseQuantity.GRID_EXPORT));
            volumes.put(ec.id(), volume(imports.get(ec.id())) + volume(exports.get(ec.id())));
        }
        Set<String> shown = shownOneByOne(volumes);
        int colour = 0;
        for (String ec : imports.keySet()) {
            if (shown.contains(ec)) {
                importAndExport(chart, community, ec, imports.get(ec), exports.get(ec), COLOURS[colour++ % COLOURS.length]);
            }
        }
        int rest = imports.size() - shown.size();
        if (rest > 0) {
            double[] otherImport = new double[community.periods()];
            double[] otherExport = new double[community.periods()];
            for (String ec : imports.keySet()) {
                if (!shown.contains(ec)) {
                    for (int t = 0; t < otherImport.length; t++) {
                        otherImport[t] += imports.get(ec)[t];
                        otherExport[t] += exports.get(ec)[t];
                    }
                }
            }
            importAndExport(chart, community, "other " + rest + " ECs", otherImport, otherExport,
                    COLOURS[colour % COLOURS.length]);
        }
        return chart;
    }

    private static void importAndExport(XYChart chart, CommunityCase community, String name, double[] imported,
                                        double[] exported, Color colour) {
        XYSeries in = chart.addSeries(name + " import", hours(community), imported);
        in.setLineColor(colour);
        in.setMarkerColor(colour);
        in.setLineStyle(SeriesLines.SOLID);
        in.setMarker(SeriesMarkers.CIRCLE);
        XYSeries out = chart.addSeries(name + " export", hours(community), exported);
        out.setLineColor(colour);
        out.setMarkerColor(colour);
        out.setLineStyle(SeriesLines.DASH_DASH);
        out.setMarker(SeriesMarkers.TRIANGLE_DOWN);
    }

    /** Quantity {@code q} of {@code houses} (an EC's, in the case's order) added up per period. */
    private static double[] sum(CommunityCase community, Schedule schedule, List<House> houses, HouseQuantity q) {
        double[] total = new double[community.periods()];
        for (House house : houses) {
            for (int t = 0; t < total.length; t++) {
                total[t] += schedule.house(house.id()).get(q, t);
            }
        }
        return total;
    }

    static XYChart prices(CommunityCase community) {
        Prices prices = community.prices();
        XYChart chart = xy("prices.png", community, perKwh(community));
        chart.addSeries("grid import", hours(community), prices.gridBuy().toArray());
        chart.addSeries("grid export", hours(community), prices.gridSell().toArray());
        chart.addSeries("P2P clearing", hours(community), prices.p2p().toArray());
        chart.addSeries("energy not supplied (penalty)", hours(community), prices.ens().toArray());
        distinctLines(chart);
        zeroLine(chart);
        return chart;
    }

    static XYChart p2pPrices(CommunityCase community) {
        XYChart chart = xy("p2p-prices.png", community, perKwh(community));
        chart.setTitle(FILES.get("p2p-prices.png") + ", rule: " + community.prices().p2pMarket().rule().key());
        chart.addSeries("P2P buy", hours(community), community.prices().p2pMarket().buy().toArray());
        chart.addSeries("P2P sell", hours(community), community.prices().p2pMarket().sell().toArray());
        chart.addSeries("P2P clearing", hours(community), community.prices().p2p().toArray());
        distinctLines(chart);
        zeroLine(chart);
        return chart;
    }

    /**
     * The series of a per-house plot: every house while there are at most {@link #MAX_HOUSE_SERIES}; beyond, the
     * {@link #TOP_HOUSES} with the largest volume (sum of absolute values) and the rest summed, positive and negative
     * parts apart ("other N houses, above zero" / "..., below zero") so that sellers and buyers do not cancel.
     */
    static Map<String, double[]> topHousesAndRest(Map<String, double[]> perHouse) {
        Map<String, Double> volumes = new LinkedHashMap<>();
        perHouse.forEach((house, values) -> volumes.put(house, volume(values)));
        Set<String> top = shownOneByOne(volumes);
        if (top.size() == perHouse.size()) {
            return new LinkedHashMap<>(perHouse);
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        int periods = perHouse.values().iterator().next().length;
        double[] above = new double[periods];
        double[] below = new double[periods];
        for (Map.Entry<String, double[]> house : perHouse.entrySet()) {
            if (top.contains(house.getKey())) {
                series.put(house.getKey(), house.getValue());
            } else {
                for (int t = 0; t < periods; t++) {
                    above[t] += Math.max(0, house.getValue()[t]);
                    below[t] += Math.min(0, house.getValue()[t]);
                }
            }
        }
        int rest = perHouse.size() - TOP_HOUSES;
        series.put("other " + rest + " houses, above zero", above);
        series.put("other " + rest + " houses, below zero", below);
        return series;
    }

    /**
     * What a plot draws one by one: every key while there are at most {@link #MAX_HOUSE_SERIES}; beyond, the
     * {@link #TOP_HOUSES} with the largest volume (ties by key), the rest to be summed by the caller.
     */
    static Set<String> shownOneByOne(Map<String, Double> volumes) {
        if (volumes.size() <= MAX_HOUSE_SERIES) {
            return volumes.keySet();
        }
        return new HashSet<>(volumes.keySet().stream()
                .sorted(Comparator.comparingDouble((String key) -> -volumes.get(key)).thenComparing(key -> key))
                .limit(TOP_HOUSES).toList());
    }

    private static double volume(double[] values) {
        return java.util.Arrays.stream(values).map(Math::abs).sum();
    }

    static CategoryChart p2p(CommunityCase community, Schedule schedule) {
        CategoryChart chart = categories("p2p.png", community, "P2P energy, sold > 0 > bought (kWh per period)");
        chart.getStyler().setStacked(true);
        List<String> periods = periodLabels(community.grid());
        Map<String, double[]> perHouse = new LinkedHashMap<>();
        for (House house : community.houses()) {
            Series sold = schedule.house(house.id()).series(HouseQuantity.P2P_SOLD);
            Series bought = schedule.house(house.id()).series(HouseQuantity.P2P_BOUGHT);
            if (sold.sum() + bought.sum() > 1e-9) {
                perHouse.put(house.id(),
                        IntStream.range(0, community.periods()).mapToDouble(t -> sold.at(t) - bought.at(t)).toArray());
            }
        }
        double min = 0;
        double max = 0;
        for (Map.Entry<String, double[]> series : topHousesAndRest(perHouse).entrySet()) {
            chart.addSeries(series.getKey(), periods, java.util.Arrays.stream(series.getValue()).boxed().toList());
            for (double v : series.getValue()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no P2P trade", periods, periods.stream().map(h -> 0.0).toList());
        }
        zeroLine(chart, min, max);
        return chart;
    }

    static CategoryChart demandResponse(CommunityCase community, Schedule schedule) {
        CategoryChart chart = categories("dr.png", community, "energy, all houses (kWh per period)");
        chart.getStyler().setOverlapped(true);
        List<String> periods = periodLabels(community.grid());
        List<Double> callable = new ArrayList<>();
        List<Double> curtailed = new ArrayList<>();
        for (int t = 0; t < community.periods(); t++) {
            int period = t;
            callable.add(community.houses().stream().mapToDouble(h -> h.drCallable().at(period)).sum());
            curtailed.add(schedule.houses().stream().mapToDouble(p -> p.get(HouseQuantity.DR_CURTAILED, period)).sum());
        }
        CategorySeries call = chart.addSeries("callable load", periods, callable);
        call.setFillColor(new Color(200, 200, 200));
        chart.addSeries("curtailed", periods, curtailed).setFillColor(new Color(0x2ca02c));
        return chart;
    }

    /**
     * A row per charger that hosts a guest EV (so the axis stays readable with many houses), labelled with its house
     * (and the house's name), and a bar per EV from arrival to departure. The rows' tick labels come from XChart's
     * equally spaced axis values: the frame's height 0 and the bars' rows, added in row order, are 0, 1, ..., n − 1.
     */
    static XYChart chargers(CommunityCase community, Schedule schedule) {
        XYChart chart = xy("chargers.png", community, "charger (the house that has it)");
        // Sets and an index, not lists searched per EV or house: 30,000 guests at 180,000 houses took billions of
        // string comparisons that way.
        Set<String> hosts = new HashSet<>();
        schedule.evs().forEach(plan -> plan.host().ifPresent(hosts::add));
        List<House> rows = community.houses().stream().filter(h -> hosts.contains(h.id())).toList();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            rowOf.put(rows.get(row).id(), row);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Math.max(rows.size() - 1, 0.0));
        chart.setCustomYAxisTickLabelsFormatter(y -> {
            int row = (int) Math.round(y);
            return row >= 0 && row < rows.size() ? label(rows.get(row)) : " ";
        });
        frame(chart, community.grid());
        List<Integer> hosted = IntStream.range(0, community.guestEvs().size())
                .filter(e -> schedule.evs().get(e).host().isPresent())
                .boxed().sorted(Comparator.comparingInt(e -> rowOf.get(schedule.evs().get(e).host().get())))
                .toList();
        int inLegend = 0;
        for (int e : hosted) {
            GuestEv ev = community.guestEvs().get(e);
            String host = schedule.evs().get(e).host().get();
            Stay stay = ev.stay(community.grid());
            double[] x = IntStream.rangeClosed(stay.first(), stay.end())
                    .mapToDouble(t -> community.grid().startHour(t)).toArray();
            double[] y = new double[x.length];
            java.util.Arrays.fill(y, rowOf.get(host));
            XYSeries series = chart.addSeries(ev.id() + " at " + host, x, y);
            evColour(series, e);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineWidth(rows.size() > 20 ? 3 : 8);
            series.setShowInLegend(inLegend++ < MAX_HOUSE_SERIES);
        }
        if (hosted.size() > MAX_HOUSE_SERIES) {
            chart.setTitle(FILES.get("chargers.png") + " (legend: first " + MAX_HOUSE_SERIES + " of " + hosted.size()
                    + ")");
        }
        if (hosted.isEmpty()) {
            chart.addSeries("no guest EV hosted", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** Guest EV number {@code e} has the same colour in chargers.png and ev-soc.png, whatever the order drawn. */
    private static void evColour(XYSeries series, int e) {
        series.setLineColor(COLOURS[e % COLOURS.length]);
        series.setMarkerColor(COLOURS[e % COLOURS.length]);
    }

    /** A house as people know it: its id, and its display name when it has one. */
    static String label(House house) {
        return house.id() + house.name().map(name -> " (" + name + ")").orElse("");
    }

    /**
     * An invisible first series through every period boundary of the horizon, at height 0. XChart puts the
     * ticks of an axis whose values are equally spaced on those values only; without it, the values of a plot whose
     * series cover parts of the day are not, and XChart picks round steps that can run past the horizon ("+1d
     * 01:00" on a day of 24 h). Every other series must then use boundaries only as x values.
     */
    private static void frame(XYChart chart, TimeGrid grid) {
        double[] boundaries = IntStream.rangeClosed(0, grid.periods()).mapToDouble(grid::startHour).toArray();
        XYSeries frame = chart.addSeries("period boundaries", boundaries, new double[boundaries.length]);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setMarker(SeriesMarkers.NONE);
        frame.setShowInLegend(false);
    }

    static XYChart stateOfCharge(CommunityCase community, Schedule schedule) {
        XYChart chart = xy("ev-soc.png", community, "state of charge at the end of the period (%)");
        frame(chart, community.grid());
        int shown = 0;
        for (int e = 0; e < community.guestEvs().size(); e++) {
            GuestEv ev = community.guestEvs().get(e);
            Stay stay = ev.stay(community.grid());
            if (stay.isEmpty()) {
                continue;
            }
            EvPlan plan = schedule.evs().get(e);
            double[] x = IntStream.range(stay.first(), stay.end())
                    .mapToDouble(t -> community.grid().startHour(t + 1)).toArray();
            double[] y = IntStream.range(stay.first(), stay.end())
                    .mapToDouble(t -> 100 * plan.soc().at(t) / ev.batteryKwh()).toArray();
            XYSeries series = chart.addSeries(
                    ev.id() + (plan.host().isPresent() ? " at " + plan.host().get() : " (not hosted)"), x, y);
            evColour(series, e);
            series.setShowInLegend(shown++ < MAX_HOUSE_SERIES);
        }
        if (shown > MAX_HOUSE_SERIES) {
            chart.setTitle(FILES.get("ev-soc.png") + " (legend: first " + MAX_HOUSE_SERIES + " of " + shown + ")");
        }
        if (shown == 0) {
            chart.addSeries("no guest EV", new double[] {0}, new double[] {0}).setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        return chart;
    }

    /** A bar of the waterfall: from the running total before a term to the one after it (or from 0 to the total). */
    record WaterfallBar(String label, double from, double to, boolean total) {
        double low() {
            return Math.min(from, to);
        }

        double high() {
            return Math.max(from, to);
        }
    }

    /** The bars of the waterfall: each term from the running total to the next, then the total from 0. */
    static List<WaterfallBar> waterfallBars(Map<ProfitTerm, Double> terms) {
        List<WaterfallBar> bars = new ArrayList<>();
        double running = 0;
        for (ProfitTerm term : ProfitTerm.values()) {
            double value = terms.getOrDefault(term, 0.0);
            bars.add(new WaterfallBar(term.key(), running, running + value, false));
            running += value;
        }
        bars.add(new WaterfallBar("total", 0, running, true));
        return bars;
    }

    /**
     * Table I as a waterfall: each term a floating bar from the running total before it to the one after (green a
     * gain, red a loss), then the total from zero (blue). XChart stacks positive values up from zero and negative
     * values down from zero, each sign on its own; so a bar above zero is an invisible base up to its lower end plus
     * the visible part, a bar below zero an invisible base down to its upper end plus the visible part, and a bar
     * across zero two visible parts, one each side. Helper series (the base, the part below zero) are hidden from
     * the legend.
     */
    static CategoryChart waterfall(CommunityCase community, ProfitTable profit) {
        Map<ProfitTerm, Double> terms = new EnumMap<>(ProfitTerm.class);
        for (ProfitTerm term : ProfitTerm.values()) {
            terms.put(term, profit.term(term));
        }
        return waterfall(community.currency(), waterfallBars(terms));
    }

    static CategoryChart waterfall(String currency, List<WaterfallBar> bars) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(FILES.get("profit-waterfall.png")).xAxisTitle("term of the objective (paper Table I)")
                .yAxisTitle("profit (" + currency + ")").build();
        styleLegend(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(20);
        List<String> labels = bars.stream()
                .map(b -> String.format(Locale.ROOT, "%s %+.2f", b.label(), b.to() - b.from())).toList();
        int n = bars.size();
        Map<String, double[]> parts = new LinkedHashMap<>();
        for (String name : List.of("base", "gain", "loss", "total", "gain below zero", "loss below zero",
                "total below zero")) {
            parts.put(name, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            WaterfallBar bar = bars.get(i);
            String kind = bar.total() ? "total" : bar.to() >= bar.from() ? "gain" : "loss";
            if (bar.low() >= 0) {
                parts.get("base")[i] = bar.low();
                parts.get(kind)[i] = bar.high() - bar.low();
            } else if (bar.high() <= 0) {
                parts.get("base")[i] = bar.high();
                parts.get(kind + " below zero")[i] = bar.low() - bar.high();
            } else {
                parts.get(kind)[i] = bar.high();
                parts.get(kind + " below zero")[i] = bar.low();
            }
        }
        Map<String, Color> colours = Map.of("gain", new Color(0x2ca02c), "loss", new Color(0xd62728), "total",
                new Color(0x1f77b4));
        for (Map.Entry<String, double[]> part : parts.entrySet()) {
            String kind = part.getKey().replace(" below zero", "");
            CategorySeries series = chart.addSeries(part.getKey(), labels,
                    java.util.Arrays.stream(part.getValue()).boxed().toList());
            series.setFillColor(kind.equals("base") ? new Color(255, 255, 255, 0) : colours.get(kind));
            series.setShowInLegend(colours.containsKey(part.getKey()));
        }
        zeroLine(chart, bars.stream().mapToDouble(WaterfallBar::low).min().orElse(0),
                bars.stream().mapToDouble(WaterfallBar::high).max().orElse(0));
        return chart;
    }
}
