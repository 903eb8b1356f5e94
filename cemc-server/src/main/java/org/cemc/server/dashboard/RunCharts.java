package org.cemc.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cemc.server.http.Webjars;

/**
 * The dashboard's charts of a done run, per period in clock time: the whole community's P2P pool, grid, DR and guest
 * EVs (summed over houses and EVs), or one house's own day. uPlot draws them in the browser (drag to zoom, the
 * values under the cursor in the legend); the numbers travel as JSON in an escaped {@code data-chart} attribute that
 * {@code /assets/charts.js} reads, so the page has no inline script and a {@code script-src 'self'} policy would
 * allow it.
 */
final class RunCharts {
    /** The head of a page with charts: uPlot's files from its webjar and the script that draws them, all local. */
    static final String HEAD = head(Webjars.path("org.webjars.npm", "uplot"));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of a chart: kWh per period, in period order. */
    record Series(String label, double[] kwh) {
    }

    /** One chart: its element id, its title, and its lines over {@code hours}, the clock hour each period starts. */
    record Chart(String id, String title, double[] hours, List<Series> series) {
        Series series(String label) {
            return series.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
        }
    }

    private RunCharts() {
    }

    /** The community's charts from a run's schedule.csv and guest-evs.csv rows (as {@code ResultTables} reads them). */
    static List<Chart> community(List<Map<String, Object>> schedule, List<Map<String, Object>> guestEvs) {
        double[] hours = hours(schedule);
        return List.of(
                new Chart("chart-pool", "P2P pool", hours, List.of(
                        new Series("P2P traded", sum(schedule, "p2p_sold_kwh", hours.length)))),
                new Chart("chart-grid", "Grid", hours, List.of(
                        new Series("grid import", sum(schedule, "grid_import_kwh", hours.length)),
                        new Series("grid export", sum(schedule, "grid_export_kwh", hours.length)))),
                new Chart("chart-dr", "Demand response", hours, List.of(
                        new Series("DR curtailed", sum(schedule, "dr_curtailed_kwh", hours.length)))),
                guestEvChart("chart-guest-evs", "Guest EVs", hours, guestEvs));
    }

    /** One house's charts: its own rows of schedule.csv and the guest EVs it hosts. */
    static List<Chart> house(String house, List<Map<String, Object>> schedule, List<Map<String, Object>> guestEvs) {
        List<Map<String, Object>> own = only(schedule, row -> house.equals(row.get("house")));
        double[] hours = hours(own);
        return List.of(
                new Chart("chart-house", "Your energy", hours, List.of(
                        new Series("PV", sum(own, "pv_kwh", hours.length)),
                        new Series("grid import", sum(own, "grid_import_kwh", hours.length)),
                        new Series("grid export", sum(own, "grid_export_kwh", hours.length)),
                        new Series("DR curtailed", sum(own, "dr_curtailed_kwh", hours.length)),
                        new Series("P2P sold", sum(own, "p2p_sold_kwh", hours.length)),
                        new Series("P2P bought", sum(own, "p2p_bought_kwh", hours.length)))),
                guestEvChart("chart-house-guest-evs", "Guest EVs at your charger", hours,
                        only(guestEvs, row -> house.equals(row.get("host")))));
    }

    /** The charts as figures, each with its title written in the page and its numbers in its data attribute. */
    static String html(List<Chart> charts) {
        StringBuilder html = new StringBuilder("<p class=\"muted\">kWh per period at each period's start time. "
                + "Drag across a chart to zoom in, double-click to zoom out; the legend shows the values under the "
                + "cursor.</p><div class=\"charts\">");
        for (Chart chart : charts) {
            html.append("<figure class=\"chart\" id=\"").append(Html.escape(chart.id())).append("\" data-chart=\"")
                    .append(Html.escape(json(chart))).append("\"><figcaption>").append(Html.escape(chart.title()))
                    .append("</figcaption></figure>");
        }
        return html.append("</div>").toString();
    }

    private static Chart guestEvChart(String id, String title, double[] hours, List<Map<String, Object>> guestEvs) {
        return new Chart(id, title, hours, List.of(
                new Series("guest-EV charging", sum(guestEvs, "charge_kwh", hours.length)),
                new Series("guest-EV discharging", sum(guestEvs, "discharge_kwh", hours.length))));
    }

    /** Each period's start hour, from the schedule's period and start_hour columns (every house has every period). */
    private static double[] hours(List<Map<String, Object>> schedule) {
        int periods = schedule.stream().mapToInt(RunCharts::period).max().orElse(-1) + 1;
        double[] hours = new double[periods];
        schedule.forEach(row -> hours[period(row)] = ((Number) row.get("start_hour")).doubleValue());
        return hours;
    }

    /** A column summed per period over the rows (houses, or EVs). */
    private static double[] sum(List<Map<String, Object>> rows, String column, int periods) {
        double[] sums = new double[periods];
        for (Map<String, Object> row : rows) {
            sums[period(row)] += ((Number) row.get(column)).doubleValue();
        }
        return sums;
    }

    private static int period(Map<String, Object> row) {
        return ((Number) row.get("period")).intValue();
    }

    private static List<Map<String, Object>> only(List<Map<String, Object>> rows, Predicate<Map<String, Object>> keep) {
        return rows.stream().filter(keep).toList();
    }

    private static String json(Chart chart) {
        try {
            return JSON.writeValueAsString(Map.of("hours", chart.hours(), "series", chart.series()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart's numbers could not be written as JSON", e);
        }
    }

    private static String head(String uplot) {
        return "<link rel=\"stylesheet\" href=\"" + uplot + "dist/uPlot.min.css\"><script defer src=\"" + uplot
                + "dist/uPlot.iife.min.js\"></script><script defer src=\"/assets/charts.js\"></script>";
    }
}
