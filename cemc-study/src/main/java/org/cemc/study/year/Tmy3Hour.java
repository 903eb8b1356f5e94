package org.cemc.study.year;

import java.time.MonthDay;

/**
 * One hourly row of a TMY3 file. The row is stamped with the end of its hour in local standard time: hour ending 1
 * is 00:00–01:00, hour ending 24 is 23:00–24:00. Irradiances are the energy received during that hour in Wh/m²,
 * which equals the hour's mean irradiance in W/m²; all are {@code >= 0}.
 *
 * @param sourceYear the real year this month was taken from (each month of a typical year comes from another year)
 * @param date month and day
 * @param hourEnding 1 to 24
 * @param extraterrestrialHorizontal ETR: irradiation on a horizontal plane at the top of the atmosphere, Wh/m²
 * @param extraterrestrialNormal ETRN: the same on a plane facing the sun, Wh/m²
 * @param globalHorizontal GHI, Wh/m²
 * @param directNormal DNI, Wh/m²
 * @param diffuseHorizontal DHI, Wh/m²
 * @param dryBulbCelsius air temperature at the time stamp, °C
 * @param windSpeed wind speed at the time stamp, m/s, {@code >= 0}
 */
public record Tmy3Hour(int sourceYear, MonthDay date, int hourEnding, double extraterrestrialHorizontal,
                       double extraterrestrialNormal, double globalHorizontal, double directNormal,
                       double diffuseHorizontal, double dryBulbCelsius, double windSpeed) {

    /** The hour's middle in local standard time, as hours after the day's midnight (0.5 for hour ending 1). */
    public double midHour() {
        return hourEnding - 0.5;
    }
}
