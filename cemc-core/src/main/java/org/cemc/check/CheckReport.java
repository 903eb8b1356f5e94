package org.cemc.check;

import java.util.List;
import java.util.stream.Collectors;

/** The checker's verdict: the violations found (none when the schedule passes) and how many rules it tested. */
public record CheckReport(List<Violation> violations, int rulesChecked) {

    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** "passed" or the first {@code max} violations, one per line. */
    public String describe(int max) {
        if (passed()) {
            return "passed (" + rulesChecked + " checks)";
        }
        String first = violations.stream().limit(max).map(v -> "  " + v).collect(Collectors.joining("\n"));
        int more = violations.size() - max;
        return violations.size() + " violation(s):\n" + first + (more > 0 ? "\n  ... and " + more + " more" : "");
    }
}
