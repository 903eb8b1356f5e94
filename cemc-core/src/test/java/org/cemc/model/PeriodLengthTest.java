package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Switches;
import org.cemc.community.TimeGrid;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/** The same day described hourly and in quarter hours earns the same: energies split, per-hour payments scale. */
class PeriodLengthTest {

    /**
     * A 4 h day. Per hour: PV 2 kWh for the first two hours, interruptible demand 1 kWh (0.4 callable), 0.5 kWh
     * uninterruptible; a guest EV parked from 1 h to 3 h that needs 5 kWh. Prices are per kWh except the stand-by
     * payment and the parking fee, which are per hour.
     */
    private static CommunityCase day(int periodsPerHour) {
        int periods = 4 * periodsPerHour;
        double[] pv = new double[periods];
        for (int t = 0; t < 2 * periodsPerHour; t++) {
            pv[t] = 2.0 / periodsPerHour;
        }
        House house = new House("h", "ec", 7.2, true, Series.of(pv),
                Series.constant(periods, 1.0 / periodsPerHour), Series.constant(periods, 0.5 / periodsPerHour),
                Series.constant(periods, 0.4 / periodsPerHour));
        GuestEv ev = new GuestEv("ev", Optional.empty(), 1, 3, 25, 0.5, 0.7, 7.2, 0, 1, 1);
        Series grid = Series.constant(periods, 0.2);
        Prices prices = new Prices(grid, Series.constant(periods, 0.05), P2pMarket.series(grid),
                Series.constant(periods, 0.05),
                Series.constant(periods, 0.03), Series.constant(periods, 0.1), Series.constant(periods, 0.22), grid,
                grid, 0.055, 1.0);
        return new CommunityCase("day", Optional.empty(), "USD", new TimeGrid(periods, 1.0 / periodsPerHour),
                List.of(new EnergyCommunity("ec", "ec")), List.of(house), List.of(ev), Optional.empty(), prices,
                Switches.defaults());
    }

    @Test
    void quarterHourPeriodsGiveTheHourlyOptimum() {
        Outcome hourly = Scheduler.run(day(1), SolverSettings.defaults());
        Outcome quarterly = Scheduler.run(day(4), SolverSettings.defaults());

        assertThat(quarterly.schedule()).isPresent();
        assertThat(quarterly.solve().objective()).isCloseTo(hourly.solve().objective(), within(1e-6));
        // Stand-by 0.1 $/h for 4 h and parking 1 $/h for 2 h, whatever the period length.
        assertThat(quarterly.profit().orElseThrow().total()).isCloseTo(hourly.profit().orElseThrow().total(), within(1e-6));
    }
}
