package org.cemc.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemc.community.CommunityCase;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.input.PlausibleRanges;

/**
 * The price levels of a day-ahead bid (docs/market.md, "The sweep"): {@code FROM:TO:STEP}, every level from FROM up
 * to TO (included when a whole number of steps reaches it), and how a level sets the grid prices the day is solved
 * at. Only the grid import and export prices (c^G, eq. 2) change; every other price stays the case's, the P2P
 * clearing price included (P2P money sums to zero over the community, term (iii), so the community's optimum does
 * not depend on it).
 *
 * @param levels the levels in increasing order, per kWh (replace) or added per kWh (shift)
 */
public record PriceSweep(List<Double> levels, Mode mode) {
    /** At most this many levels: each is a solve of the whole day. */
    public static final int MAX_LEVELS = 200;

    /** How a level sets the grid prices. */
    public enum Mode {
        /** Every period's grid import and export price is the level: one price both ways, all day. */
        REPLACE("replace"),
        /** The level is added to every period's grid import and export price: the case's day, moved up or down. */
        SHIFT("shift");

        private final String cliName;

        Mode(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }
    }

    public PriceSweep {
        levels = List.copyOf(levels);
    }

    /**
     * The sweep {@code spec} ({@code FROM:TO:STEP}) gives in {@code mode}.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code spec}: not three numbers, FROM above TO, a
     *     STEP not above 0, or more than {@link #MAX_LEVELS} levels (the prices a level gives a case are checked
     *     against the case's currency by {@link #checkFor})
     */
    public static PriceSweep parse(String spec, Mode mode) {
        String[] parts = spec.strip().split(":", -1);
        BigDecimal[] numbers = new BigDecimal[3];
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 3; i++) {
                numbers[i] = new BigDecimal(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected FROM:TO:STEP, three numbers such as 0.02:0.40:0.02 (per "
                    + "kWh, in the case's currency).");
        }
        BigDecimal from = numbers[0];
        BigDecimal to = numbers[1];
        BigDecimal step = numbers[2];
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("STEP must be more than 0; got " + step.toPlainString() + ".");
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("FROM " + from.toPlainString() + " is above TO " + to.toPlainString()
                    + "; give the lowest level first.");
        }
        BigDecimal count = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_LEVELS)) > 0) {
            throw new IllegalArgumentException("it gives " + count.toPlainString() + " levels, more than "
                    + MAX_LEVELS + " (each level is a solve of the whole day); take a larger STEP.");
        }
        List<Double> levels = new ArrayList<>();
        for (int i = 0; i < count.intValue(); i++) {
            levels.add(from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue());
        }
        return new PriceSweep(levels, mode);
    }

    /**
     * Checks that every level gives {@code community} grid prices a case in its currency may hold
     * ({@link PlausibleRanges#hardPriceLimit}; a negative price is allowed, as in a case).
     *
     * @throws IllegalArgumentException naming the level, price and period that go beyond it
     */
    public void checkFor(CommunityCase community) {
        double limit = PlausibleRanges.hardPriceLimit(community.currency());
        for (double level : levels) {
            Prices prices = pricesAt(community.prices(), level);
            for (int t = 0; t < community.periods(); t++) {
                for (Series price : List.of(prices.gridBuy(), prices.gridSell())) {
                    if (Math.abs(price.at(t)) > limit + 1e-9) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT, "level %s gives a grid "
                                + "price of %s in period %d, beyond -%s to %s %s per kWh, the limit of any price in "
                                + "a case (docs/case-format.md).", plain(level), plain(price.at(t)), t,
                                plain(limit), plain(limit), community.currency()));
                    }
                }
            }
        }
    }

    /** {@code community} with the grid prices of {@code level}; everything else as it is. */
    public CommunityCase at(CommunityCase community, double level) {
        return community.withPrices(pricesAt(community.prices(), level));
    }

    /** {@code prices} with the grid import and export prices of {@code level}. */
    Prices pricesAt(Prices prices, double level) {
        int periods = prices.gridBuy().length();
        return switch (mode) {
            case REPLACE -> prices.withGridPrices(Series.constant(periods, level), Series.constant(periods, level));
            case SHIFT -> prices.withGridPrices(shifted(prices.gridBuy(), level), shifted(prices.gridSell(), level));
        };
    }

    private static Series shifted(Series price, double by) {
        double[] values = price.toArray();
        for (int t = 0; t < values.length; t++) {
            values[t] += by;
        }
        return Series.of(values);
    }

    /** A price as typed, to six decimals: 0.4 rather than 0.40000000000000002, 100.1 rather than 100.10000000000001. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
