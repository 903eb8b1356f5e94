package org.cemc.study.year;

/**
 * The weather station of a TMY3 file (its first line).
 *
 * @param stationId the USAF station number, e.g. "723170"
 * @param name the station's name, e.g. "GREENSBORO PIEDMONT TRIAD INT"
 * @param state the US state, e.g. "NC"
 * @param utcOffsetHours the offset of the file's local standard time from UTC, in hours (−5 for US Eastern); the file
 *                       never switches to daylight saving time
 * @param latitude degrees north, in [−90, 90]
 * @param longitude degrees east, in [−180, 180] (west is negative)
 * @param elevationMetres metres above sea level
 */
public record Tmy3Site(String stationId, String name, String state, double utcOffsetHours, double latitude,
                       double longitude, double elevationMetres) {
}
