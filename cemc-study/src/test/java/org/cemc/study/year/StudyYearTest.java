package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StudyYearTest {

    @Test
    void aCommonYearTakesTheTypicalYearHourForHour() {
        StudyYear year = new StudyYear(2025);

        assertThat(year.hours()).isEqualTo(8760);
        for (int hour = 0; hour < year.hours(); hour++) {
            assertThat(year.typicalIndex(hour)).isEqualTo(hour);
        }
    }

    @Test
    void aLeapYearRepeatsTheTwentyEighthOfFebruary() {
        // 2024: 29 February is day 60. Its 01:00-02:00 is series hour 59 * 24 + 1 = 1,417 and takes 28 February's
        // 01:00-02:00, typical hour 58 * 24 + 1 = 1,393. 1 March 00:00 (series hour 60 * 24 = 1,440) takes the
        // typical 1 March 00:00, 59 * 24 = 1,416, and so on to 31 December 23:00 (8,783), typical 8,759.
        StudyYear leap = new StudyYear(2024);

        assertThat(leap.hours()).isEqualTo(8784);
        assertThat(leap.typicalIndex(58 * 24 + 1)).isEqualTo(1393);
        assertThat(leap.typicalIndex(1417)).isEqualTo(1393);
        assertThat(leap.typicalIndex(1440)).isEqualTo(1416);
        assertThat(leap.typicalIndex(8783)).isEqualTo(8759);
    }

    @Test
    void anHourOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> new StudyYear(2025).typicalIndex(8760)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("hour 8760 is not in 2025, which has hours 0 to 8759");
    }
}
