package org.cemc.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuestEvTest {

    private static GuestEv parked(double arrival, double departure) {
        return new GuestEv("ev", Optional.empty(), arrival, departure, 25, 0.5, 0.9, 7.2, 0, 1, 1);
    }

    @Test
    void stayStartsAtTheFirstWholePeriodAndEndsAtTheLastWholePeriod() {
        // a = ceil(7.6) = 8, d = floor(16.2) = 16: periods 8..15.
        assertThat(parked(7.6, 16.2).stay(new TimeGrid(24, 1))).isEqualTo(new Stay(8, 16));
    }

    @Test
    void quarterHourPeriodsCountInQuarters() {
        // 8.1 h / 0.25 h = 32.4 -> 33; 9.0 h / 0.25 h = 36.
        assertThat(parked(8.1, 9.0).stay(new TimeGrid(96, 0.25))).isEqualTo(new Stay(33, 36));
    }

    @Test
    void aDepartureAfterTheDayEndsAtTheLastPeriod() {
        assertThat(parked(20, 30).stay(new TimeGrid(24, 1))).isEqualTo(new Stay(20, 24));
    }
}
