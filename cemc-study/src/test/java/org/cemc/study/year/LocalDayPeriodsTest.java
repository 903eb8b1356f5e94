package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalDayPeriodsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneOffset EASTERN_STANDARD = ZoneOffset.ofHours(-5);

    @Test
    void aWinterDayIsTwentyFourHoursOfStandardTime() {
        // 15 January is day 15: it starts 14 * 24 = 336 hours after 1 January 00:00 EST, on a clock at EST.
        LocalDayPeriods day = LocalDayPeriods.of(LocalDate.of(2025, 1, 15), NEW_YORK, EASTERN_STANDARD);

        assertThat(day.periods()).isEqualTo(24);
        assertThat(day.seriesIndex(0)).isEqualTo(336);
        assertThat(day.seriesIndex(23)).isEqualTo(359);
        assertThat(clockHours(day)).containsExactlyElementsOf(IntStream.range(0, 24).boxed().toList());
    }

    @Test
    void aSummerDayStartsAnHourEarlierInTheStandardTimeSeries() {
        // 1 July 2025 is day 182. Its midnight, 00:00 EDT, is 23:00 EST on 30 June: 181 * 24 - 1 = 4,343.
        LocalDayPeriods day = LocalDayPeriods.of(LocalDate.of(2025, 7, 1), NEW_YORK, EASTERN_STANDARD);

        assertThat(day.periods()).isEqualTo(24);
        assertThat(day.seriesIndex(0)).isEqualTo(4343);
        assertThat(day.clockHour(0)).isZero();
        assertThat(day.clockHour(23)).isEqualTo(23);
    }

    @Test
    void theSpringForwardDayHasTwentyThreePeriodsWithoutTwoOClock() {
        // 9 March 2025 is day 68; its midnight is still EST: 67 * 24 = 1,608. Clocks jump from 02:00 EST to 03:00
        // EDT, so period 2 (02:00 EST, series hour 1,610) reads 03:00 on the wall; the day ends at 00:00 EDT on
        // 10 March = 23:00 EST on 9 March, series hour 1,631, 23 hours after it began.
        LocalDayPeriods day = LocalDayPeriods.of(LocalDate.of(2025, 3, 9), NEW_YORK, EASTERN_STANDARD);

        assertThat(day.periods()).isEqualTo(23);
        assertThat(day.seriesIndex(0)).isEqualTo(1608);
        assertThat(day.seriesIndex(2)).isEqualTo(1610);
        assertThat(day.seriesIndex(22)).isEqualTo(1630);
        assertThat(clockHours(day)).containsExactly(0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19, 20, 21, 22, 23);
        assertThat(day.start(2).toString()).isEqualTo("2025-03-09T03:00-04:00[America/New_York]");
        assertThat(LocalDayPeriods.of(LocalDate.of(2025, 3, 10), NEW_YORK, EASTERN_STANDARD).seriesIndex(0))
                .isEqualTo(1631);
    }

    @Test
    void theFallBackDayHasTwentyFivePeriodsWithOneOClockTwice() {
        // 2 November 2025 is day 306; its midnight, 00:00 EDT, is 23:00 EST on 1 November: 305 * 24 - 1 = 7,319.
        // At 02:00 EDT clocks go back to 01:00 EST, so 01:00 shows twice (periods 1 and 2); the day ends at 00:00
        // EST on 3 November, series hour 306 * 24 = 7,344 = 7,319 + 25.
        LocalDayPeriods day = LocalDayPeriods.of(LocalDate.of(2025, 11, 2), NEW_YORK, EASTERN_STANDARD);

        assertThat(day.periods()).isEqualTo(25);
        assertThat(day.seriesIndex(0)).isEqualTo(7319);
        assertThat(day.seriesIndex(24)).isEqualTo(7343);
        assertThat(clockHours(day)).containsExactly(0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
                18, 19, 20, 21, 22, 23);
        assertThat(day.start(1).getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(day.start(2).getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(LocalDayPeriods.of(LocalDate.of(2025, 11, 3), NEW_YORK, EASTERN_STANDARD).seriesIndex(0))
                .isEqualTo(7344);
    }

    @Test
    void aPeriodOutsideTheDayIsRefused() {
        LocalDayPeriods day = LocalDayPeriods.of(LocalDate.of(2025, 3, 9), NEW_YORK, EASTERN_STANDARD);

        assertThatThrownBy(() -> day.seriesIndex(23)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("period 23 of 2025-03-09, which has 23 periods (0 to 22)");
    }

    @Test
    void aClockHalfAnHourOffTheSeriesCannotBeCutIntoItsHours() {
        assertThatThrownBy(() -> LocalDayPeriods.of(LocalDate.of(2025, 1, 15), ZoneId.of("Asia/Kolkata"),
                EASTERN_STANDARD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a whole number of hours from the hourly series' time (UTC-05:00)");
    }

    private static java.util.List<Integer> clockHours(LocalDayPeriods day) {
        return IntStream.range(0, day.periods()).map(day::clockHour).boxed().toList();
    }
}
