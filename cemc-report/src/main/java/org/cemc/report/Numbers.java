package org.cemc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written to files: six decimals (a Wh of a kWh is 0.001), no "-0", no exponent. */
final class Numbers {
    private Numbers() {
    }

    static String csv(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
