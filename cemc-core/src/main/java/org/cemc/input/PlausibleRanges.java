package org.cemc.input;

import java.util.Locale;
import java.util.Map;
import org.cemc.community.TimeGrid;

/**
 * The plausible ranges of a case's quantities, stated once (docs/case-format.md, "Plausible ranges"). A value
 * outside its hard range is refused (no physical case has it, and the solver cannot be trusted with it); a value
 * inside the hard range but outside the usual one is read as given and reported as a warning.
 */
public final class PlausibleRanges {
    /** A house's energy per period, as mean power over the period: a large (3 x 40 A) home connection. */
    static final double HOUSE_USUAL_KW = 25;
    /** ... and a small commercial connection, beyond which no house of a community goes. */
    static final double HOUSE_HARD_KW = 100;
    /** Charger and guest-EV power: a DC wallbox at most usually; the largest public fast chargers at most. */
    static final double POWER_USUAL_KW = 50;
    static final double POWER_HARD_KW = 350;
    /** Battery: a plug-in hybrid to the largest car; an e-bike to a heavy truck. */
    static final double BATTERY_USUAL_MIN_KWH = 4;
    static final double BATTERY_USUAL_MAX_KWH = 250;
    static final double BATTERY_HARD_MIN_KWH = 0.5;
    static final double BATTERY_HARD_MAX_KWH = 1000;
    /**
     * A period: refused shorter than a minute (no meter reads finer, and the model would outgrow any solver) or
     * longer than a day (a period could no longer follow sun and load); usually 5 minutes to an hour. Both minima
     * are written with 4 significant digits, below 1/60 and 1/12, so that a minute or five typed to any precision
     * (0.016667, 0.083333) counts as one.
     */
    static final double PERIOD_HARD_MIN_HOURS = 0.01666;
    static final double PERIOD_HARD_MAX_HOURS = 24;
    static final double PERIOD_USUAL_MIN_HOURS = 0.08333;
    static final double PERIOD_USUAL_MAX_HOURS = 1;
    /**
     * The horizon, periods x period_hours: refused beyond a leap year. CEMC schedules a day ahead; a year is the
     * longest horizon anyone studies (docs/performance.md solves one of 15-minute periods), and the cap keeps a
     * mistyped number of periods (2000000000) from reaching the series it sizes. Horizons that are not a day warn
     * (docs/case-format.md, "Horizon").
     */
    static final double HORIZON_HARD_MAX_HOURS = 366 * 24;
    /** Prices per kWh (and per hour), in a currency worth about a dollar; scaled by {@link #CURRENCY_SCALE}. */
    static final double PRICE_USUAL = 5;
    static final double PRICE_HARD = 100;
    /**
     * Currencies worth far less than a dollar, with the power of ten their prices are scaled by (about the number of
     * units a dollar buys, rounded to a power of ten). Any other currency label is taken at 1.
     */
    static final Map<String, Double> CURRENCY_SCALE = Map.ofEntries(
            Map.entry("CNY", 10.0), Map.entry("CZK", 10.0), Map.entry("DKK", 10.0), Map.entry("HKD", 10.0),
            Map.entry("MXN", 10.0), Map.entry("NOK", 10.0), Map.entry("SEK", 10.0), Map.entry("ZAR", 10.0),
            Map.entry("THB", 100.0), Map.entry("TRY", 100.0), Map.entry("UAH", 100.0), Map.entry("INR", 100.0),
            Map.entry("JPY", 100.0), Map.entry("HUF", 100.0), Map.entry("ISK", 100.0), Map.entry("RUB", 100.0),
            Map.entry("PHP", 100.0), Map.entry("KRW", 1000.0), Map.entry("CLP", 1000.0), Map.entry("NGN", 1000.0),
            Map.entry("COP", 1000.0), Map.entry("IDR", 10000.0), Map.entry("VND", 10000.0));

    /**
     * A quantity's hard and usual range, with its unit and a short reason for the message.
     *
     * @param unit how a value is written, e.g. "kWh per period"
     * @param basis what the bounds stand for, e.g. "100 kW over 1 h"; empty when the bounds are plain
     */
    record Range(String unit, double hardMin, double hardMax, double usualMin, double usualMax, String hardBasis,
                 String usualBasis) {

        boolean refused(double value) {
            return value < hardMin || value > hardMax;
        }

        boolean unusual(double value) {
            return value < usualMin || value > usualMax;
        }

        /** "the plausible range 0 to 100 kWh per period (100 kW over 1 h)" */
        String hard() {
            return "the plausible range " + span(hardMin, hardMax) + hardBasis;
        }

        /** "the usual range 0 to 25 kWh per period (25 kW over 1 h)" */
        String usual() {
            return "the usual range " + span(usualMin, usualMax) + usualBasis;
        }

        private String span(double min, double max) {
            return number(min) + " to " + number(max) + " " + unit;
        }
    }

    private PlausibleRanges() {
    }

    /** A house's PV, demand or callable load in one period of {@code grid}. */
    static Range houseEnergy(TimeGrid grid) {
        double h = grid.periodHours();
        return new Range("kWh per period", 0, HOUSE_HARD_KW * h, 0, HOUSE_USUAL_KW * h,
                " (" + number(HOUSE_HARD_KW) + " kW over " + number(h) + " h, beyond any home connection)",
                " (" + number(HOUSE_USUAL_KW) + " kW over " + number(h) + " h, a large home connection)");
    }

    /** The length of a period. */
    static Range periodHours() {
        return new Range("h", PERIOD_HARD_MIN_HOURS, PERIOD_HARD_MAX_HOURS, PERIOD_USUAL_MIN_HOURS,
                PERIOD_USUAL_MAX_HOURS, " (1 minute to a day)",
                " (5 minutes to an hour, the intervals of meters and markets)");
    }

    /** A house's charger, or a guest EV's charging or discharging power. */
    static Range power() {
        return new Range("kW", 0, POWER_HARD_KW, 0, POWER_USUAL_KW, " (the largest fast chargers)",
                " (a DC wallbox)");
    }

    static Range battery() {
        return new Range("kWh", BATTERY_HARD_MIN_KWH, BATTERY_HARD_MAX_KWH, BATTERY_USUAL_MIN_KWH,
                BATTERY_USUAL_MAX_KWH, " (an e-bike to a heavy truck)", " (a plug-in hybrid to the largest car)");
    }

    /**
     * The largest price per kWh, either sign, a case in {@code currency} may hold (the hard range of
     * {@link #price}), for prices CEMC sets itself (a bid's sweep) to stay within.
     */
    public static double hardPriceLimit(String currency) {
        return PRICE_HARD * CURRENCY_SCALE.getOrDefault(currency.toUpperCase(Locale.ROOT), 1.0);
    }

    /** A price per kWh ({@code per} "kWh") or per hour ({@code per} "hour") in {@code currency}. */
    static Range price(String currency, String per) {
        double scale = CURRENCY_SCALE.getOrDefault(currency.toUpperCase(Locale.ROOT), 1.0);
        String basis = scale == 1 ? "" : " (the range for a currency worth about a dollar, times " + number(scale)
                + " for " + currency + ")";
        return new Range(currency + " per " + per, -PRICE_HARD * scale, PRICE_HARD * scale, -PRICE_USUAL * scale,
                PRICE_USUAL * scale, basis, basis);
    }

    /** A number as a person writes it: 100, 0.25, 1e+308. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
