package org.cemc.study.year;

import java.time.DayOfWeek;

/**
 * The BDEW/VDEW household standard load profile H0 of 1999: 21 typical days (3 seasons × 7 days of the week) of 96
 * quarter hours each, in kW mean power per 1,000 kWh of annual consumption, before dynamisation. Monday to Friday are
 * the same day in the published profile; the file gives them separately and so does this type. Built by
 * {@link H0ProfileReader}, which checks that every quarter hour of every typical day is given once.
 */
public final class H0Profile {
    public static final int QUARTERS_PER_DAY = 96;

    /** [season][day of week − 1][quarter hour], kW per 1,000 kWh/a. */
    private final double[][][] kwPerThousandKwh;

    H0Profile(double[][][] kwPerThousandKwh) {
        double[][][] copy = new double[BdewSeason.values().length][DayOfWeek.values().length][];
        for (int s = 0; s < copy.length; s++) {
            for (int d = 0; d < copy[s].length; d++) {
                copy[s][d] = kwPerThousandKwh[s][d].clone();
            }
        }
        this.kwPerThousandKwh = copy;
    }

    /**
     * Mean power in the quarter hour {@code quarter} (0 for 00:00–00:15, local clock time) of the typical day, in kW
     * per 1,000 kWh of annual consumption.
     */
    public double kwPerThousandKwh(BdewSeason season, DayOfWeek day, int quarter) {
        return kwPerThousandKwh[season.ordinal()][day.getValue() - 1][quarter];
    }
}
