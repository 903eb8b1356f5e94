package org.cemc.solve;

import java.util.Random;
import org.cemc.model.LinearModel;

/** Models for the solver adapter's tests, and what --time-limit promises. */
final class TestModels {
    private TestModels() {
    }

    /**
     * A 150-item, 25-constraint multidimensional knapsack with correlated weights and profits: far too hard to
     * prove optimal in a fraction of a second, so the solver must stop at its time limit.
     */
    static LinearModel hardKnapsack() {
        Random random = new Random(20261124L);
        LinearModel lp = new LinearModel();
        int items = 150;
        int[] x = new int[items];
        double[][] weights = new double[25][items];
        for (int i = 0; i < items; i++) {
            x[i] = lp.addBinary("item_" + i, 0, 1);
            double profit = 0;
            for (int k = 0; k < weights.length; k++) {
                weights[k][i] = 1 + random.nextInt(1000);
                profit += weights[k][i];
            }
            lp.addToObjective(x[i], profit / weights.length + random.nextInt(50));
        }
        for (int k = 0; k < weights.length; k++) {
            double[] row = weights[k];
            LinearModel.RowBuilder capacity = lp.row("capacity_" + k);
            double total = 0;
            for (int i = 0; i < items; i++) {
                capacity.plus(x[i], row[i]);
                total += row[i];
            }
            capacity.atMost(total / 2);
        }
        return lp;
    }

    /** What --time-limit promises: the limit within max(1 s, 5 %), on the wall clock. */
    static double promised(double limit) {
        return limit + Math.max(1, 0.05 * limit);
    }
}
