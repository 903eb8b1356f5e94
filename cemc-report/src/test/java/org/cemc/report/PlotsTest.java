package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.TestCommunities;
import org.cemc.community.TimeGrid;
import org.cemc.result.Schedule;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.cemc.result.ProfitTerm;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.series.Series;

class PlotsTest {
    @Test
    void waterfallBarsStepFromTheRunningTotalAndTheTotalFromZeroWhenTheTotalIsNegative() {
        Map<ProfitTerm, Double> terms = new EnumMap<>(ProfitTerm.class);
        terms.put(ProfitTerm.GRID, -30.0);
        terms.put(ProfitTerm.DEMAND_RESPONSE, 5.0);
        terms.put(ProfitTerm.STANDBY, 12.0);
        terms.put(ProfitTerm.ENS_PENALTY, -0.7);
        // Running totals in ProfitTerm order: grid 0 -> -30; demand_response -30 -> -25; p2p, social_welfare and
        // parking_host 0 (stay at -25); standby -25 -> -13; ens_penalty -13 -> -13.7; guest_ev_energy stays at
        // -13.7; the total from 0 to -13.7 (not from an offset such as -48 to -61.7).
        List<Plots.WaterfallBar> bars = Plots.waterfallBars(terms);

        assertThat(bars).extracting(Plots.WaterfallBar::label).containsExactly("grid", "demand_response", "p2p",
                "social_welfare", "parking_host", "standby", "ens_penalty", "guest_ev_energy", "total");
        double[][] expected = {{0, -30}, {-30, -25}, {-25, -25}, {-25, -25}, {-25, -25}, {-25, -13}, {-13, -13.7},
            {-13.7, -13.7}, {0, -13.7}};
        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.get(i).from()).as(bars.get(i).label() + " from").isCloseTo(expected[i][0], within(1e-9));
            assertThat(bars.get(i).to()).as(bars.get(i).label() + " to").isCloseTo(expected[i][1], within(1e-9));
        }
        assertThat(bars.get(8).total()).isTrue();
        assertThat(bars.subList(0, 8)).noneMatch(Plots.WaterfallBar::total);
    }

    @Test
    void periodsAreLabelledInClockTime() {
        TimeGrid quarterHours = new TimeGrid(96, 0.25);
        assertThat(Plots.periodLabels(quarterHours).get(37)).isEqualTo("09:15");
        assertThat(Plots.periodLabels(quarterHours).get(0)).isEqualTo("00:00");
        assertThat(Plots.periodLabels(new TimeGrid(24, 1)).get(13)).isEqualTo("13:00");
        assertThat(Plots.clock(24)).isEqualTo("24:00");
        assertThat(Plots.clock(30.5)).isEqualTo("+1d 06:30");
    }

    @Test
    void aDayOfQuarterHoursIsLabelledInClockTimeWithAtMostADozenLabelsShown() {
        CommunityCase quarterHours = TestCommunities.periods(96).periodHours(0.25).house("a", h -> h).build();
        Schedule schedule = Scheduler.run(quarterHours, SolverSettings.defaults()).schedule().orElseThrow();

        CategoryChart chart = Plots.demandResponse(quarterHours, schedule);

        assertThat(chart.getStyler().getXAxisMaxLabelCount()).isEqualTo(Plots.MAX_TIME_LABELS).isLessThan(24);
        List<String> labels = chart.getSeriesMap().values().iterator().next().getXData().stream()
                .map(String::valueOf).toList();
        assertThat(labels).hasSize(96).startsWith("00:00", "00:15").endsWith("23:45");
    }

    @Test
    void moreThanTwelveHousesAreShownAsTheTopTenAndTheRest() {
        Map<String, double[]> perHouse = new LinkedHashMap<>();
        for (int h = 1; h <= 20; h++) {
            perHouse.put("h" + h, new double[] {h % 2 == 0 ? h : -h, 0.5});
        }
        Map<String, double[]> series = Plots.topHousesAndRest(perHouse);

        assertThat(series).hasSizeLessThanOrEqualTo(13);
        assertThat(series.keySet()).contains("h20", "h11").doesNotContain("h10", "h1")
                .contains("other 10 houses, above zero", "other 10 houses, below zero");
        // The rest (h1..h10): sellers 2+4+6+8+10 and 10 x 0.5 above zero, buyers 1+3+5+7+9 below.
        assertThat(series.get("other 10 houses, above zero")).containsExactly(30, 5);
        assertThat(series.get("other 10 houses, below zero")).containsExactly(-25, 0);
        Map<String, double[]> few = new LinkedHashMap<>(perHouse);
        few.keySet().removeIf(h -> Integer.parseInt(h.substring(1)) > 12);
        assertThat(Plots.topHousesAndRest(few)).hasSize(12);
    }

    @Test
    void theWaterfallLegendShowsGainLossAndTotalButNoHelperSeries() {
        Map<ProfitTerm, Double> terms = new EnumMap<>(ProfitTerm.class);
        terms.put(ProfitTerm.GRID, -30.0);
        terms.put(ProfitTerm.STANDBY, 40.0);
        terms.put(ProfitTerm.ENS_PENALTY, -20.0);
        CategoryChart chart = Plots.waterfall("USD", Plots.waterfallBars(terms));

        assertThat(chart.getSeriesMap()).containsKeys("base", "gain below zero");
        assertThat(chart.getSeriesMap().values().stream().filter(Series::isShowInLegend).map(Series::getName))
                .containsExactlyInAnyOrder("gain", "loss", "total");
        // standby crosses zero (-30 -> +10): +10 above zero in "gain", -30 below zero in the hidden helper series.
        assertThat(y(chart, "gain", 5)).isEqualTo(10.0);
        assertThat(y(chart, "gain below zero", 5)).isEqualTo(-30.0);
        // the total -10 hangs from zero: no base, all of it below zero
        assertThat(y(chart, "base", 8)).isEqualTo(0.0);
        assertThat(y(chart, "total below zero", 8)).isEqualTo(-10.0);
    }

    private static double y(CategoryChart chart, String series, int index) {
        return List.copyOf(chart.getSeriesMap().get(series).getYData()).get(index).doubleValue();
    }
}
