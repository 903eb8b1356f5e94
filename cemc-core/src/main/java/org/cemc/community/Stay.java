package org.cemc.community;

/** The periods {@code first <= t < end} a guest EV is parked (the paper's AR). Empty when {@code end <= first}. */
public record Stay(int first, int end) {

    public boolean contains(int period) {
        return period >= first && period < end;
    }

    public int length() {
        return Math.max(0, end - first);
    }

    public boolean isEmpty() {
        return length() == 0;
    }
}
