package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solvers' log lines as OR-Tools 9.15's CBC 2.10, SCIP 10 and HiGHS 1.12 print them (copied from real runs). */
class SolverLogTest {

    @Test
    void cbcIntegerSolutionsAreIncumbentsAndItsNodeLinesGiveTheBound() {
        assertThat(SolverLog.parse(SolverBackend.CBC,
                "Integer solution of 39503.04 found by rounding after 4 iterations and 1 nodes (0.01 seconds)"))
                .isEqualTo(new SolverLog.Progress(39503.04, Double.NaN));
        assertThat(SolverLog.parse(SolverBackend.CBC,
                "After 0 nodes, 1 on tree, -1e+50 best solution, best possible 40414.23 (0.01 seconds)"))
                .as("-1e+50 is CBC's 'no solution yet'").isEqualTo(new SolverLog.Progress(Double.NaN, 40414.23));
        assertThat(SolverLog.parse(SolverBackend.CBC, "Cbc0010I After 1000 nodes, 52 on tree, 43.45 best solution, "
                + "best possible 43.5 (1.23 seconds)")).isEqualTo(new SolverLog.Progress(43.45, 43.5));
        assertThat(SolverLog.parse(SolverBackend.CBC, "Presolve 25 (0) rows, 150 (-1) columns and 3750 (0) elements"))
                .isEqualTo(SolverLog.Progress.NOTHING);
    }

    @Test
    void scipTableRowsGiveDualAndPrimalBoundsInTheModelsSense() {
        assertThat(SolverLog.parse(SolverBackend.SCIP, "L 0.3s|     1 |     0 |   931 |     - |    rens|   0 | 150 |  25 "
                + "|  36 |  11 | 11 |   0 |   0 | 4.041026e+04 | 3.982356e+04 |   1.47%| unknown"))
                .isEqualTo(new SolverLog.Progress(39823.56, 40410.26));
        assertThat(SolverLog.parse(SolverBackend.SCIP, "  0.0s|     1 |     0 |     0 |     - |   locks|   0 | 150 |  25 "
                + "|  25 |   0 |  0 |   0 |   0 | 7.931244e+04 |      --      |    Inf | unknown"))
                .isEqualTo(new SolverLog.Progress(Double.NaN, 79312.44));
        assertThat(SolverLog.parse(SolverBackend.SCIP, " time | node  | left  |LP iter|  dualbound   | primalbound  |  gap"
                + "   | compl. ")).isEqualTo(SolverLog.Progress.NOTHING);
    }

    @Test
    void highsTableRowsGiveBestBoundAndBestSolutionWithOrWithoutASourceLetter() {
        assertThat(SolverLog.parse(SolverBackend.HIGHS, " L     100      76        11   0.00%   40409.768425    39779"
                + "              1.59%     1611     16    256      7407     1.2s"))
                .isEqualTo(new SolverLog.Progress(39779, 40409.768425));
        assertThat(SolverLog.parse(SolverBackend.HIGHS, "         0       0         0   0.00%   inf             -inf"
                + "                 Large        0      0      0         0     0.0s"))
                .isEqualTo(new SolverLog.Progress(Double.NaN, Double.NaN));
        assertThat(SolverLog.parse(SolverBackend.HIGHS, "MIP has 25 rows; 150 cols; 3750 nonzeros"))
                .isEqualTo(SolverLog.Progress.NOTHING);
    }

    @Test
    void aSubSearchsBoundBelowTheIncumbentIsNotPassedOnAsTheModelsBound() {
        List<double[]> seen = new ArrayList<>();
        SolverLog log = new SolverLog(SolverBackend.CBC, System.nanoTime(),
                (elapsed, incumbent, bound) -> seen.add(new double[] {incumbent, bound}));

        log.read("After 0 nodes, 1 on tree, -1e+50 best solution, best possible 40414.23 (0.01 seconds)");
        log.read("Integer solution of 39784.8 found by rounding after 355 iterations and 85 nodes (0.10 seconds)");
        log.read("After 0 nodes, 1 on tree, 1200 best solution, best possible 1300 (0.15 seconds)");

        assertThat(seen.get(2)).containsExactly(39784.8, 40414.23);
    }
}
