package org.cemc.decomposition;

import java.util.List;
import org.cemc.model.HousePeriodSheet;

/**
 * Step 3 of the decomposition: the Lagrangian dual's value at the pool prices, an upper bound on the optimum.
 * Relaxing K12 only enlarges the feasible set, and on any schedule that balances the pool the priced P2P terms
 * cancel, so the relaxed optimum at any prices is at least the optimum; it is the sum of the subproblems' optima.
 * Where E1 is relaxed too ({@link HostingRelaxation}), the relaxed guests' multipliers are added.
 */
final class LagrangianBound {
    private LagrangianBound() {
    }

    /**
     * Each house-period outside the blocks' MILPs at its best (exact, in closed form), plus each block's MILP
     * bound over its window (which bounds the block's optimum from above), plus the relaxed guests' multipliers.
     * The blocks' house-periods and the others partition the case's: a block house outside its block's window has
     * no guest EV to host but the relaxed ones, whose multipliers bound what they add, so its periods there separate
     * like any other house's, free to choose their export mode whatever a placed guest does there.
     */
    static double at(double[] prices, HousePeriodSheet sheet, Subproblems subproblems,
                     List<HostingBlocks.Solution> blocks, double[] multipliers) {
        double bound = 0;
        for (double multiplier : multipliers) {
            bound += multiplier;
        }
        for (int h = 0; h < sheet.houses(); h++) {
            for (int t = 0; t < sheet.periods(); t++) {
                if (!subproblems.inBlock(h, t)) {
                    bound += subproblems.responses().best(h, t, prices[t], false).profit();
                }
            }
        }
        for (HostingBlocks.Solution solution : blocks) {
            bound += solution.bound();
        }
        return bound;
    }
}
