package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StudyHouseTest {

    @Test
    void aHouseWithoutPvIsAHouse() {
        assertThat(new StudyHouse("ec1-h1", "ec1", 0, 3500).pvKwp()).isZero();
    }

    @Test
    void aNegativeArrayIsRefusedByName() {
        assertThatThrownBy(() -> new StudyHouse("ec1-h1", "ec1", -2, 3500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("house \"ec1-h1\": PV of -2.0 kWp is out of range; it must be from 0 to 100 kWp.");
    }

    @Test
    void anAnnualUseThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> new StudyHouse("ec1-h1", "ec1", 4, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("house \"ec1-h1\": an annual use of NaN kWh is out of range;");
    }

    @Test
    void aHouseNeedsACommunity() {
        assertThatThrownBy(() -> new StudyHouse("ec1-h1", " ", 4, 3500)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an id and a community");
    }
}
