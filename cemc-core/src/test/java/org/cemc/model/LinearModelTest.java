package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinearModelTest {

    /** x binary, y in [0, 10], x + y <= 4 and y - x >= 1. */
    private static LinearModel model() {
        LinearModel lp = new LinearModel();
        int x = lp.addBinary("x", 0, 1);
        int y = lp.addContinuous("y", 0, 10);
        lp.row("sum").plus(x).plus(y).atMost(4);
        lp.row("difference").plus(y).minus(x).atLeast(1);
        return lp;
    }

    @Test
    void aSolutionWithinEveryBoundIntegralityAndRowSatisfiesTheModel() {
        // x = 1, y = 3: 1 + 3 = 4 <= 4 and 3 - 1 = 2 >= 1; y short of a row by less than the tolerance also does.
        assertThat(model().isSatisfiedBy(new double[] {1, 3}, 1e-6)).isTrue();
        assertThat(model().isSatisfiedBy(new double[] {1, 3 + 5e-7}, 1e-6)).isTrue();
    }

    @Test
    void aBrokenRowBoundOrIntegralityIsCaught() {
        assertThat(model().isSatisfiedBy(new double[] {1, 3.1}, 1e-6)).as("sum 4.1 > 4").isFalse();
        assertThat(model().isSatisfiedBy(new double[] {1, 1.5}, 1e-6)).as("difference 0.5 < 1").isFalse();
        assertThat(model().isSatisfiedBy(new double[] {0.5, 2}, 1e-6)).as("x not integral").isFalse();
        assertThat(model().isSatisfiedBy(new double[] {0, -1}, 1e-6)).as("y below 0").isFalse();
        assertThat(model().isSatisfiedBy(new double[] {1}, 1e-6)).as("a value short").isFalse();
    }
}
