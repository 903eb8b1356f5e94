package org.cemc.decomposition;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.GRID_EXPORT;
import static org.cemc.model.HouseQuantity.GRID_IMPORT;
import static org.cemc.model.HouseQuantity.NOT_SUPPLIED;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.cemc.model.HousePeriodSheet;

/**
 * Step 1 of the decomposition: one price per period for K12, where the pool clears. The P2P excess
 * {@code sum PS - sum PB} of the houses' best responses is the subgradient of the Lagrangian dual and does not fall
 * as the price rises, so the clearing price is found by bisection on its sign. The bound is valid at any price
 * (step 3), so bisection may stop at the deadline and the decomposition go on with the prices found so far.
 */
final class PoolPricing {
    /** Bisection stops when the price bracket is this narrow (money per kWh). */
    private static final double PRICE_TOLERANCE = 1e-10;

    private PoolPricing() {
    }

    /**
     * Each period's price where the pool clears, every house free to choose its binaries (in export mode where a
     * hosted guest EV discharges); each period bisected until its bracket is narrow or the deadline has passed.
     */
    static double[] clearingPrices(HousePeriodSheet sheet, PoolHouses pool, Deadline deadline) {
        double[] prices = new double[sheet.periods()];
        IntStream.range(0, prices.length).parallel().forEach(t -> {
            double[] bracket = bracket(sheet, t, price -> {
                double excess = 0;
                for (int h = 0; h < sheet.houses(); h++) {
                    excess += pool.bestResponse(h, t, price).netSale();
                }
                return excess;
            }, deadline::passed);
            prices[t] = (bracket[0] + bracket[1]) / 2;
        });
        return prices;
    }

    /** Whether two sets of prices differ by more than the bisection's tolerance in some period. */
    static boolean differ(double[] a, double[] b) {
        for (int t = 0; t < a.length; t++) {
            if (Math.abs(a[t] - b[t]) > PRICE_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** {@link #bracket(HousePeriodSheet, int, DoubleUnaryOperator, BooleanSupplier)} bisected to the end. */
    static double[] bracket(HousePeriodSheet sheet, int t, DoubleUnaryOperator excess) {
        return bracket(sheet, t, excess, () -> false);
    }

    /**
     * Brackets the price at which {@code excess} (P2P supply minus demand, non-decreasing in the price) changes
     * sign: {@code excess(low) <= 0 <= excess(high)}, bisecting until the bracket is narrower than the tolerance
     * or {@code stop} says so. The search starts ten times beyond the largest value a kWh has in period t, where no
     * house's choice depends on the price any more. Where nothing is traded at any price, both ends are the
     * case's own P2P price.
     */
    static double[] bracket(HousePeriodSheet sheet, int t, DoubleUnaryOperator excess, BooleanSupplier stop) {
        double grid = Math.max(Math.abs(sheet.coefficient(GRID_IMPORT, t, 0)),
                Math.abs(sheet.coefficient(GRID_EXPORT, t, 0)));
        double demandSide = Math.max(Math.abs(sheet.coefficient(NOT_SUPPLIED, t, 0)),
                Math.abs(sheet.coefficient(DR_CURTAILED, t, 0)) + sheet.coefficient(SELF_SUPPLY, t, 0));
        double reach = 1 + 10 * Math.max(grid, demandSide);
        double low = -reach;
        double high = reach;
        if (excess.applyAsDouble(low) >= 0 && excess.applyAsDouble(high) <= 0) {
            double price = sheet.p2pPrice(t);
            return new double[] {price, price};
        }
        while (high - low > PRICE_TOLERANCE && !stop.getAsBoolean()) {
            double middle = (low + high) / 2;
            if (excess.applyAsDouble(middle) > 0) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return new double[] {low, high};
    }
}
