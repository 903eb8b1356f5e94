package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.model.HousePeriodSheet;
import org.cemc.result.FirstStage;
import org.cemc.result.Schedule;
import org.cemc.solve.SolverSettings;
import org.cemc.solve.TieBreak;

/**
 * Lagrangian decomposition of the scheduling MILP over K12, the P2P pool balance (paper eq. 21), the only
 * constraint that links every house. Priced instead of balanced, with one price per period, the model falls apart
 * into the groups of houses that guest EVs link ({@link HostingBlocks}, small MILPs) and single houses in single
 * periods ({@link HouseResponse}, exact in closed form). A guest EV that may park in several ECs would link them
 * all into one block; for such guests E1 is relaxed as well, with a multiplier each ({@link HostingRelaxation}),
 * so blocks stay within an EC. Then, one class per step:
 *
 * <ol>
 *   <li>{@link PoolPricing}: each period's price is set where the pool clears, P2P supply meeting demand;</li>
 *   <li>{@link Subproblems}: the hosting blocks are solved at those prices, and each relaxed guest is placed at a
 *       free charger and solved there ({@link RelaxedGuestPlacement}); a host whose guest EV discharges must
 *       export, which may move the clearing prices, so they are priced and solved once more;</li>
 *   <li>{@link LagrangianBound}: the subproblems' optima and the relaxed guests' multipliers add up to a bound no
 *       schedule exceeds;</li>
 *   <li>{@link Recovery}: each period is balanced with the houses' binaries fixed, trades re-cleared, and
 *       binaries improved while that earns more;</li>
 *   <li>{@link ScheduleAssembly}: the schedule and its profit, with the blocks' guest-EV plans.</li>
 * </ol>
 *
 * The gap between the schedule's profit and the bound is proven. It is small when many houses share the pool
 * (only the few houses at the clearing price's margin can be mis-rounded), which is when the direct MILP is slow;
 * on a handful of houses the direct MILP is both fast and exact. The time limit is wall-clock for the whole run:
 * one {@link Deadline} that every step reads. Recovery must give every period a plan, after the deadline if need
 * be, so the steps before it stop as long before the deadline as that takes (about the first pricing's time), and
 * recovery starts an optional step only while the time left covers it.
 *
 * <p>The two-stage program ({@link #twoStage}) decomposes the same way. Its scenarios differ only in their guest
 * EVs, and K12 of scenario s is priced at {@code p_s * lambda_t}, one price per period for all of them. A house
 * outside every block then faces the same price in every scenario, so its best response is the same in each and
 * deciding its first stage (v, r, DR) before the guests come costs it nothing; each scenario's blocks are solved
 * on their own, which relaxes the first stage of their houses as well. So the probability-weighted sum of the
 * scenarios' bounds at the common prices bounds the program. The schedule gives every house one plan for all
 * scenarios, recovered once with export mode wherever a guest discharges in any scenario, and each scenario its
 * own guest-EV plans: the first stage is shared and every scenario's pool balances, since guest EVs trade nothing
 * in the pool.
 */
public final class PoolDecomposition {
    /**
     * What the decomposition produced.
     *
     * @param scenarios each scenario's schedule and its profit by the decomposition's own accounting (the checker
     *     recomputes it), in the order of the fleets; one for a day's own guest EVs
     * @param objective the expected profit: each scenario's weighted by its probability
     * @param bound the Lagrangian bound: no feasible schedule earns more (in expectation)
     * @param poolPrices the pool price per period the bound was taken at
     * @param blockSizes the size of each hosting block's MILP (zero where it was not solved), over all scenarios
     * @param unhostedBlocks blocks whose MILP could not be solved by the deadline, their guests left unhosted
     * @param closedFormHousePeriods house-periods solved in closed form, added up over the scenarios
     * @param solverVerified every block's solution passed OR-Tools' own check
     * @param tieBreak the blocks' tie-breaks together: applied where every solved block's was, with their time
     *     added up (the closed-form steps pick among ties by rule, needing none)
     */
    public record Result(List<Scenario> scenarios, double objective, double bound, double[] poolPrices,
                         List<BlockSize> blockSizes, int unhostedBlocks, int closedFormHousePeriods,
                         boolean solverVerified, String solverVersion, TieBreak tieBreak) {

        public Result {
            scenarios = List.copyOf(scenarios);
        }
    }

