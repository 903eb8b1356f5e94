package org.cemc.study.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.cemc.community.TimeGrid;

/**
 * The case's own series, covering many days: period 0 starts at local midnight of {@code start}, and a day is the
 * periods from its local midnight to the next, counted in elapsed time (23 or 25 hours on daylight-saving days, 92
 * or 100 quarter hours).
 */
final class CaseSeries implements DaySeries {
    /** Tolerance for a whole number of periods, in periods (period lengths such as 1/60 h are not exact binaries). */
    private static final double WHOLE = 1e-6;

    private final ZoneId zone;
    private final ZonedDateTime seriesStart;
    private final TimeGrid grid;
    private final List<House> houses;
    private final List<double[][]> energies;

    /** @param houses the case's houses, read by core with their year-long series */
    CaseSeries(ZoneId zone, LocalDate start, TimeGrid grid, List<House> houses) {
        this.zone = zone;
        this.seriesStart = start.atStartOfDay(zone);
        this.grid = grid;
        this.houses = List.copyOf(houses);
        this.energies = houses.stream().map(house -> new double[][] {house.pv().toArray(),
                house.interruptible().toArray(), house.uninterruptible().toArray(), house.drCallable().toArray()})
                .toList();
    }

    /** The series period at which {@code date}'s local midnight falls; refuses one between two periods. */
    int firstPeriod(LocalDate date) {
        return periods(Duration.between(seriesStart, date.atStartOfDay(zone)), date, "its midnight");
    }

    int periodsOf(LocalDate date) {
        return periods(Duration.between(date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone)), date,
                "its length");
    }

    private int periods(Duration duration, LocalDate date, String what) {
        double periods = duration.toNanos() / (grid.periodHours() * 3.6e12);
        long whole = Math.round(periods);
        if (Math.abs(periods - whole) > WHOLE) {
            throw new IllegalArgumentException(date + " on the clock of " + zone + ": " + what + " is not a whole "
                    + "number of the case's periods of " + grid.periodHours() + " h from the series' start");
        }
        return Math.toIntExact(whole);
    }

    @Override
    public Day day(LocalDate date) {
        int first = firstPeriod(date);
        int n = periodsOf(date);
        List<House> day = new ArrayList<>(houses.size());
        for (int h = 0; h < houses.size(); h++) {
            House house = houses.get(h);
            double[][] series = energies.get(h);
            day.add(new House(house.id(), house.community(), house.chargerKw(), house.drEnrolled(),
                    slice(series[0], first, n), slice(series[1], first, n), slice(series[2], first, n),
                    slice(series[3], first, n), house.name()));
        }
        return new Day(date, new TimeGrid(n, grid.periodHours()), first, day);
    }

    private static Series slice(double[] values, int first, int n) {
        return Series.of(Arrays.copyOfRange(values, first, first + n));
    }

    @Override
    public List<LocalDate> uncovered(List<LocalDate> dates) {
        return dates.stream().filter(date -> {
            int first = firstPeriod(date);
            return first < 0 || first + periodsOf(date) > grid.periods();
        }).toList();
    }

    @Override
    public String coverage() {
        return grid.periods() + " periods of " + grid.periodHours() + " h from " + seriesStart.toLocalDate()
                + " 00:00 on the clock of " + zone;
    }
}
