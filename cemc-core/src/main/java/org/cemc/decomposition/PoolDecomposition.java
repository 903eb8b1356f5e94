package org.cemc.decomposition;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
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
 */
public final class PoolDecomposition {
    /**
     * What the decomposition produced.
     *
     * @param schedule the recovered schedule
     * @param objective the schedule's profit by the decomposition's own accounting (the checker recomputes it)
     * @param bound the Lagrangian bound: no feasible schedule earns more
     * @param poolPrices the pool price per period the bound was taken at
     * @param blockSizes the size of each hosting block's MILP (zero where it was not solved)
     * @param unhostedBlocks blocks whose MILP could not be solved by the deadline, their guests left unhosted
     * @param closedFormHousePeriods house-periods solved in closed form
     * @param solverVerified every block's solution passed OR-Tools' own check
     * @param tieBreak the blocks' tie-breaks together: applied where every solved block's was, with their time
     *     added up (the closed-form steps pick among ties by rule, needing none)
     */
    public record Result(Schedule schedule, double objective, double bound, double[] poolPrices,
                         List<BlockSize> blockSizes, int unhostedBlocks, int closedFormHousePeriods,
                         boolean solverVerified, String solverVersion, TieBreak tieBreak) {
    }

    /** Size of one hosting block's MILP, and the time it took to build. */
    public record BlockSize(int variables, int constraints, long binaries, double buildSeconds) {
    }

    private final CommunityCase community;
    private final SolverSettings settings;
    private final HousePeriodSheet sheet;
    private final Subproblems subproblems;
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
        this.community = community;
        this.settings = settings;
        this.sheet = HousePeriodSheet.of(community, firstStage);
        this.subproblems = new Subproblems(community, sheet);
        this.recovery = new Recovery(sheet, subproblems);
    }

    /** Units of work {@link #run} reports to its progress listener. */
    public int steps() {
        return 2 * (subproblems.blockCount() + subproblems.relaxation().guests().size()) + 2 + sheet.periods();
    }

    public Result run(IntConsumer listener) {
        Deadline deadline = new Deadline(start + (long) (settings.timeLimitSeconds() * 1e9));
        Progress progress = new Progress(listener);
        long pricingStart = System.nanoTime();
        double[] prices = PoolPricing.clearingPrices(sheet, subproblems, deadline);
        // Recovery makes every period's first plan after the blocks, even past the deadline: a bisection over every
        // house per period, about what this pricing took. The blocks' steps leave it that long.
        Deadline blocksDeadline = deadline.earlier(System.nanoTime() - pricingStart);
        progress.step();
        List<HostingBlocks.Solution> blocks = subproblems.solveBlocks(prices, settings, blocksDeadline, progress);
        List<HostingBlocks.Solution> placed =
                RelaxedGuestPlacement.place(community, subproblems, blocks, prices, settings, blocksDeadline, progress);
        boolean solvedAgain = false;
        // Pricing again with the hosts' forced export modes is optional: skipped once the deadline has passed.
        if (subproblems.markDischargingHosts(concat(blocks, placed)) && !blocksDeadline.passed()) {
            double[] again = PoolPricing.clearingPrices(sheet, subproblems, blocksDeadline);
            if (!blocksDeadline.passed() && PoolPricing.differ(again, prices)) {
                prices = again;
                blocks = subproblems.solveBlocks(prices, settings, blocksDeadline, progress);
                placed = RelaxedGuestPlacement.place(community, subproblems, blocks, prices, settings, blocksDeadline,
                        progress);
                subproblems.markDischargingHosts(concat(blocks, placed));
                solvedAgain = true;
            }
        }
        if (!solvedAgain) {
            progress.skip(subproblems.blockCount() + subproblems.relaxation().guests().size());
        }
        // The placed guests' blocks are part of the schedule, not of the bound: the multipliers stand for them.
        double[] multipliers = HostingRelaxation.multipliers(community, sheet, subproblems.relaxation().guests(),
                settings, blocksDeadline);
        double bound = LagrangianBound.at(prices, sheet, subproblems, blocks, multipliers);
        progress.step();
        Recovery.PeriodPlan[] plans = recovery.balance(prices, deadline, progress);
        List<HostingBlocks.Solution> solved = concat(blocks, placed);
        ScheduleAssembly.Assembled assembled = ScheduleAssembly.assemble(community, sheet, plans, solved);
        boolean verified = solved.stream().allMatch(HostingBlocks.Solution::solverVerified);
        String version = solved.stream().map(HostingBlocks.Solution::solverVersion).filter(v -> !v.isEmpty())
                .findFirst().orElse("");
        int unhosted = (int) solved.stream().filter(block -> !block.byMilp()).count();
        return new Result(assembled.schedule(), assembled.objective(), bound, prices,
                solved.stream().map(HostingBlocks.Solution::size).toList(), unhosted,
                subproblems.closedFormHousePeriods(), verified, version, tieBreak(solved));
    }

    private static List<HostingBlocks.Solution> concat(List<HostingBlocks.Solution> blocks,
                                                       List<HostingBlocks.Solution> placed) {
        return Stream.concat(blocks.stream(), placed.stream()).toList();
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
