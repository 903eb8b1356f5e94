package org.cemc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written to files (CSV and summary.json): rounded half-up to at most six decimals (a Wh of a kWh
 * is 0.001), no "-0", no exponent.
 */
final class Numbers {
    /** The decimals every written number is rounded to (docs/outputs.md). */
    static final int DECIMALS = 6;

    private Numbers() {
    }

    static String csv(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return rounded(value).toPlainString();
    }

    /**
     * A finite value rounded half-up to {@link #DECIMALS} decimals without trailing zeros, never negative zero and
     * never with a negative scale, so that {@link BigDecimal#toString()} (what Jackson writes) has no exponent.
     */
    static BigDecimal rounded(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
