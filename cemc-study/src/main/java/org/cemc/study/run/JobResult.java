package org.cemc.study.run;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one job of a study produced: the day under its variant scheduled as {@code cemc solve} would, and each
 * house's money that day next to what it would have had standing alone. A job without a checked schedule (none
 * found within the time limit) is a result too, with its status and no houses.
 *
 * @param date the day, ISO {@code 2025-03-09}
 * @param variant the variant's name
 * @param status the solve's status ({@code OPTIMAL}, {@code FEASIBLE}, ...); {@code NO_SCHEDULE} where no
 *     schedule passed the checker
 * @param objective the community's profit (the paper's objective) by the checked schedule; NaN without one
 * @param provenGap the solver's proven relative gap; NaN where unknown
 * @param terms the profit table's terms (i)-(viii) by their keys ({@code grid}, {@code p2p}, ...)
 * @param solveSeconds the scheduling run's solve time
 * @param periods the day's periods (23, 24 or 25 hours on a clock with daylight saving)
 * @param houses each house's day, in the case's order
 */
public record JobResult(String date, String variant, String status, double objective, double provenGap,
                        Map<String, Double> terms, double solveSeconds, int periods, List<HouseDay> houses)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String NO_SCHEDULE = "NO_SCHEDULE";

    public JobResult {
        terms = Map.copyOf(terms);
        houses = List.copyOf(houses);
    }

    /** The job's key, as {@link org.cemc.study.plan.StudyJob#id()}. */
    public String jobId() {
        return date + "/" + variant;
    }

    /**
     * One house's day: its net money in the community (every cash flow, docs/settlement.md) and its social-welfare
     * value, its net money standing alone with the grid (no P2P, no guest EVs, its own DR contract: cemc compare's
     * "standing alone"), and each flow of its day by the flow's key.
     */
    public record HouseDay(String house, String community, double net, double socialWelfare, double standaloneNet,
                           Map<String, Double> flows) implements Serializable {
        private static final long serialVersionUID = 1L;

        public HouseDay {
            flows = Map.copyOf(flows);
        }

        /** What the community earns the house in money that day over standing alone. */
        public double gain() {
            return net - standaloneNet;
        }
    }
}
