package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.TestCommunities;
import org.cemc.community.TimeGrid;
import org.cemc.result.Schedule;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.cemc.result.ProfitTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.DrawnTickLabels;
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

    @Test
    void chargerRowsAreLabelledWithTheirHouseAndTheTimeAxisStaysWithinTheDay() {
        // The built-in case's stays (08:00-16:00 and 09:00-18:00 over a day of hours), for which XChart chose 5 h
        // ticks and labelled one "+1d 01:00". The stays overlap, so each EV has its own charger and row.
        CommunityCase day = TestCommunities.periods(24).house("a", h -> h.charger(7.2)).house("b", h -> h.charger(7.2))
                .prices(p -> p.parkingFee(1)).ev("ev1", 8, 16, 0.5, 0.6).ev("ev2", 9, 18, 0.5, 0.6).build();
        day = withName(day, "b", "Rose Cottage");
        Schedule schedule = Scheduler.run(day, SolverSettings.defaults()).schedule().orElseThrow();

        XYChart chart = Plots.chargers(day, schedule);

        assertThat(DrawnTickLabels.y(chart)).as("row labels").containsExactlyInAnyOrder("a", "b (Rose Cottage)");
        List<String> clockTimesOfTheDay = IntStream.rangeClosed(0, 24).mapToObj(Plots::clock).toList();
        assertThat(DrawnTickLabels.x(chart)).as("time axis labels").hasSizeGreaterThan(3)
                .allMatch(clockTimesOfTheDay::contains);
    }

    @Test
    @Timeout(30)
    void oneChargerRowOrNoneIsDrawnToo() {
        // XChart labels an axis whose values are all equal at its middle, and one without values not at all; the
        // row labels' formatter must not send its tick search looking for distinct labels forever.
        CommunityCase one = TestCommunities.periods(4).house("a", h -> h.charger(7.2))
                .prices(p -> p.parkingFee(1)).ev("ev1", 1, 3, 0.5, 0.6).build();
        CommunityCase none = TestCommunities.periods(4).house("a", h -> h.charger(7.2)).build();

        assertThat(DrawnTickLabels.y(Plots.chargers(one, Scheduler.run(one, SolverSettings.defaults())
                .schedule().orElseThrow()))).containsExactly("a");
        XYChart empty = Plots.chargers(none, Scheduler.run(none, SolverSettings.defaults()).schedule().orElseThrow());
        assertThat(DrawnTickLabels.y(empty)).allMatch(String::isBlank);
        assertThat(empty.getSeriesMap()).containsKey("no guest EV hosted");
    }

    @Test
    void stateOfChargeTimeAxisStaysWithinTheDay() {
        CommunityCase day = TestCommunities.periods(24).house("a", h -> h.charger(7.2))
                .prices(p -> p.parkingFee(1)).ev("ev1", 8, 16, 0.5, 0.6).build();
        Schedule schedule = Scheduler.run(day, SolverSettings.defaults()).schedule().orElseThrow();

        List<String> clockTimesOfTheDay = IntStream.rangeClosed(0, 24).mapToObj(Plots::clock).toList();
        assertThat(DrawnTickLabels.x(Plots.stateOfCharge(day, schedule))).hasSizeGreaterThan(3)
                .allMatch(clockTimesOfTheDay::contains);
    }

    @Test
    void beyondADozenEcsTheGridPlotShowsTheTenLargestAndTheRestSummed() {
        // 14 ECs of one house each; house k of EC k has k kWh of uninterruptible load every period, all bought from
        // the grid (no PV): EC k imports k kWh. The ten largest are ec5..ec14; the other four import 1+2+3+4 = 10 kWh.
        TestCommunities builder = TestCommunities.periods(2);
        for (int k = 1; k <= 14; k++) {
            int ec = k;
            builder.house("h" + ec, h -> h.community("ec" + ec).uninterruptible(ec));
        }
        CommunityCase fourteen = builder.build();
        Schedule schedule = Scheduler.run(fourteen, SolverSettings.defaults()).schedule().orElseThrow();

        XYChart chart = Plots.grid(fourteen, schedule);

        assertThat(chart.getSeriesMap()).hasSize(2 * (Plots.TOP_HOUSES + 1))
                .containsKeys("ec14 import", "ec14 export", "ec5 import", "other 4 ECs import", "other 4 ECs export")
                .doesNotContainKeys("ec4 import", "ec1 export");
        assertThat(chart.getSeriesMap().get("other 4 ECs import").getYData()).containsExactly(10, 10);
        assertThat(chart.getSeriesMap().get("other 4 ECs export").getYData()).containsExactly(0, 0);
    }

    @Test
    void aFewEcsAreEachDrawnWithTheirImportAndExport() {
        CommunityCase three = TestCommunities.periods(2).house("a", h -> h.community("ec1").uninterruptible(1))
                .house("b", h -> h.community("ec2").uninterruptible(2)).house("c", h -> h.community("ec3")).build();
        Schedule schedule = Scheduler.run(three, SolverSettings.defaults()).schedule().orElseThrow();

        assertThat(Plots.grid(three, schedule).getSeriesMap().keySet()).containsExactly("ec1 import", "ec1 export",
                "ec2 import", "ec2 export", "ec3 import", "ec3 export");
    }

    @Test
    void everyPlotHasBothAxesLabelled() {
        CommunityCase day = TestCommunities.periods(4).house("a", h -> h.charger(7.2).pv(1).uninterruptible(2))
                .prices(p -> p.gridBuy(0.2).parkingFee(1)).ev("ev1", 1, 3, 0.5, 0.6).build();
        var outcome = Scheduler.run(day, SolverSettings.defaults());

        var charts = Plots.charts(day, outcome.schedule().orElseThrow(), outcome.profit().orElseThrow());

        assertThat(charts.keySet()).containsExactlyElementsOf(Plots.FILES.keySet());
        charts.forEach((file, chart) -> {
            assertThat(chart.getXAxisTitle()).as(file + " x axis").isNotBlank();
            assertThat(chart.getYAxisTitle()).as(file + " y axis").isNotBlank();
        });
    }

    /** The case with one house given a display name. */
    static CommunityCase withName(CommunityCase community, String id, String name) {
        List<House> houses = community.houses().stream().map(h -> !h.id().equals(id) ? h
                : new House(h.id(), h.community(), h.chargerKw(), h.drEnrolled(), h.pv(), h.interruptible(),
                        h.uninterruptible(), h.drCallable(), Optional.of(name))).toList();
        return new CommunityCase(community.name(), community.date(), community.currency(), community.grid(),
                community.communities(), houses, community.guestEvs(), community.guestEvScenarios(),
                community.prices(), community.switches());
    }
}
