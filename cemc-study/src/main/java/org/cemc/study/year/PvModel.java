package org.cemc.study.year;

/**
 * Turns a typical year's weather into the AC energy of 1 kWp of PV, hour by hour (docs/studies.md, "A real year:
 * what is real and what is modelled"):
 * <ol>
 *   <li>the sun's position at the middle of each hour, in the file's standard time ({@link SolarPosition});</li>
 *   <li>the irradiance on the tilted plane, beam plus Hay–Davies sky diffuse plus ground reflection
 *       ({@link #planeOfArray});</li>
 *   <li>the beam's reflection losses on the glass (ASHRAE incidence angle modifier);</li>
 *   <li>the cell temperature (Sandia model) and the DC power with its temperature coefficient, PVWatts's
 *       {@code P = E/1000 · (1 + γ(T_cell − 25))} per kWp;</li>
 *   <li>system losses, inverter efficiency and clipping at the inverter's rating.</li>
 * </ol>
 * Each TMY3 value is the energy of its hour, so the power at the hour's middle times one hour is the hour's energy.
 */
public final class PvModel {
    /**
     * Below 5° of elevation the beam's projection factor (cos of incidence over cos of zenith) grows without
     * bound while the measured beam is least certain; the Hay–Davies circumsolar part is capped there.
     */
    private static final double MIN_COS_ZENITH = Math.cos(Math.toRadians(85));

    private final Tmy3Site site;
    private final PvSystem system;

    public PvModel(Tmy3Site site, PvSystem system) {
        this.site = site;
        this.system = system;
    }

    /** kWh per kWp for each hour of the typical year, in its order (index 0: 1 January 00:00–01:00). */
    public double[] yearKwhPerKwp(TypicalYear year) {
        double[] energy = new double[TypicalYear.HOURS];
        for (int i = 0; i < energy.length; i++) {
            energy[i] = kwhPerKwp(year.hour(i));
        }
        return energy;
    }

    /** AC kWh of 1 kWp in the hour of {@code hour}; 0 when no light falls. */
    public double kwhPerKwp(Tmy3Hour hour) {
        if (hour.globalHorizontal() <= 0) {
            return 0;
        }
        int dayOfYear = TypicalYear.dayOfYear(hour.date());
        SolarPosition sun = SolarPosition.at(site.latitude(), site.longitude(), site.utcOffsetHours(), dayOfYear,
                hour.midHour());
        PlaneOfArray plane = planeOfArray(sun, hour.globalHorizontal(), hour.directNormal(),
                hour.diffuseHorizontal(), SolarPosition.extraterrestrialNormal(dayOfYear));
        double transmitted = plane.beam() * incidenceAngleModifier(plane.cosIncidence()) + plane.skyDiffuse()
                + plane.groundReflected();
        double cell = system.moduleTemperature().cellCelsius(plane.total(), hour.dryBulbCelsius(), hour.windSpeed());
        double dcKw = Math.max(0, transmitted / 1000 * (1 + system.temperatureCoefficient() * (cell - 25)));
        double acKw = dcKw * (1 - system.systemLosses()) * system.inverterEfficiency();
        return Math.min(acKw, 1 / system.dcAcRatio());
    }

    /**
     * Irradiance on the array's plane, W/m², from the horizontal components: the beam projected onto the plane,
     * the sky's diffuse light after Hay and Davies (1980), in which the share {@code A = DNI/ETRN} of the diffuse
     * light comes from the sun's direction and the rest evenly from the sky dome the plane sees, and the ground's
     * reflection of GHI, seen by the plane in the share {@code (1 − cos tilt)/2}. With the sun below the horizon at
     * the hour's middle (the hours of sunrise and sunset), all diffuse light is taken as isotropic and the beam as 0.
     */
    public PlaneOfArray planeOfArray(SolarPosition sun, double globalHorizontal, double directNormal,
                                     double diffuseHorizontal, double extraterrestrialNormal) {
        double tilt = Math.toRadians(system.tiltDegrees());
        double cosIncidence = Math.cos(Math.toRadians(sun.zenithDegrees())) * Math.cos(tilt)
                + Math.sin(Math.toRadians(sun.zenithDegrees())) * Math.sin(tilt)
                * Math.cos(Math.toRadians(sun.azimuthDegrees() - system.azimuthDegrees()));
        boolean sunUp = sun.cosZenith() > 0;
        double facing = sunUp ? Math.max(0, cosIncidence) : 0;
        double beam = directNormal * facing;
        double anisotropy = sunUp && extraterrestrialNormal > 0
                ? Math.min(1, directNormal / extraterrestrialNormal) : 0;
        double projection = facing / Math.max(sun.cosZenith(), MIN_COS_ZENITH);
        double skyViewed = (1 + Math.cos(tilt)) / 2;
        double skyDiffuse = diffuseHorizontal * (anisotropy * projection + (1 - anisotropy) * skyViewed);
        double groundReflected = globalHorizontal * system.albedo() * (1 - Math.cos(tilt)) / 2;
        return new PlaneOfArray(beam, skyDiffuse, groundReflected, cosIncidence);
    }

    /**
     * Share of the beam that passes the module's glass (ASHRAE; Souka and Safwat 1966):
     * {@code 1 − b0·(1/cos θ − 1)}, 0 beyond the angle where that turns negative or when the sun is behind the plane.
     */
    double incidenceAngleModifier(double cosIncidence) {
        if (cosIncidence <= 0) {
            return 0;
        }
        return Math.max(0, 1 - system.incidenceAngleModifierB0() * (1 / cosIncidence - 1));
    }

    /**
     * Irradiance on the plane of the array, W/m², in its three parts.
     *
     * @param cosIncidence cosine of the angle between the sun and the plane's normal (negative: sun behind it)
     */
    public record PlaneOfArray(double beam, double skyDiffuse, double groundReflected, double cosIncidence) {
        public double total() {
            return beam + skyDiffuse + groundReflected;
        }
    }
}
