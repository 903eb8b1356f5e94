package org.cemc.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * random. Deterministic for a seed. A case covers one or more days of equal periods; every day repeats the same
 * curves and prices by time of day, so a long horizon (a year of 15-minute periods) is as easy to make as one day.
 */
public final class SyntheticCase {
    /**
     * Period lengths a case may have, in minutes: those that divide an hour, so that every period lies within one
     * clock hour and takes that hour's time-of-use price (a 2-hour period would straddle price steps). Below 5
     * minutes the periods would outnumber what the solvers can take over a long horizon.
     */
    public static final Set<Integer> PERIOD_MINUTES = Set.of(5, 10, 15, 20, 30, 60);
    /** The most days a case may cover: the reader refuses a horizon beyond a leap year (docs/case-format.md). */
    public static final int MAX_DAYS = 366;
    private static final int MINUTES_PER_DAY = 1440;
    private static final double SUNRISE = 6.5;
    private static final double DAY_LENGTH = 14.3;
    private static final double PEAK_YIELD = 0.75;
    private static final double CHARGER_KW = 7.2;
    private static final int ANY_COMMUNITY_STREAM = 1;
    private static final int V2G_STREAM = 2;
    /** EVs drawn for the reduction to representatives (--ev-mode representatives): the case format's default. */
    private static final int SAMPLES = 1000;

    private SyntheticCase() {
    }

    /** One day of 24 hourly periods with the default shares. */
    public static CommunityCase generate(int ecs, int housesPerEc, int guestEvs, long seed) {
        return generate(Shape.of(ecs, housesPerEc, guestEvs), seed);
    }

    /** {@code days} days of periods of {@code periodMinutes} minutes with the default shares. */
    public static CommunityCase generate(int ecs, int housesPerEc, int guestEvs, long seed, int days,
                                         int periodMinutes) {
        return generate(Shape.of(ecs, housesPerEc, guestEvs).withHorizon(days, periodMinutes), seed);
    }

    /**
     * A case of the given shape. The draws do not depend on the horizon, so the same seed gives the same houses,
     * skies and guest EVs at any length; guest EVs arrive and leave on day one, as in the one-day case. Whether a
     * guest EV names no EC and whether it may discharge are drawn from generators of their own (see
     * {@link #separateStream}), so that those shares move none of the other draws.
     */
    public static CommunityCase generate(Shape shape, long seed) {
        int periodMinutes = shape.periodMinutes();
        Clock clock = new Clock(Math.multiplyExact(shape.days(), MINUTES_PER_DAY / periodMinutes), periodMinutes);
        RandomGenerator random = new Well19937c(seed);
        TimeGrid grid = new TimeGrid(clock.periods(), periodMinutes / 60.0);
        List<EnergyCommunity> communities = new ArrayList<>();
        List<House> houses = new ArrayList<>();
        for (int c = 1; c <= shape.ecs(); c++) {
            String ec = "ec" + c;
            communities.add(new EnergyCommunity(ec, "Energy community " + c));
            double sky = 0.75 + 0.25 * random.nextDouble();
            for (int h = 1; h <= shape.housesPerEc(); h++) {
                houses.add(house(ec + "-h" + h, ec, sky, shape.chargerShare(), random, clock));
            }
        }
        int chargers = (int) houses.stream().filter(h -> h.chargerKw() > 0).count();
        int guestEvs = shape.guestEvs().count(chargers);
        EvSampler sampler = new EvSampler(guestEvDistributions(seed), random);
        RandomGenerator anyCommunity = separateStream(seed, ANY_COMMUNITY_STREAM);
        RandomGenerator v2g = separateStream(seed, V2G_STREAM);
        List<GuestEv> evs = new ArrayList<>();
        for (int e = 1; e <= guestEvs; e++) {
            GuestEv drawn = sampler.next("ev" + e);
            // The EC is drawn even for an EV that will name none, so that the EVs after it draw what they always did.
            String ec = "ec" + (1 + random.nextInt(shape.ecs()));
            Optional<String> community = anyCommunity.nextDouble() < shape.anyCommunityShare() ? Optional.empty()
                    : Optional.of(ec);
            double dischargeKw = v2g.nextDouble() < shape.v2gShare() ? drawn.dischargeKw() : 0;
            evs.add(new GuestEv(drawn.id(), community, drawn.arrivalHour(), drawn.departureHour(),
                    drawn.batteryKwh(), drawn.socArrival(), drawn.socRequired(), drawn.chargeKw(), dischargeKw,
                    drawn.chargeEfficiency(), drawn.dischargeEfficiency()));
        }
        return new CommunityCase(name(shape, guestEvs, seed), Optional.empty(), "USD", grid, communities, houses,
                evs, Optional.empty(), prices(houses, clock), Switches.defaults());
    }

