package org.cemc.study.year;

import java.time.MonthDay;

/**
 * The three seasons of the BDEW standard load profiles, by calendar date, as BDEW defines them and demandlib
 * applies them: winter 1 November to 20 March, transition 21 March to 14 May and 15 September to 31 October, summer
 * 15 May to 14 September.
 */
public enum BdewSeason {
    WINTER("winter"), TRANSITION("transition"), SUMMER("summer");

    private static final MonthDay TRANSITION_STARTS = MonthDay.of(3, 21);
    private static final MonthDay SUMMER_STARTS = MonthDay.of(5, 15);
    private static final MonthDay AUTUMN_TRANSITION_STARTS = MonthDay.of(9, 15);
    private static final MonthDay WINTER_STARTS = MonthDay.of(11, 1);

    private final String label;

    BdewSeason(String label) {
        this.label = label;
    }

    /** The name in the profile file's {@code period} column. */
    public String label() {
        return label;
    }

    public static BdewSeason of(MonthDay date) {
        if (date.isBefore(TRANSITION_STARTS) || !date.isBefore(WINTER_STARTS)) {
            return WINTER;
        }
        if (date.isBefore(SUMMER_STARTS) || !date.isBefore(AUTUMN_TRANSITION_STARTS)) {
            return TRANSITION;
        }
        return SUMMER;
    }
}
