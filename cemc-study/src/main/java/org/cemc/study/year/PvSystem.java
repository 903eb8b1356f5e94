package org.cemc.study.year;

/**
 * A fixed rooftop PV array of 1 kWp (DC, at standard test conditions) and the parameters that turn weather into
 * its AC energy. {@link #standard()} gives the study's defaults and docs/studies.md their sources.
 *
 * @param tiltDegrees angle of the modules from horizontal, 0 to 90
 * @param azimuthDegrees compass direction the modules face, clockwise from north: 180 south, 90 east, 270 west
 * @param albedo share of global horizontal irradiance the ground reflects, in [0, 1]
 * @param temperatureCoefficient relative change of DC power per °C of cell temperature above 25 °C (−0.0047 for
 *                               −0.47 %/°C), {@code <= 0}
 * @param moduleTemperature the Sandia model's coefficients for the module's temperature
 * @param incidenceAngleModifierB0 the ASHRAE coefficient of reflection losses of the beam on the module's glass,
 *                                 in [0, 1)
 * @param systemLosses share of DC energy lost to soiling, shading, snow, mismatch, wiring, connections,
 *                     light-induced degradation, nameplate rating, age and availability, in [0, 1)
 * @param inverterEfficiency AC out per DC in, in (0, 1]
 * @param dcAcRatio the array's DC kWp per kW of inverter AC rating, {@code >= 1}; AC power is clipped at 1/dcAcRatio
 */
public record PvSystem(double tiltDegrees, double azimuthDegrees, double albedo, double temperatureCoefficient,
                       ModuleTemperature moduleTemperature, double incidenceAngleModifierB0, double systemLosses,
                       double inverterEfficiency, double dcAcRatio) {

    public PvSystem {
        require(tiltDegrees >= 0 && tiltDegrees <= 90, "tilt", tiltDegrees, "from 0 to 90 degrees");
        require(azimuthDegrees >= 0 && azimuthDegrees < 360, "azimuth", azimuthDegrees,
                "from 0 (north) to below 360 degrees, clockwise (180: south)");
        require(albedo >= 0 && albedo <= 1, "albedo", albedo, "from 0 to 1");
        require(temperatureCoefficient <= 0 && temperatureCoefficient > -0.02, "temperature coefficient",
                temperatureCoefficient, "from -0.02 to 0 per °C (-0.0047 for -0.47 %/°C)");
        require(incidenceAngleModifierB0 >= 0 && incidenceAngleModifierB0 < 1, "incidence angle modifier b0",
                incidenceAngleModifierB0, "from 0 to below 1");
        require(systemLosses >= 0 && systemLosses < 1, "system losses", systemLosses, "from 0 to below 1");
        require(inverterEfficiency > 0 && inverterEfficiency <= 1, "inverter efficiency", inverterEfficiency,
                "above 0 and at most 1");
        require(dcAcRatio >= 1 && dcAcRatio < 10, "DC/AC ratio", dcAcRatio, "from 1 to below 10");
    }

    /**
     * The study's array: tilted 25° facing due south, on an open rack, with PVWatts version 5's defaults for the
     * rest (A. P. Dobos, "PVWatts Version 5 Manual", NREL/TP-6A20-62641, 2014): albedo 0.2, −0.47 %/°C (its
     * standard module), 14 % system losses, 96 % nominal inverter efficiency and a DC/AC ratio of 1.2.
     */
    public static PvSystem standard() {
        return new PvSystem(25, 180, 0.2, -0.0047, ModuleTemperature.OPEN_RACK_GLASS_POLYMER, 0.05, 0.14, 0.96, 1.2);
    }

    /** The same array tilted and turned otherwise. */
    public PvSystem facing(double newTiltDegrees, double newAzimuthDegrees) {
        return new PvSystem(newTiltDegrees, newAzimuthDegrees, albedo, temperatureCoefficient, moduleTemperature,
                incidenceAngleModifierB0, systemLosses, inverterEfficiency, dcAcRatio);
    }

    private static void require(boolean valid, String what, double value, String rule) {
        if (!valid) {
            throw new IllegalArgumentException("PV system: the " + what + " " + value + " is out of range; it must "
                    + "be " + rule + ".");
        }
    }

    /**
     * The Sandia Array Performance Model's module and cell temperature (D. L. King, W. E. Boyson, J. A. Kratochvil,
     * "Photovoltaic Array Performance Model", SAND2004-3535, 2004, eqs. 11-12 and table 2):
     * {@code T_module = E·exp(a + b·WS) + T_air} and {@code T_cell = T_module + E/1000·ΔT}, with E the
     * plane-of-array irradiance (W/m²) and WS the wind speed (m/s).
     *
     * @param a the exponent's constant, {@code < 0}
     * @param b the exponent's change per m/s of wind, {@code <= 0}
     * @param deltaCelsius the cell's excess over the module's back at 1,000 W/m², °C
     */
    public record ModuleTemperature(double a, double b, double deltaCelsius) {
        /** Glass front, polymer back sheet, open rack: table 2 of SAND2004-3535. */
        public static final ModuleTemperature OPEN_RACK_GLASS_POLYMER = new ModuleTemperature(-3.56, -0.075, 3);
        /** Glass front, polymer back sheet, insulated back (the tightest roof mount): table 2 of SAND2004-3535. */
        public static final ModuleTemperature INSULATED_BACK_GLASS_POLYMER = new ModuleTemperature(-2.81, -0.0455, 0);

        /** Cell temperature, °C, at {@code irradiance} W/m² on the plane, air at {@code airCelsius} and wind. */
        public double cellCelsius(double irradiance, double airCelsius, double windSpeed) {
            double module = irradiance * Math.exp(a + b * windSpeed) + airCelsius;
            return module + irradiance / 1000 * deltaCelsius;
        }
    }
}
