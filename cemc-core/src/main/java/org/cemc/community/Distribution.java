package org.cemc.community;

/**
 * A quantity drawn at random: a normal distribution with {@code mean} and {@code std} truncated to
 * {@code [min, max]}, or a fixed value ({@code std = 0}, {@code min = max = mean}).
 */
public record Distribution(double mean, double std, double min, double max) {

    public static Distribution fixed(double value) {
        return new Distribution(value, 0, value, value);
    }

    public boolean isFixed() {
        return std == 0;
    }
}
