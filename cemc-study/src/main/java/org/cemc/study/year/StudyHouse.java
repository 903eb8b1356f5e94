package org.cemc.study.year;

/**
 * A house of a study, as the real year needs it.
 *
 * @param id the house's id in the case (docs/case-format.md, "Ids"; the case reader checks it)
 * @param community the id of its energy community
 * @param pvKwp its PV array's DC rating, kWp, {@code >= 0} (0: no PV)
 * @param annualKwh its household electricity use in a year, kWh, {@code >= 0}
 */
public record StudyHouse(String id, String community, double pvKwp, double annualKwh) {
    /** Beyond any house: 100 kW is the hard cap of a house's energies per hour (docs/case-format.md). */
    private static final double MAX_KWP = 100;
    /** 100 kW around the clock for a year; a house's use is a few thousand kWh. */
    private static final double MAX_ANNUAL_KWH = 876_000;

    public StudyHouse {
        if (id == null || id.isBlank() || community == null || community.isBlank()) {
            throw new IllegalArgumentException("a study house needs an id and a community; got id " + id
                    + ", community " + community);
        }
        if (!(pvKwp >= 0 && pvKwp <= MAX_KWP)) {
            throw new IllegalArgumentException("house \"" + id + "\": PV of " + pvKwp + " kWp is out of range; it "
                    + "must be from 0 to " + (int) MAX_KWP + " kWp.");
        }
        if (!(annualKwh >= 0 && annualKwh <= MAX_ANNUAL_KWH)) {
            throw new IllegalArgumentException("house \"" + id + "\": an annual use of " + annualKwh + " kWh is out "
                    + "of range; it must be from 0 to " + (long) MAX_ANNUAL_KWH + " kWh (a household uses a few "
                    + "thousand).");
        }
    }
}
