package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Clock times against elapsed hours on the New York clock's ordinary and daylight-saving days of 2025. */
class DayClockTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate SPRING = LocalDate.of(2025, 3, 9);
    private static final LocalDate FALL = LocalDate.of(2025, 11, 2);

    @Test
    void aClockTimeAfterTheSpringForwardIsAnHourLessSinceMidnight() {
        // 08:30 EDT is 12:30 UTC; midnight was 00:00 EST, 05:00 UTC: 7.5 h.
        assertThat(DayClock.elapsedHours(SPRING, NEW_YORK, 8.5)).isEqualTo(7.5);
        assertThat(DayClock.elapsedHours(SPRING, NEW_YORK, 1.5)).isEqualTo(1.5);
    }

    @Test
    void aClockTimeAfterTheFallBackIsAnHourMoreSinceMidnight() {
        // 17:00 EST is 22:00 UTC; midnight was 00:00 EDT, 04:00 UTC: 18 h.
        assertThat(DayClock.elapsedHours(FALL, NEW_YORK, 17)).isEqualTo(18);
        // 01:30 comes twice; the first (EDT) is meant.
        assertThat(DayClock.elapsedHours(FALL, NEW_YORK, 1.5)).isEqualTo(1.5);
    }

    @Test
    void aClockTimeTheSpringSkipsIsTheTimeTheClockShowsThen() {
        // 02:30 does not exist on 9 March; 2.5 h after midnight the clock shows 03:30.
        assertThat(DayClock.elapsedHours(SPRING, NEW_YORK, 2.5)).isEqualTo(2.5);
        assertThat(DayClock.elapsedHours(SPRING, NEW_YORK, 3.5)).isEqualTo(2.5);
    }

    @Test
    void anOrdinaryDayKeepsEveryValueToTheLastBit() {
        double arrival = 8.537261912345;
        assertThat(DayClock.elapsedHours(LocalDate.of(2025, 7, 1), NEW_YORK, arrival)).isEqualTo(arrival);
    }

    @Test
    void clockRowsOfTheDaylightSavingDays() {
        assertThat(DayClock.clockRows(SPRING, NEW_YORK, 1, 23)).startsWith(0, 1, 3, 4).endsWith(22, 23);
        assertThat(DayClock.clockRows(FALL, NEW_YORK, 1, 25)).startsWith(0, 1, 1, 2).endsWith(22, 23);
        assertThat(DayClock.clockRows(LocalDate.of(2025, 7, 1), NEW_YORK, 0.25, 96)).startsWith(0, 1, 2, 3)
                .endsWith(95);
    }
}
