package org.cemc.schedule;

import org.cemc.community.CommunityCase;

/** How a deterministic day is solved: the whole MILP at once, or decomposed over the P2P pool balance (K12). */
public enum SolveMethod {
    /** The direct MILP below {@link #DECOMPOSE_FROM_HOUSE_PERIODS} house-periods, the decomposition from there on. */
    AUTO("auto"),
    /** The whole model of model.md handed to the solver: exact, and the reference on small cases. */
    DIRECT("direct"),
    /** Lagrangian decomposition of K12 (org.cemc.decomposition): a schedule and a proven bound in seconds. */
    DECOMPOSITION("decomposition");

    /**
     * Size, in houses times periods, from which AUTO decomposes: 200 houses of a day of hours. Measured with CBC
     * (docs/performance.md): at 180 houses the direct MILP proves the optimum in about 4 s, the decomposition in
     * 1 s; at 360 houses 19 s against 3 s, and from there the direct MILP falls behind fast. A long horizon counts
     * as much as many houses: 3 houses over a year of quarter hours (105,120 house-periods, a MILP of 1.3 million
     * variables) find no schedule in 15 s directly and are decomposed in 2 s. Below, the direct MILP costs seconds
     * and is exact, where the decomposition can leave a small gap (the built-in case: 0.12 %).
     */
    public static final int DECOMPOSE_FROM_HOUSE_PERIODS = 200 * 24;

    private final String cliName;

    SolveMethod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** DIRECT or DECOMPOSITION for this case (an LP relaxation is always direct). */
    public SolveMethod resolve(CommunityCase community, boolean relaxIntegers) {
        if (relaxIntegers) {
            return DIRECT;
        }
        if (this != AUTO) {
            return this;
        }
        return (long) community.houses().size() * community.periods() >= DECOMPOSE_FROM_HOUSE_PERIODS
                ? DECOMPOSITION : DIRECT;
    }
}
