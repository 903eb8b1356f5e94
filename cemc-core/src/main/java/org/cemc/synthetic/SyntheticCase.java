package org.cemc.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.Distribution;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Switches;
import org.cemc.community.TimeGrid;
import org.cemc.scenario.EvSampler;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Synthetic communities of any size, drawn around the built-in case study (docs/performance.md gives the ranges):
 * the same curves and prices, with each house's PV size, household size and equipment, and each EC's sky, drawn at
 * random. Deterministic for a seed.
 */
public final class SyntheticCase {
    private static final int PERIODS = 24;
    private static final double SUNRISE = 6.5;
    private static final double DAY_LENGTH = 14.3;
    private static final double PEAK_YIELD = 0.75;
    private static final double CHARGER_KW = 7.2;

    private SyntheticCase() {
    }

    public static CommunityCase generate(int ecs, int housesPerEc, int guestEvs, long seed) {
        RandomGenerator random = new Well19937c(seed);
        TimeGrid grid = new TimeGrid(PERIODS, 1);
        List<EnergyCommunity> communities = new ArrayList<>();
        List<House> houses = new ArrayList<>();
        for (int c = 1; c <= ecs; c++) {
            String ec = "ec" + c;
            communities.add(new EnergyCommunity(ec, "Energy community " + c));
            double sky = 0.75 + 0.25 * random.nextDouble();
            for (int h = 1; h <= housesPerEc; h++) {
                houses.add(house(ec + "-h" + h, ec, sky, random));
            }
        }
        EvSampler sampler = new EvSampler(guestEvDistributions(seed), random);
        List<GuestEv> evs = new ArrayList<>();
        for (int e = 1; e <= guestEvs; e++) {
            GuestEv drawn = sampler.next("ev" + e);
            String ec = "ec" + (1 + random.nextInt(ecs));
            evs.add(new GuestEv(drawn.id(), Optional.of(ec), drawn.arrivalHour(), drawn.departureHour(),
                    drawn.batteryKwh(), drawn.socArrival(), drawn.socRequired(), drawn.chargeKw(), drawn.dischargeKw(),
                    drawn.chargeEfficiency(), drawn.dischargeEfficiency()));
        }
        return new CommunityCase("Synthetic: " + ecs + " ECs x " + housesPerEc + " houses, " + guestEvs
                + " guest EVs (seed " + seed + ")", "USD", grid, communities, houses, evs, Optional.empty(),
                prices(houses), Switches.defaults());
    }

    /**
     * PV 0 (30 % of houses) or 2-6 kWp; household size 0.7-1.3; a 7.2 kW charger for a third of houses; DR
     * enrolment for 90 %, with 20 % of interruptible demand callable from 13:00 to 20:00.
     */
    private static House house(String id, String ec, double sky, RandomGenerator random) {
        double kwp = random.nextDouble() < 0.3 ? 0 : 2 + 4 * random.nextDouble();
        double size = 0.7 + 0.6 * random.nextDouble();
        boolean charger = random.nextDouble() < 1.0 / 3;
        boolean enrolled = random.nextDouble() < 0.9;
        double[] pv = new double[PERIODS];
        double[] interruptible = new double[PERIODS];
        double[] uninterruptible = new double[PERIODS];
        double[] callable = new double[PERIODS];
        for (int t = 0; t < PERIODS; t++) {
            pv[t] = round(kwp * sky * pvPerKwp(t));
            interruptible[t] = round(size * interruptible(t));
            uninterruptible[t] = round(size * uninterruptible(t));
            callable[t] = enrolled && t >= 13 && t < 20 ? round(0.2 * interruptible[t]) : 0;
        }
        return new House(id, ec, charger ? CHARGER_KW : 0, enrolled, Series.of(pv), Series.of(interruptible),
                Series.of(uninterruptible), Series.of(callable));
    }

    /** The built-in case's curves (docs/case-study.md). */
    static double pvPerKwp(int hour) {
        double x = (hour + 0.5 - SUNRISE) / DAY_LENGTH;
        return x > 0 && x < 1 ? PEAK_YIELD * Math.pow(Math.sin(Math.PI * x), 1.4) : 0;
    }

    static double interruptible(int hour) {
        return 0.30 + 0.90 * Math.max(0, Math.sin(Math.PI * (hour + 0.5 - 10) / 12));
    }

    static double uninterruptible(int hour) {
        double t = hour + 0.5;
        return 0.45 + 0.5 * Math.exp(-Math.pow((t - 7.0) / 1.2, 2)) + 1.0 * Math.exp(-Math.pow((t - 19.5) / 2.0, 2));
    }

    static double gridPrice(int hour) {
        if (hour < 7 || hour >= 22) {
            return 0.08;
        }
        return hour >= 13 && hour < 20 ? 0.18 : 0.11;
    }

    private static Prices prices(List<House> houses) {
        double[] grid = new double[PERIODS];
        double[] ens = new double[PERIODS];
        double[] incentive = new double[PERIODS];
        double[] fine = new double[PERIODS];
        double[] v2g = new double[PERIODS];
        for (int t = 0; t < PERIODS; t++) {
            grid[t] = gridPrice(t);
            ens[t] = round(1.1 * grid[t]);
            boolean window = t >= 13 && t < 20;
            incentive[t] = window ? 0.05 : 0.02;
            fine[t] = window ? 0.03 : 0;
            v2g[t] = round(grid[t] + 0.03);
        }
        Series gridPrice = Series.of(grid);
        return new Prices(gridPrice, gridPrice, P2pMarket.sdr(houses, gridPrice, Series.constant(PERIODS, 0.04)),
                Series.of(incentive), Series.of(fine), Series.constant(PERIODS, 0.1), Series.of(ens), gridPrice,
                Series.of(v2g), 0.055, 1.0);
    }

    /** The guest-EV defaults of docs/scenarios.md. */
    private static GuestEvScenarios guestEvDistributions(long seed) {
        return new GuestEvScenarios(1, 1, seed, 0, 1, new Distribution(8.5, 1.5, 6, 12),
                new Distribution(17.0, 1.5, 13, 21), new Distribution(0.5, 0.15, 0.2, 0.8), Distribution.fixed(25),
                Distribution.fixed(0.9), Distribution.fixed(CHARGER_KW), Distribution.fixed(CHARGER_KW),
                Distribution.fixed(0.95), Distribution.fixed(0.95));
    }

    private static double round(double kwh) {
        return Math.round(kwh * 1000) / 1000.0;
    }
}
