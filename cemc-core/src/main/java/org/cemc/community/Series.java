package org.cemc.community;

import java.util.Arrays;

/** An immutable series of numbers, one per period of the day. */
public final class Series {
    private final double[] values;

    private Series(double[] values) {
        this.values = values;
    }

    public static Series of(double... values) {
        return new Series(values.clone());
    }

    public static Series constant(int periods, double value) {
        double[] values = new double[periods];
        Arrays.fill(values, value);
        return new Series(values);
    }

    public double at(int period) {
        return values[period];
    }

    public int length() {
        return values.length;
    }

    public double sum() {
        return Arrays.stream(values).sum();
    }



    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series series && Arrays.equals(values, series.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