    /**
     * "Synthetic: 3 ECs x 6 houses, 3 guest EVs (seed 1)", then the horizon and the shares that differ from the
     * defaults. The default one-day hourly name is kept as it was, so that its files stay byte-identical to earlier
     * versions.
     */
    private static String name(Shape shape, int guestEvs, long seed) {
        int days = shape.days();
        String horizon = days == 1 && shape.periodMinutes() == 60 ? ""
                : ", " + days + (days == 1 ? " day" : " days") + " of " + shape.periodMinutes() + "-minute periods";
        StringBuilder shares = new StringBuilder();
        if (shape.anyCommunityShare() != Shape.DEFAULT_ANY_COMMUNITY_SHARE) {
            shares.append(", any-community share ").append(shape.anyCommunityShare());
        }
        if (shape.chargerShare() != Shape.DEFAULT_CHARGER_SHARE) {
            shares.append(", charger share ").append(shape.chargerShare());
        }
        if (shape.v2gShare() != Shape.DEFAULT_V2G_SHARE) {
            shares.append(", V2G share ").append(shape.v2gShare());
        }
        return "Synthetic: " + shape.ecs() + " ECs x " + shape.housesPerEc() + " houses, " + guestEvs
                + " guest EVs (seed " + seed + ")" + horizon + shares;
    }

