package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class BdewSeasonTest {

    @Test
    void eachSeasonStartsAndEndsOnBdewsDates() {
        assertThat(BdewSeason.of(MonthDay.of(1, 1))).isEqualTo(BdewSeason.WINTER);
        assertThat(BdewSeason.of(MonthDay.of(2, 29))).isEqualTo(BdewSeason.WINTER);
        assertThat(BdewSeason.of(MonthDay.of(3, 20))).isEqualTo(BdewSeason.WINTER);
        assertThat(BdewSeason.of(MonthDay.of(3, 21))).isEqualTo(BdewSeason.TRANSITION);
        assertThat(BdewSeason.of(MonthDay.of(5, 14))).isEqualTo(BdewSeason.TRANSITION);
        assertThat(BdewSeason.of(MonthDay.of(5, 15))).isEqualTo(BdewSeason.SUMMER);
        assertThat(BdewSeason.of(MonthDay.of(9, 14))).isEqualTo(BdewSeason.SUMMER);
        assertThat(BdewSeason.of(MonthDay.of(9, 15))).isEqualTo(BdewSeason.TRANSITION);
        assertThat(BdewSeason.of(MonthDay.of(10, 31))).isEqualTo(BdewSeason.TRANSITION);
        assertThat(BdewSeason.of(MonthDay.of(11, 1))).isEqualTo(BdewSeason.WINTER);
        assertThat(BdewSeason.of(MonthDay.of(12, 31))).isEqualTo(BdewSeason.WINTER);
    }
}
