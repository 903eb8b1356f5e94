package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypicalYearTest {

    @Test
    void hoursAreNumberedFromTheFirstOfJanuary() {
        // 1 March is day 31 + 28 + 1 = 60 of a typical year; its 13:00-14:00 is hour 59 * 24 + 13 = 1,429.
        assertThat(TypicalYear.dayOfYear(MonthDay.of(1, 1))).isEqualTo(1);
        assertThat(TypicalYear.dayOfYear(MonthDay.of(12, 31))).isEqualTo(365);
        assertThat(TypicalYear.indexOf(MonthDay.of(3, 1), 13)).isEqualTo(1429);
    }

    @Test
    void aTypicalYearHasNoTwentyNinthOfFebruary() {
        assertThatThrownBy(() -> TypicalYear.dayOfYear(MonthDay.of(2, 29)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a typical year has no --02-29; map 29 February first");
    }

    @Test
    void aYearOfOtherThan8760HoursIsNotATypicalYear() {
        assertThatThrownBy(() -> new TypicalYear(new Tmy3Lines().read().site(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a typical year has 8760 hours; got 0");
    }
}