    /**
     * A generator for one kind of draw added after the case's main stream was fixed, seeded from the case's seed and
     * the stream's number: the main stream draws exactly what it drew before the draw was added, and changing one
     * share leaves the draws of the others as they were.
     */
    private static RandomGenerator separateStream(long seed, int stream) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), stream});
    }

    /**
     * Where each period falls in its day. Worked in whole minutes so that the clock hour is exact at any period
     * length (10 minutes is not a whole number of binary hours, and k / 6.0 can land just below an hour).
     */
    private record Clock(int periods, int periodMinutes) {
        private int minuteOfDay(int period) {
            return period % (MINUTES_PER_DAY / periodMinutes) * periodMinutes;
        }

        /** The clock hour the period lies in, which sets its price and DR window. */
        int hour(int period) {
            return minuteOfDay(period) / 60;
        }

        /**
         * The time of day at the period's middle, in hours, at which the curves are read: an hourly period's middle
         * is hour + 0.5, exactly what the one-day case always used, so its values are unchanged; shorter periods
         * follow the curves within the hour (PV rises through 06:00-07:00 rather than in one step).
         */
        double midHour(int period) {
            return (minuteOfDay(period) + periodMinutes / 2.0) / 60;
        }

        double hours() {
            return periodMinutes / 60.0;
        }
    }

    /**
     * PV 0 (30 % of houses) or 2-6 kWp; household size 0.7-1.3; a 7.2 kW charger with chance {@code chargerShare}
     * (a third by default); DR enrolment for 90 %, with 20 % of interruptible demand callable from 13:00 to 20:00.
     */
    private static House house(String id, String ec, double sky, double chargerShare, RandomGenerator random,
                               Clock clock) {
        double kwp = random.nextDouble() < 0.3 ? 0 : 2 + 4 * random.nextDouble();
        double size = 0.7 + 0.6 * random.nextDouble();
        // One draw per house whatever the share, so that the draws after it do not shift with the share.
        boolean charger = random.nextDouble() < chargerShare;
        boolean enrolled = random.nextDouble() < 0.9;
        int periods = clock.periods();
        double[] pv = new double[periods];
        double[] interruptible = new double[periods];
        double[] uninterruptible = new double[periods];
        double[] callable = new double[periods];
        // The curves are mean powers (kW) over the period; a period holds their kWh over its length. Times 1.0 for
        // an hourly period, which leaves its values as they were.
        double hours = clock.hours();
        for (int t = 0; t < periods; t++) {
            double mid = clock.midHour(t);
            int hour = clock.hour(t);
            pv[t] = round(kwp * sky * pvPerKwp(mid) * hours);
            interruptible[t] = round(size * interruptible(mid) * hours);
            uninterruptible[t] = round(size * uninterruptible(mid) * hours);
            callable[t] = enrolled && hour >= 13 && hour < 20 ? round(0.2 * interruptible[t]) : 0;
        }
        return new House(id, ec, charger ? CHARGER_KW : 0, enrolled, Series.of(pv), Series.of(interruptible),
                Series.of(uninterruptible), Series.of(callable));
    }

    /**
     * The built-in case's curves (docs/case-study.md), in kW (per kWp for PV), read at {@code midHour}, a time of
     * day in hours; the built-in case reads them at each hour's middle, hour + 0.5.
     */
    static double pvPerKwp(double midHour) {
        double x = (midHour - SUNRISE) / DAY_LENGTH;
        return x > 0 && x < 1 ? PEAK_YIELD * Math.pow(Math.sin(Math.PI * x), 1.4) : 0;
    }

    static double interruptible(double midHour) {
        return 0.30 + 0.90 * Math.max(0, Math.sin(Math.PI * (midHour - 10) / 12));
    }

    static double uninterruptible(double midHour) {
        return 0.45 + 0.5 * Math.exp(-Math.pow((midHour - 7.0) / 1.2, 2))
                + 1.0 * Math.exp(-Math.pow((midHour - 19.5) / 2.0, 2));
    }

    static double gridPrice(int hour) {
        if (hour < 7 || hour >= 22) {
            return 0.08;
        }
        return hour >= 13 && hour < 20 ? 0.18 : 0.11;
    }

    /** Prices are per kWh, so they follow the clock hour and do not scale with the period's length. */
    private static Prices prices(List<House> houses, Clock clock) {
        int periods = clock.periods();
        double[] grid = new double[periods];
        double[] ens = new double[periods];
        double[] incentive = new double[periods];
        double[] fine = new double[periods];
        double[] v2g = new double[periods];
        for (int t = 0; t < periods; t++) {
            int hour = clock.hour(t);
            grid[t] = gridPrice(hour);
            ens[t] = round(1.1 * grid[t]);
            boolean window = hour >= 13 && hour < 20;
            incentive[t] = window ? 0.05 : 0.02;
            fine[t] = window ? 0.03 : 0;
            v2g[t] = round(grid[t] + 0.03);
        }
        Series gridPrice = Series.of(grid);
        return new Prices(gridPrice, gridPrice, P2pMarket.sdr(houses, gridPrice, Series.constant(periods, 0.04)),
                Series.of(incentive), Series.of(fine), Series.constant(periods, 0.1), Series.of(ens), gridPrice,
                Series.of(v2g), 0.055, 1.0);
    }

    /**
     * Whole days of guest EVs as the generated ones are drawn, for the two-stage program and evaluation: about
     * {@code fleetSizeMean} EVs a day (Poisson), {@code fleets} days drawn and reduced to {@code representatives}
     * scenarios. A drawn EV names no EC, so it may park at any charger.
     */
    public static GuestEvScenarios guestEvScenarios(double fleetSizeMean, int fleets, int representatives, long seed) {
        GuestEvScenarios defaults = guestEvDistributions(seed);
        return new GuestEvScenarios(SAMPLES, representatives, seed, fleetSizeMean, fleets,
                defaults.arrivalHour(), defaults.departureHour(), defaults.socArrival(), defaults.batteryKwh(),
                defaults.socRequired(), defaults.chargeKw(), defaults.dischargeKw(), defaults.chargeEfficiency(),
                defaults.dischargeEfficiency());
    }

    /**
     * {@code generated} with its guest EVs given as distributions instead of a list: days of about as many EVs as
     * it lists, drawn as they were ({@link #guestEvScenarios}), {@code fleets} days for the two-stage program
     * reduced to 3 scenarios, and the seed of the case.
     */
    public static CommunityCase withGuestEvDistributions(CommunityCase generated, int fleets, long seed) {
        return new CommunityCase(generated.name(), generated.date(), generated.currency(), generated.grid(),
                generated.communities(), generated.houses(), List.of(),
                Optional.of(guestEvScenarios(generated.guestEvs().size(), fleets, 3, seed)), generated.prices(),
                generated.switches());
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