    /** One scenario's schedule and its profit by the decomposition's own accounting. */
    public record Scenario(Schedule schedule, double objective) {
    }

    /** Size of one hosting block's MILP, and the time it took to build. */
    public record BlockSize(int variables, int constraints, long binaries, double buildSeconds) {
    }

    /** A scenario's case (the day with its guest EVs), probability and subproblems. */
    private record Part(CommunityCase community, double probability, Subproblems subproblems) {
    }

    /** One scenario's blocks and relaxed guests placed, solved at the pool prices. */
    private record Solved(List<HostingBlocks.Solution> blocks, List<HostingBlocks.Solution> placed) {
        List<HostingBlocks.Solution> all() {
            return Stream.concat(blocks.stream(), placed.stream()).toList();
        }
    }

    private final SolverSettings settings;
    private final HousePeriodSheet sheet;
    private final PoolHouses pool;
    private final List<Part> parts;
    private final Recovery recovery;
    /** The time limit counts from here: setting up the subproblems is inside it. */
    private final long start = System.nanoTime();

    public PoolDecomposition(CommunityCase community, SolverSettings settings) {
        this(community, settings, Optional.empty());
    }

    /**
     * The decomposition of the day with the first-stage decisions fixed to {@code firstStage}'s where given: the
     * restricted problem, every subproblem restricted alike through the sheet's bounds, so the bound is the
     * restricted problem's.
     */
    public PoolDecomposition(CommunityCase community, SolverSettings settings, Optional<FirstStage> firstStage) {
        this(community, List.of(community.guestEvs()), new double[] {1}, settings, firstStage);
    }

    private PoolDecomposition(CommunityCase base, List<List<GuestEv>> fleets, double[] probabilities,
                              SolverSettings settings, Optional<FirstStage> firstStage) {
        this.settings = settings;
        this.sheet = HousePeriodSheet.of(base, firstStage);
        this.pool = new PoolHouses(base, sheet);
        this.parts = new ArrayList<>();
        for (int s = 0; s < fleets.size(); s++) {
            CommunityCase scenario = base.withGuestEvs(fleets.get(s));
            parts.add(new Part(scenario, probabilities[s], new Subproblems(scenario, sheet)));
        }
        this.recovery = new Recovery(sheet, pool);
    }

    /**
     * The two-stage stochastic program over guest-EV scenarios: {@code fleets.get(s)} are scenario s's guest EVs,
     * with probability {@code probabilities[s]}; the first stage is shared and the objective is the expected profit.
     */
    public static PoolDecomposition twoStage(CommunityCase base, List<List<GuestEv>> fleets, double[] probabilities,
                                             SolverSettings settings) {
        return new PoolDecomposition(base, fleets, probabilities, settings, Optional.empty());
    }

    /** Units of work {@link #run} reports to its progress listener. */
    public int steps() {
        return 2 * subproblemCount() + 2 + sheet.periods();
    }

    /** The hosting blocks and relaxed guests of every scenario: each solved once, or twice with the second pricing. */
    private int subproblemCount() {
        return parts.stream().mapToInt(part -> part.subproblems().blockCount()
                + part.subproblems().relaxation().guests().size()).sum();
    }

