package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PvSystemTest {

    @Test
    void theStandardArrayHasPvWattsDefaultsTiltedTwentyFiveDegreesSouth() {
        PvSystem standard = PvSystem.standard();

        assertThat(standard.tiltDegrees()).isEqualTo(25);
        assertThat(standard.azimuthDegrees()).isEqualTo(180);
        assertThat(standard.systemLosses()).isEqualTo(0.14);
        assertThat(standard.temperatureCoefficient()).isEqualTo(-0.0047);
        assertThat(standard.inverterEfficiency()).isEqualTo(0.96);
        assertThat(standard.dcAcRatio()).isEqualTo(1.2);
        assertThat(standard.facing(10, 270).tiltDegrees()).isEqualTo(10);
        assertThat(standard.facing(10, 270).systemLosses()).isEqualTo(0.14);
    }

    @Test
    void theModuleRunsHotterInSunAndStillAir() {
        // Open rack, 1,000 W/m², air 25 °C, calm: 1,000 * exp(-3.56) + 25 + 3 = 1,000 * 0.0284388 + 28 = 56.4388 °C.
        // With 5 m/s of wind: 1,000 * exp(-3.56 - 0.375) + 28 = 1,000 * 0.0195457 + 28 = 47.5457 °C.
        PvSystem.ModuleTemperature rack = PvSystem.ModuleTemperature.OPEN_RACK_GLASS_POLYMER;

        assertThat(rack.cellCelsius(1000, 25, 0)).isCloseTo(56.4388, within(1e-4));
        assertThat(rack.cellCelsius(1000, 25, 5)).isCloseTo(47.5457, within(1e-4));
        assertThat(rack.cellCelsius(0, 25, 0)).isEqualTo(25);
    }

    @Test
    void aTiltBeyondVerticalIsRefused() {
        assertThatThrownBy(() -> PvSystem.standard().facing(95, 180)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PV system: the tilt 95.0 is out of range; it must be from 0 to 90 degrees.");
    }

    @Test
    void aPositiveTemperatureCoefficientIsRefused() {
        assertThatThrownBy(() -> new PvSystem(25, 180, 0.2, 0.0047, PvSystem.ModuleTemperature.OPEN_RACK_GLASS_POLYMER,
                0.05, 0.14, 0.96, 1.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("PV system: the temperature coefficient 0.0047 is out of range;");
    }
}
