package org.cemc.market;

import java.util.ArrayList;
import java.util.List;

/**
 * The community's price–quantity curve of each period (docs/market.md, "Monotone curves"): at each level of a sweep,
 * the net energy it would buy (positive) or sell (negative) in that period, made monotone as a market requires: the
 * quantity never rises as the price rises. Solved quantities can break that: a period's quantity depends on the
 * whole day through guest-EV batteries and the day's binaries, and equally profitable schedules can differ. Each
 * period's solved quantities are rounded to {@link #RESOLUTION} (a watt-hour: far finer than any market trades, far
 * coarser than the solver's tolerance, so that noise is no violation) and replaced by
 * their closest non-increasing sequence in least squares (isotonic regression by pool-adjacent-violators: a run of
 * levels that breaks the order gets its mean). Quantities already monotone are kept as solved; each one changed is
 * an {@link Adjustment}, reported beside the solved value.
 */
public final class BidCurve {
    /** kWh: quantities are rounded to this (1 Wh) before the fit, and the fit's results too. */
    public static final double RESOLUTION = 1e-3;

    private final double[] levels;
    private final double[][] solved;
    private final double[][] bid;

    /**
     * A quantity the fit changed.
     *
     * @param period the period
     * @param level the sweep's level
     * @param solvedKwh the net kWh of the level's schedule (rounded to {@link #RESOLUTION})
     * @param bidKwh the net kWh of the monotone curve
     */
    public record Adjustment(int period, double level, double solvedKwh, double bidKwh) {
    }

    private BidCurve(double[] levels, double[][] solved, double[][] bid) {
        this.levels = levels;
        this.solved = solved;
        this.bid = bid;
    }

    /**
     * The curves of {@code solvedNetKwh[t][l]}, the net kWh of period {@code t} solved at {@code levels[l]}.
     *
     * @param levels strictly increasing
     */
    public static BidCurve of(double[] levels, double[][] solvedNetKwh) {
        for (int l = 1; l < levels.length; l++) {
            if (!(levels[l] > levels[l - 1])) {
                throw new IllegalArgumentException("levels must increase: " + levels[l - 1] + " then " + levels[l]);
            }
        }
        double[][] solved = new double[solvedNetKwh.length][];
        double[][] bid = new double[solvedNetKwh.length][];
        for (int t = 0; t < solvedNetKwh.length; t++) {
            solved[t] = new double[levels.length];
            for (int l = 0; l < levels.length; l++) {
                solved[t][l] = rounded(solvedNetKwh[t][l]);
            }
            bid[t] = nonIncreasing(solved[t]);
            for (int l = 0; l < levels.length; l++) {
                bid[t][l] = rounded(bid[t][l]);
            }
        }
        return new BidCurve(levels.clone(), solved, bid);
    }

    /**
     * The closest non-increasing sequence to {@code values} in least squares: pool-adjacent-violators, each pool of
     * adjacent values that rises replaced by its mean until none rises.
     */
    static double[] nonIncreasing(double[] values) {
        double[] sums = new double[values.length];
        int[] counts = new int[values.length];
        int pools = 0;
        for (double value : values) {
            sums[pools] = value;
            counts[pools] = 1;
            pools++;
            while (pools > 1 && sums[pools - 2] / counts[pools - 2] < sums[pools - 1] / counts[pools - 1]) {
                sums[pools - 2] += sums[pools - 1];
                counts[pools - 2] += counts[pools - 1];
                pools--;
            }
        }
        double[] fitted = new double[values.length];
        int at = 0;
        for (int p = 0; p < pools; p++) {
            for (int i = 0; i < counts[p]; i++) {
                fitted[at++] = sums[p] / counts[p];
            }
        }
        return fitted;
    }

    /** {@code kwh} to the nearest multiple of {@link #RESOLUTION}, never -0. */
    private static double rounded(double kwh) {
        return Math.round(kwh / RESOLUTION) / (1 / RESOLUTION) + 0.0;
    }

    public double[] levels() {
        return levels.clone();
    }

    public int periods() {
        return solved.length;
    }

    /** Net kWh of period {@code t}'s schedule at level {@code l}, rounded to {@link #RESOLUTION}. */
    public double solvedKwh(int t, int l) {
        return solved[t][l];
    }

    /** Net kWh the curve bids in period {@code t} at level {@code l}: buying positive, selling negative. */
    public double bidKwh(int t, int l) {
        return bid[t][l];
    }

    public boolean adjusted(int t, int l) {
        return bid[t][l] != solved[t][l];
    }

    /** Every quantity the fit changed, by period, then level. */
    public List<Adjustment> adjustments() {
        List<Adjustment> adjustments = new ArrayList<>();
        for (int t = 0; t < solved.length; t++) {
            for (int l = 0; l < levels.length; l++) {
                if (adjusted(t, l)) {
                    adjustments.add(new Adjustment(t, levels[l], solved[t][l], bid[t][l]));
                }
            }
        }
        return adjustments;
    }

    /** Whether every period's bid quantity never rises from one level to the next (true by construction). */
    public boolean monotone() {
        for (double[] quantities : bid) {
            for (int l = 1; l < quantities.length; l++) {
                if (quantities[l] > quantities[l - 1]) {
                    return false;
                }
            }
        }
        return true;
    }
}