    public Result run(IntConsumer listener) {
        Deadline deadline = new Deadline(start + (long) (settings.timeLimitSeconds() * 1e9));
        Progress progress = new Progress(listener);
        long pricingStart = System.nanoTime();
        double[] prices = PoolPricing.clearingPrices(sheet, pool, deadline);
        // Recovery makes every period's first plan after the blocks, even past the deadline: a bisection over every
        // house per period, about what this pricing took. The blocks' steps leave it that long.
        Deadline blocksDeadline = deadline.earlier(System.nanoTime() - pricingStart);
        progress.step();
        List<Solved> solved = solveAll(prices, blocksDeadline, progress);
        boolean solvedAgain = false;
        // Pricing again with the hosts' forced export modes is optional: skipped once the deadline has passed.
        if (pool.markDischargingHosts(every(solved)) && !blocksDeadline.passed()) {
            double[] again = PoolPricing.clearingPrices(sheet, pool, blocksDeadline);
            if (!blocksDeadline.passed() && PoolPricing.differ(again, prices)) {
                prices = again;
                solved = solveAll(prices, blocksDeadline, progress);
                pool.markDischargingHosts(every(solved));
                solvedAgain = true;
            }
        }
        if (!solvedAgain) {
            progress.skip(subproblemCount());
        }
        double bound = 0;
        for (int s = 0; s < parts.size(); s++) {
            Part part = parts.get(s);
            // The placed guests' blocks are part of the schedule, not of the bound: the multipliers stand for them.
            double[] multipliers = HostingRelaxation.multipliers(part.community(), sheet,
                    part.subproblems().relaxation().guests(), settings, blocksDeadline);
            bound += part.probability()
                    * LagrangianBound.at(prices, sheet, part.subproblems(), solved.get(s).blocks(), multipliers);
        }
        progress.step();
        Recovery.PeriodPlan[] plans = recovery.balance(prices, deadline, progress);
        List<Scenario> scenarios = new ArrayList<>();
        double objective = 0;
        for (int s = 0; s < parts.size(); s++) {
            ScheduleAssembly.Assembled assembled =
                    ScheduleAssembly.assemble(parts.get(s).community(), sheet, plans, solved.get(s).all());
            scenarios.add(new Scenario(assembled.schedule(), assembled.objective()));
            objective += parts.get(s).probability() * assembled.objective();
        }
        List<HostingBlocks.Solution> all = every(solved);
        boolean verified = all.stream().allMatch(HostingBlocks.Solution::solverVerified);
        String version = all.stream().map(HostingBlocks.Solution::solverVersion).filter(v -> !v.isEmpty())
                .findFirst().orElse("");
        int unhosted = (int) all.stream().filter(block -> !block.byMilp()).count();
        return new Result(scenarios, objective, bound, prices, all.stream().map(HostingBlocks.Solution::size).toList(),
                unhosted, parts.stream().mapToInt(part -> part.subproblems().closedFormHousePeriods()).sum(), verified,
                version, tieBreak(all));
    }

    /** Every scenario's blocks and then its relaxed guests placed, solved at {@code prices}. */
    private List<Solved> solveAll(double[] prices, Deadline deadline, Progress progress) {
        List<Solved> solved = new ArrayList<>();
        for (Part part : parts) {
            List<HostingBlocks.Solution> blocks = part.subproblems().solveBlocks(prices, settings, deadline, progress);
            solved.add(new Solved(blocks, RelaxedGuestPlacement.place(part.community(), part.subproblems(), blocks,
                    prices, settings, deadline, progress)));
        }
        return solved;
    }

    private static List<HostingBlocks.Solution> every(List<Solved> solved) {
        return solved.stream().flatMap(scenario -> scenario.all().stream()).toList();
    }

    private static TieBreak tieBreak(List<HostingBlocks.Solution> blocks) {
        List<TieBreak> solved = blocks.stream().map(HostingBlocks.Solution::tieBreak)
                .filter(tie -> tie.status() != TieBreak.Status.NOT_RUN).toList();
        if (solved.isEmpty()) {
            return TieBreak.NOT_RUN;
        }
        boolean all = solved.stream().allMatch(tie -> tie.status() == TieBreak.Status.APPLIED);
        return new TieBreak(all ? TieBreak.Status.APPLIED : TieBreak.Status.UNFINISHED,
                solved.stream().mapToDouble(TieBreak::seconds).sum());
    }
}
