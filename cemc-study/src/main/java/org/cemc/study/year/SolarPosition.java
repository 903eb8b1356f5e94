package org.cemc.study.year;

/**
 * Where the sun stands, seen from a place on the ground, after NOAA's "General Solar Position Calculations" (NOAA
 * Global Monitoring Laboratory), which take the declination and the equation of time from Spencer's Fourier series
 * (J. W. Spencer, "Fourier series representation of the position of the sun", Search 2(5), 1971). Checked against
 * numbers found independently (SolarPositionTest): the June solstice's noon sun within 0.02° of the almanac's, and
 * the extraterrestrial irradiance it implies within 0.14 % of the TMY3 file's ETR column over a year.
 *
 * @param zenithDegrees angle between the sun and the vertical: 0 overhead, 90 on the horizon, above 90 below it
 * @param azimuthDegrees compass direction of the sun, clockwise from north: 90 east, 180 south, 270 west
 */
public record SolarPosition(double zenithDegrees, double azimuthDegrees) {
    /** W/m², the solar constant of the TMY3 manual's extraterrestrial columns (NREL/TP-581-43156). */
    public static final double SOLAR_CONSTANT = 1367;

    /** Spencer's series take the year as 365 days; the typical year has 365. */
    private static final double DAYS_PER_YEAR = 365;

    /**
     * The sun's position at a clock time of local standard time.
     *
     * @param latitude degrees north
     * @param longitude degrees east (west negative)
     * @param utcOffsetHours the standard time's offset from UTC (−5 for US Eastern)
     * @param dayOfYear 1 for 1 January
     * @param clockHour hours after midnight in local standard time, e.g. 12.5 for 12:30
     */
    public static SolarPosition at(double latitude, double longitude, double utcOffsetHours, int dayOfYear,
                                   double clockHour) {
        double gamma = fractionalYear(dayOfYear, clockHour);
        double declination = declination(gamma);
        // True solar time: the clock corrected by the equation of time and by the distance, 4 minutes a degree,
        // between the place and its time zone's meridian (15° an hour).
        double timeOffsetMinutes = equationOfTimeMinutes(gamma) + 4 * longitude - 60 * utcOffsetHours;
        double trueSolarMinutes = clockHour * 60 + timeOffsetMinutes;
        double hourAngle = Math.toRadians(trueSolarMinutes / 4 - 180);
        double phi = Math.toRadians(latitude);
        double cosZenith = Math.sin(phi) * Math.sin(declination)
                + Math.cos(phi) * Math.cos(declination) * Math.cos(hourAngle);
        double zenith = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosZenith))));
        // Measured from south towards west, then turned to the compass's north-based, clockwise convention.
        double fromSouth = Math.atan2(Math.sin(hourAngle),
                Math.cos(hourAngle) * Math.sin(phi) - Math.tan(declination) * Math.cos(phi));
        double azimuth = (Math.toDegrees(fromSouth) + 180) % 360;
        return new SolarPosition(zenith, azimuth);
    }

    /**
     * Irradiance on a plane facing the sun at the top of the atmosphere, W/m²: the solar constant times Spencer's
     * (1971) series for the square of the ratio of the mean to the actual Earth–Sun distance.
     */
    public static double extraterrestrialNormal(int dayOfYear) {
        double day = 2 * Math.PI * (dayOfYear - 1) / DAYS_PER_YEAR;
        return SOLAR_CONSTANT * (1.000110 + 0.034221 * Math.cos(day) + 0.001280 * Math.sin(day)
                + 0.000719 * Math.cos(2 * day) + 0.000077 * Math.sin(2 * day));
    }

    /** Cosine of the zenith angle; {@code <= 0} when the sun is on or below the horizon. */
    public double cosZenith() {
        return Math.cos(Math.toRadians(zenithDegrees));
    }

    /** The year's angle in radians (NOAA's γ): 0 at midnight starting 1 January, about 2π a year later. */
    static double fractionalYear(int dayOfYear, double clockHour) {
        return 2 * Math.PI / DAYS_PER_YEAR * (dayOfYear - 1 + (clockHour - 12) / 24);
    }

    /** Radians; Spencer's series. */
    static double declination(double gamma) {
        return 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma)
                - 0.006758 * Math.cos(2 * gamma) + 0.000907 * Math.sin(2 * gamma)
                - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
    }

    /** Minutes by which the sundial runs ahead of mean solar time; Spencer's series. */
    static double equationOfTimeMinutes(double gamma) {
        return 229.18 * (0.000075 + 0.001868 * Math.cos(gamma) - 0.032077 * Math.sin(gamma)
                - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));
    }
}
