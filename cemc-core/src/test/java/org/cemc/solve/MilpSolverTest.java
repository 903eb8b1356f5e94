package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.cemc.model.LinearModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MilpSolverTest {

    private static SolverSettings settings(SolverBackend backend, double seconds) {
        assumeTrue(MilpSolver.isAvailable(backend), backend + " is not installed");
        return new SolverSettings(backend, seconds, 1e-9, false);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void solvesASmallIntegerProgramToProvenOptimality(SolverBackend backend) {
        // max 3x + 2y + 1 s.t. x + y <= 4, x + 3y <= 6, x <= 3, x, y integer >= 0. The LP optimum (3, 1) is
        // integral: 3 * 3 + 2 * 1 + 1 = 12.
        LinearModel lp = new LinearModel();
        int x = lp.addBinary("x", 0, 3);
        int y = lp.addBinary("y", 0, 10);
        lp.row("sum").plus(x).plus(y).atMost(4);
        lp.row("weighted").plus(x).plus(y, 3).atMost(6);
        lp.addToObjective(x, 3);
        lp.addToObjective(y, 2);
        lp.addObjectiveConstant(1);

        SolveResult result = MilpSolver.solve(lp, settings(backend, 10));

        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.objective()).isCloseTo(12, within(1e-9));
        assertThat(result.values()).containsExactly(new double[] {3, 1}, within(1e-9));
        assertThat(result.relativeGap()).isLessThanOrEqualTo(1e-9);
        assertThat(result.solverVerified()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void anInfeasibleModelIsReportedAsSuchWithoutValues(SolverBackend backend) {
        LinearModel lp = new LinearModel();
        int x = lp.addContinuous("x", 0, 1);
        lp.row("impossible").plus(x).atLeast(2);

        SolveResult result = MilpSolver.solve(lp, settings(backend, 10));

        assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(result.values()).isEmpty();
        assertThat(result.message()).contains("infeasible");
    }

    /**
     * A 150-item, 25-constraint multidimensional knapsack with correlated weights and profits: far too hard to
     * prove optimal in a fraction of a second, so the solver must stop at its time limit.
     */
    private static LinearModel hardKnapsack() {
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

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void aSolveStoppedByItsTimeLimitReturnsItsBestSolutionAndProvenGapOrSaysItFoundNone(SolverBackend backend) {
        SolveResult result = MilpSolver.solve(hardKnapsack(), settings(backend, 0.3));

        assertThat(result.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.NO_SOLUTION_FOUND);
        if (result.status() == SolveStatus.FEASIBLE) {
            assertThat(result.values()).hasSize(150);
            assertThat(result.bound()).as("a proven bound, or NaN when none was proven")
                    .satisfiesAnyOf(b -> assertThat(b).isNaN(), b -> assertThat(b).isGreaterThan(result.objective()));
        } else {
            assertThat(result.values()).isEmpty();
            assertThat(result.message()).isNotBlank();
        }
    }
}
