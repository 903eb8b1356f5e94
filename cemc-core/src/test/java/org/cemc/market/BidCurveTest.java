package org.cemc.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Monotone curves from solved quantities: the pool-adjacent-violators fit, and every change reported. */
class BidCurveTest {
    private static final Offset<Double> KWH = within(1e-9);

    @Test
    void quantitiesAlreadyMonotoneAreKeptAsSolved() {
        BidCurve curve = BidCurve.of(new double[] {0.1, 0.2, 0.3}, new double[][] {{5, 5, -2}});

        assertThat(curve.adjustments()).isEmpty();
        assertThat(curve.bidKwh(0, 1)).isEqualTo(5);
        assertThat(curve.monotone()).isTrue();
    }

    /**
     * Period 1 rises from 2 to 4 between the second and third level: the pair is pooled at its mean 3, which is
     * still below the first level's 6, so the fit is 6, 3, 3, 1 (least squares: the violating pair moves by 1
     * each). Period 0 is monotone and kept.
     */
    @Test
    void aRiseIsPooledAtItsMeanAndEachChangedQuantityIsReportedWithItsSolvedValue() {
        double[] levels = {0.1, 0.2, 0.3, 0.4};

        BidCurve curve = BidCurve.of(levels, new double[][] {{3, 2, 1, 0}, {6, 2, 4, 1}});

        assertThat(new double[] {curve.bidKwh(1, 0), curve.bidKwh(1, 1), curve.bidKwh(1, 2), curve.bidKwh(1, 3)})
                .containsExactly(new double[] {6, 3, 3, 1}, KWH);
        assertThat(curve.adjustments()).containsExactly(new BidCurve.Adjustment(1, 0.2, 2, 3),
                new BidCurve.Adjustment(1, 0.3, 4, 3));
        assertThat(curve.solvedKwh(1, 2)).isEqualTo(4);
        assertThat(curve.adjusted(0, 2)).isFalse();
        assertThat(curve.monotone()).isTrue();
    }

    /**
     * 1, 3, 2: the rise 1 to 3 pools them at 2, and 2 then equals the last 2, which is no rise: 2, 2, 2. A rise
     * pooled with earlier pools until none rises: 0, 1, 5 gives 2, 2, 2 (the mean of all three).
     */
    @Test
    void poolsMergeBackwardsUntilNothingRises() {
        assertThat(BidCurve.nonIncreasing(new double[] {1, 3, 2})).containsExactly(new double[] {2, 2, 2}, KWH);
        assertThat(BidCurve.nonIncreasing(new double[] {0, 1, 5})).containsExactly(new double[] {2, 2, 2}, KWH);
        assertThat(BidCurve.nonIncreasing(new double[] {4, 1, 3, 0})).containsExactly(new double[] {4, 2, 2, 0}, KWH);
    }

    /**
     * Solver noise is no violation: quantities are rounded to 1 Wh first (2.0000004 is 2). A rise of 2 Wh is one:
     * 1 then 1.002 pool at 1.001.
     */
    @Test
    void differencesBelowTheResolutionAreNotAdjustments() {
        BidCurve curve = BidCurve.of(new double[] {0, 1}, new double[][] {{2, 2 + 4e-7}, {-1e-12, 0}, {1, 1.002}});

        assertThat(curve.adjustments()).extracting(BidCurve.Adjustment::period).containsExactly(2, 2);
        assertThat(curve.bidKwh(2, 0)).isEqualTo(1.001);
        assertThat(curve.solvedKwh(0, 1)).isEqualTo(2);
        assertThat(curve.bidKwh(1, 0)).isEqualTo(0.0).isNotNegative();
        assertThat(1 / curve.bidKwh(1, 0)).as("never -0").isPositive();
    }

    @Test
    void levelsMustIncrease() {
        assertThatThrownBy(() -> BidCurve.of(new double[] {0.2, 0.2}, new double[][] {{1, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("levels must increase");
    }
}
