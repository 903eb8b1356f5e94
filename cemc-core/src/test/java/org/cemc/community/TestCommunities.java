package org.cemc.community;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Small hand-made communities for tests: {@code TestCommunities.periods(2).house("a", h -> h.pv(3, 0)).build()}.
 * Periods are 1 h; every price is 0 and every switch on unless a test says otherwise, so each test names exactly
 * the numbers its hand-worked answer uses.
 */
public final class TestCommunities {
    private final int periods;
    private final List<HouseBuilder> houses = new ArrayList<>();
    private final List<GuestEv> evs = new ArrayList<>();
    private PriceBuilder prices;
    private Switches switches = Switches.defaults();
    private double periodHours = 1;

    private TestCommunities(int periods) {
        this.periods = periods;
        this.prices = new PriceBuilder(periods);
    }

    public static TestCommunities periods(int periods) {
        return new TestCommunities(periods);
    }

    /** Periods of this many hours instead of 1 h (series stay per period, in kWh; EV times stay in hours). */
    public TestCommunities periodHours(double hours) {
        periodHours = hours;
        return this;
    }

    public TestCommunities house(String id, UnaryOperator<HouseBuilder> spec) {
        houses.add(spec.apply(new HouseBuilder(id, periods)));
        return this;
    }

    public TestCommunities prices(UnaryOperator<PriceBuilder> spec) {
        prices = spec.apply(prices);
        return this;
    }

    public TestCommunities switches(UnaryOperator<Switches> change) {
        switches = change.apply(switches);
        return this;
    }

    /** A guest EV with a 25 kWh battery, 7.2 kW both ways and lossless charging unless changed. */
    public TestCommunities ev(String id, double arrival, double departure, double socArrival, double socRequired) {
        return ev(new GuestEv(id, Optional.empty(), arrival, departure, 25, socArrival, socRequired, 7.2, 7.2, 1, 1));
    }

    public TestCommunities ev(GuestEv ev) {
        evs.add(ev);
        return this;
    }

    public CommunityCase build() {
        Set<String> ecIds = new LinkedHashSet<>();
        houses.forEach(h -> ecIds.add(h.community));
        List<EnergyCommunity> communities = ecIds.stream().map(id -> new EnergyCommunity(id, id)).toList();
        return new CommunityCase("test", Optional.empty(), "USD", new TimeGrid(periods, periodHours), communities,
                houses.stream().map(HouseBuilder::build).toList(), evs, Optional.empty(), prices.build(), switches);
    }

    /** Values given per period, or a single value standing for every period. */
    private static Series perPeriod(int periods, double[] values) {
        return values.length == 1 ? Series.constant(periods, values[0]) : Series.of(values);
    }

    /** One house; series are given per period, a single number standing for every period. */
    public static final class HouseBuilder {
        private final String id;
        private final int periods;
        private String community = "ec1";
        private double chargerKw;
        private boolean enrolled;
        private double[] pv;
        private double[] interruptible;
        private double[] uninterruptible;
        private double[] callable;

        private HouseBuilder(String id, int periods) {
            this.id = id;
            this.periods = periods;
            this.pv = new double[periods];
            this.interruptible = new double[periods];
            this.uninterruptible = new double[periods];
            this.callable = new double[periods];
        }

        public HouseBuilder community(String ec) {
            community = ec;
            return this;
        }

        public HouseBuilder charger(double kw) {
            chargerKw = kw;
            return this;
        }

        public HouseBuilder pv(double... kwh) {
            pv = series(kwh);
            return this;
        }

        public HouseBuilder interruptible(double... kwh) {
            interruptible = series(kwh);
            return this;
        }

        public HouseBuilder uninterruptible(double... kwh) {
            uninterruptible = series(kwh);
            return this;
        }

        /** Enrols the house in the DR program with this callable load. */
        public HouseBuilder callable(double... kwh) {
            enrolled = true;
            callable = series(kwh);
            return this;
        }

        public HouseBuilder enrolled() {
            enrolled = true;
            return this;
        }

        private double[] series(double[] values) {
            return perPeriod(periods, values).toArray();
        }

        private House build() {
            return new House(id, community, chargerKw, enrolled, Series.of(pv), Series.of(interruptible),
                    Series.of(uninterruptible), Series.of(callable));
        }
    }

    /** Prices; a single number stands for every period. EV prices default to the grid prices, as in a case file. */
    public static final class PriceBuilder {
        private final int periods;
        private Series gridBuy;
        private Series gridSell;
        private Series p2p;
        private Series drIncentive;
        private Series drFine;
        private Series standby;
        private Series ens;
        private Series evCharge;
        private Series evDischarge;
        private double socialWelfareValue;
        private double parkingFee;

        private PriceBuilder(int periods) {
            this.periods = periods;
            Series zero = Series.constant(periods, 0);
            gridBuy = gridSell = p2p = drIncentive = drFine = standby = ens = zero;
        }

        private Series series(double[] values) {
            return perPeriod(periods, values);
        }

        public PriceBuilder gridBuy(double... price) {
            gridBuy = series(price);
            return this;
        }

        public PriceBuilder gridSell(double... price) {
            gridSell = series(price);
            return this;
        }

        public PriceBuilder p2p(double... price) {
            p2p = series(price);
            return this;
        }

        public PriceBuilder drIncentive(double... price) {
            drIncentive = series(price);
            return this;
        }

        public PriceBuilder drFine(double... price) {
            drFine = series(price);
            return this;
        }

        public PriceBuilder standby(double... price) {
            standby = series(price);
            return this;
        }

        public PriceBuilder ens(double... price) {
            ens = series(price);
            return this;
        }

        public PriceBuilder evCharge(double... price) {
            evCharge = series(price);
            return this;
        }

        public PriceBuilder evDischarge(double... price) {
            evDischarge = series(price);
            return this;
        }

        public PriceBuilder socialWelfareValue(double value) {
            socialWelfareValue = value;
            return this;
        }

        public PriceBuilder parkingFee(double value) {
            parkingFee = value;
            return this;
        }

        private Prices build() {
            return new Prices(gridBuy, gridSell, P2pMarket.series(p2p), drIncentive, drFine, standby, ens,
                    evCharge == null ? gridBuy : evCharge, evDischarge == null ? gridSell : evDischarge,
                    socialWelfareValue, parkingFee);
        }
    }
}
