package org.cemc.check;

/**
 * One broken rule of a schedule.
 *
 * @param rule the constraint's number in design model.md (K1..K12, E1..E6) or the name of the rule
 * @param where the house, EV or "community" it concerns
 * @param period the period, or -1 when the rule is not per period
 * @param detail the amounts on each side
 */
public record Violation(String rule, String where, int period, String detail) {

    @Override
    public String toString() {
        return rule + " at " + where + (period >= 0 ? " in period " + period : "") + ": " + detail;
    }
}
