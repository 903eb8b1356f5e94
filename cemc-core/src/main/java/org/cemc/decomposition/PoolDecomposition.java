package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.result.EvPlan;
import org.cemc.result.HousePlan;
import org.cemc.model.HouseQuantity;
import org.cemc.result.Schedule;
import org.cemc.solve.SolverSettings;

/**
 * Lagrangian decomposition of the scheduling MILP over K12, the P2P pool balance (paper eq. 21), the only
 * constraint that links every house. Priced instead of balanced, with one price per period, the model falls apart
 * into the groups of houses that guest EVs link ({@link HostingBlocks}, small MILPs) and single houses in single
 * periods ({@link HouseResponse}, exact in closed form). Then:
 *
 * <ol>
 *   <li>each period's price is set where the pool clears, P2P supply meeting demand (bisection on the sign of the
 *       dual's subgradient, {@code sum PS - sum PB});</li>
 *   <li>at those prices the subproblems' optima add up to the Lagrangian bound: no schedule earns more, because
 *       relaxing K12 only enlarges the feasible set and the priced terms cancel on any balanced schedule;</li>
 *   <li>a schedule is recovered by keeping each house's binaries (v, r) and the blocks' guest-EV plans, and
 *       clearing each period again with only the continuous trades free, which balances the pool exactly.</li>
 * </ol>
 *
 * The gap between the schedule's profit and the bound is proven. It is small when many houses share the pool
 * (only the few houses at the clearing price's margin can be mis-rounded), which is when the direct MILP is slow;
 * on a handful of houses the direct MILP is both fast and exact.
 */
public final class PoolDecomposition {
    /** Bisection stops when the price bracket is this narrow (money per kWh). */
    private static final double PRICE_TOLERANCE = 1e-10;
    /** A guest EV discharging less than this (kWh) does not force its host into export mode. */
    private static final double ENERGY_TOLERANCE = 1e-9;
    /** Rounds in which houses may re-choose their binaries while recovering a period's schedule. */
    private static final int IMPROVEMENT_ROUNDS = 5;

    /**
     * What the decomposition produced.
     *
     * @param schedule the recovered schedule (empty if a hosting block found none)
     * @param objective the schedule's profit by the decomposition's own accounting (the checker recomputes it)
     * @param bound the Lagrangian bound: no feasible schedule earns more
     * @param poolPrices the pool price per period the bound was taken at
     * @param blockSizes the size of each hosting block's MILP
     * @param closedFormHousePeriods house-periods solved in closed form
     * @param solverVerified every block's solution passed OR-Tools' own check
     * @param failure why there is no schedule, else empty
     */
    public record Result(Optional<Schedule> schedule, double objective, double bound, double[] poolPrices,
                         List<BlockSize> blockSizes, int closedFormHousePeriods,
                         boolean solverVerified, String solverVersion, String failure) {
    }

    /** Size of one hosting block's MILP, and the time it took to build. */
    public record BlockSize(int variables, int constraints, long binaries, double buildSeconds) {
    }

    private final CommunityCase community;
    private final SolverSettings settings;
    private final int periods;
    /** [house][period] */
    private final HousePeriod[][] housePeriods;
    private final List<Hostability> hostability;
    private final List<HostingBlocks.Block> blocks;
    private final boolean[] inBlock;
    /** [house][period]: a hosted guest EV discharges there, so the house must be in export mode (K4). */
    private final boolean[][] mustExport;

    public PoolDecomposition(CommunityCase community, SolverSettings settings) {
        this.community = community;
        this.settings = settings;
        this.periods = community.periods();
        int houses = community.houses().size();
        this.housePeriods = new HousePeriod[houses][periods];
        for (int h = 0; h < houses; h++) {
            for (int t = 0; t < periods; t++) {
                housePeriods[h][t] = HousePeriod.of(community, community.houses().get(h), t);
            }
        }
        this.hostability = Hostability.of(community);
        this.blocks = HostingBlocks.of(community, hostability);
        this.inBlock = new boolean[houses];
        blocks.forEach(block -> block.houses().forEach(h -> inBlock[h] = true));
        this.mustExport = new boolean[houses][periods];
    }

    /** Units of work {@link #run} reports to its progress listener. */
    public int steps() {
        return 2 * blocks.size() + 2 + periods;
    }

    public Result run(IntConsumer progress) {
        long deadline = System.nanoTime() + (long) (settings.timeLimitSeconds() * 1e9);
        AtomicInteger done = new AtomicInteger();
        double[] prices = clearingPrices();
        advance(progress, done);
        Optional<List<HostingBlocks.Solution>> solved = solveBlocks(prices, deadline, progress, done);
        boolean solvedAgain = false;
        if (solved.isPresent() && updateMustExport(solved.get())) {
            double[] again = clearingPrices();
            if (differ(again, prices)) {
                prices = again;
                solved = solveBlocks(prices, deadline, progress, done);
                solved.ifPresent(this::updateMustExport);
                solvedAgain = true;
            }
        }
        if (!solvedAgain) {
            progress.accept(done.addAndGet(blocks.size()));
        }
        if (solved.isEmpty()) {
            return new Result(Optional.empty(), Double.NaN, Double.NaN, prices, List.of(), 0, false, "",
                    "a hosting block of guest EVs found no schedule within the time limit of "
                            + settings.timeLimitSeconds() + " s");
        }
        List<HostingBlocks.Solution> blockSolutions = solved.get();
        double bound = lagrangianBound(prices, blockSolutions);
        advance(progress, done);
        Recovered recovered = recover(prices, blockSolutions, progress, done);
        int closedForm = 0;
        for (boolean blocked : inBlock) {
            closedForm += blocked ? 0 : periods;
        }
        boolean verified = blockSolutions.stream().allMatch(s -> s.result().solverVerified());
        String version = blockSolutions.isEmpty() ? "" : blockSolutions.get(0).result().solverVersion();
        return new Result(Optional.of(recovered.schedule()), recovered.objective(), bound, prices,
                blockSolutions.stream().map(HostingBlocks.Solution::size).toList(), closedForm, verified, version, "");
    }

    /** One more unit of work done; reported in order from parallel workers. */
    private static void advance(IntConsumer progress, AtomicInteger done) {
        synchronized (done) {
            progress.accept(done.incrementAndGet());
        }
    }

    /** Each period's price where the pool clears, every house free to choose its binaries. */
    private double[] clearingPrices() {
        double[] prices = new double[periods];
        IntStream.range(0, periods).parallel().forEach(t -> {
            double[] bracket = clear(t, price -> {
                double excess = 0;
                for (int h = 0; h < housePeriods.length; h++) {
                    excess += HouseResponse.best(housePeriods[h][t], price, mustExport[h][t]).netSale();
                }
                return excess;
            });
            prices[t] = (bracket[0] + bracket[1]) / 2;
        });
        return prices;
    }

    /**
     * Brackets the price at which {@code excess} (P2P supply minus demand, non-decreasing in the price) changes
     * sign: {@code excess(low) <= 0 <= excess(high)}. Where nothing is traded at any price, both ends are the
     * case's own P2P price.
     */
    private double[] clear(int t, DoubleUnaryOperator excess) {
        Prices p = community.prices();
        double reach = 1 + 10 * Math.max(Math.max(Math.abs(p.gridBuy().at(t)), Math.abs(p.gridSell().at(t))),
                Math.max(Math.abs(p.ens().at(t)), Math.abs(p.drIncentive().at(t) + p.drFine().at(t))
                        + p.socialWelfareValue()));
        double low = -reach;
        double high = reach;
        if (excess.applyAsDouble(low) >= 0 && excess.applyAsDouble(high) <= 0) {
            double price = p.p2p().at(t);
            return new double[] {price, price};
        }
        while (high - low > PRICE_TOLERANCE) {
            double middle = (low + high) / 2;
            if (excess.applyAsDouble(middle) > 0) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return new double[] {low, high};
    }

    private Optional<List<HostingBlocks.Solution>> solveBlocks(double[] prices, long deadline, IntConsumer progress,
                                                               AtomicInteger done) {
        List<Optional<HostingBlocks.Solution>> solved = blocks.parallelStream().map(block -> {
            double secondsLeft = Math.max(1, (deadline - System.nanoTime()) / 1e9);
            SolverSettings blockSettings = settings.withTimeLimit(Math.min(settings.timeLimitSeconds(), secondsLeft));
            Optional<HostingBlocks.Solution> solution = HostingBlocks.solve(community, block, prices, blockSettings);
            advance(progress, done);
            return solution;
        }).toList();
        if (solved.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(solved.stream().map(Optional::get).toList());
    }

    /** Marks the periods where a hosted EV discharges at its host; true if any is marked. */
    private boolean updateMustExport(List<HostingBlocks.Solution> solved) {
        boolean any = false;
        for (boolean[] row : mustExport) {
            Arrays.fill(row, false);
        }
        for (HostingBlocks.Solution solution : solved) {
            for (int i = 0; i < solution.block().houses().size(); i++) {
                int h = solution.block().houses().get(i);
                String id = community.houses().get(h).id();
                for (int t = 0; t < periods; t++) {
                    double discharged = 0;
                    for (EvPlan plan : solution.schedule().evs()) {
                        discharged += plan.dischargeAt(id, t);
                    }
                    mustExport[h][t] = discharged > ENERGY_TOLERANCE;
                    any |= mustExport[h][t];
                }
            }
        }
        return any;
    }

    private static boolean differ(double[] a, double[] b) {
        for (int t = 0; t < a.length; t++) {
            if (Math.abs(a[t] - b[t]) > PRICE_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Lagrangian dual's value at {@code prices}: each house outside the blocks at its best in each period,
     * plus each block's MILP bound. Every subproblem is bounded exactly or from above, so the sum bounds the
     * optimum of the whole model.
     */
    private double lagrangianBound(double[] prices, List<HostingBlocks.Solution> solved) {
        double bound = 0;
        for (int h = 0; h < housePeriods.length; h++) {
            if (!inBlock[h]) {
                for (int t = 0; t < periods; t++) {
                    bound += HouseResponse.best(housePeriods[h][t], prices[t], false).profit();
                }
            }
        }
        for (HostingBlocks.Solution solution : solved) {
            bound += solution.result().bound();
        }
        return bound;
    }

    private record Recovered(Schedule schedule, double objective) {
    }

    /** Binaries of every house in one period. */
    private record Roles(int[] exportMode, int[] buyer) {
        boolean sameAs(Roles other) {
            return Arrays.equals(exportMode, other.exportMode) && Arrays.equals(buyer, other.buyer);
        }
    }

    /**
     * One period with the pool balanced.
     *
     * @param price the price the trades were optimised at
     * @param profit the houses' profit without P2P payments (which cancel over a balanced pool)
     */
    private record PeriodPlan(Roles roles, HouseAllocation[] allocations, double price, double profit) {
    }

    /**
     * A balanced schedule. The guest-EV plans of the blocks are kept (their hosts in export mode where an EV
     * discharges). Each period is then balanced from two sets of binaries, those the houses chose at the
     * clearing price and those of their net positions (a house short of PV buys and imports, one with PV to
     * spare sells and exports); with the binaries fixed the period clears again over the continuous trades,
     * each house re-chooses its binaries at the new price while that earns more, and the better of the two
     * results is kept.
     */
    private Recovered recover(double[] prices, List<HostingBlocks.Solution> solved, IntConsumer progress,
                              AtomicInteger done) {
        int houses = housePeriods.length;
        PeriodPlan[] plans = new PeriodPlan[periods];
        IntStream.range(0, periods).parallel().forEach(t -> {
            int[] exportMode = new int[houses];
            int[] buyer = new int[houses];
            int[] naturalExport = new int[houses];
            int[] naturalBuyer = new int[houses];
            for (int h = 0; h < houses; h++) {
                HouseAllocation chosen = HouseResponse.best(housePeriods[h][t], prices[t], mustExport[h][t]);
                exportMode[h] = chosen.exportMode();
                buyer[h] = chosen.buyer();
                naturalExport[h] = mustExport[h][t] ? 1 : HouseResponse.naturalExportMode(housePeriods[h][t]);
                naturalBuyer[h] = HouseResponse.naturalRole(housePeriods[h][t]);
            }
            for (Roles start : List.of(new Roles(exportMode, buyer), new Roles(naturalExport, naturalBuyer))) {
                PeriodPlan plan = improved(t, settle(t, start));
                if (plans[t] == null || plan.profit() > plans[t].profit()) {
                    plans[t] = plan;
                }
            }
            advance(progress, done);
        });
        Map<String, EvPlan> evPlans = new HashMap<>();
        solved.forEach(solution -> solution.schedule().evs().forEach(plan -> evPlans.put(plan.ev(), plan)));
        List<EvPlan> evs = new ArrayList<>();
        double objective = 0;
        for (GuestEv ev : community.guestEvs()) {
            EvPlan plan = evPlans.getOrDefault(ev.id(), EvPlan.unhosted(ev.id(), periods, ev.initialEnergyKwh()));
            evs.add(plan);
            objective += guestEvProfit(ev, plan);
        }
        double[][] charged = new double[houses][periods];
        double[][] discharged = new double[houses][periods];
        Map<String, Integer> index = new HashMap<>();
        for (int h = 0; h < houses; h++) {
            index.put(community.houses().get(h).id(), h);
        }
        for (EvPlan plan : evs) {
            plan.charge().forEach((house, series) -> add(charged[index.get(house)], series));
            plan.discharge().forEach((house, series) -> add(discharged[index.get(house)], series));
        }
        for (PeriodPlan plan : plans) {
            objective += plan.profit();
        }
        List<HousePlan> housePlans = new ArrayList<>();
        for (int h = 0; h < houses; h++) {
            HouseAllocation[] byPeriod = new HouseAllocation[periods];
            for (int t = 0; t < periods; t++) {
                byPeriod[t] = plans[t].allocations()[h];
            }
            housePlans.add(housePlan(h, byPeriod, charged[h], discharged[h]));
        }
        return new Recovered(new Schedule(housePlans, evs), objective);
    }

    /** Lets every house re-choose its binaries at the plan's price, and re-settles, while that earns more. */
    private PeriodPlan improved(int t, PeriodPlan plan) {
        for (int round = 0; round < IMPROVEMENT_ROUNDS; round++) {
            int houses = housePeriods.length;
            int[] exportMode = new int[houses];
            int[] buyer = new int[houses];
            for (int h = 0; h < houses; h++) {
                HouseAllocation chosen = HouseResponse.best(housePeriods[h][t], plan.price(), mustExport[h][t],
                        plan.roles().exportMode()[h], plan.roles().buyer()[h]);
                exportMode[h] = chosen.exportMode();
                buyer[h] = chosen.buyer();
            }
            Roles next = new Roles(exportMode, buyer);
            if (next.sameAs(plan.roles())) {
                return plan;
            }
            PeriodPlan settled = settle(t, next);
            if (settled.profit() <= plan.profit()) {
                return plan;
            }
            plan = settled;
        }
        return plan;
    }

    /**
     * Period t with the binaries fixed and the pool balanced: the price clears the pool over the continuous
     * trades, and sellers and buyers trade between what they offer just below and just above it, scaled so
     * supply equals demand.
     */
    private PeriodPlan settle(int t, Roles roles) {
        int houses = housePeriods.length;
        int[] exportMode = roles.exportMode();
        int[] buyer = roles.buyer();
        double[] bracket = clear(t, price -> {
            double excess = 0;
            for (int h = 0; h < houses; h++) {
                excess += HouseResponse.withRoles(housePeriods[h][t], price, exportMode[h], buyer[h]).netSale();
            }
            return excess;
        });
        double price = (bracket[0] + bracket[1]) / 2;
        double[] atLow = new double[houses];
        double[] atHigh = new double[houses];
        double supplyLow = 0;
        double supplyHigh = 0;
        double demandLow = 0;
        double demandHigh = 0;
        for (int h = 0; h < houses; h++) {
            HouseAllocation low = HouseResponse.withRoles(housePeriods[h][t], bracket[0], exportMode[h], buyer[h]);
            HouseAllocation high = HouseResponse.withRoles(housePeriods[h][t], bracket[1], exportMode[h], buyer[h]);
            if (buyer[h] == 1) {
                atLow[h] = high.p2pBought();
                atHigh[h] = low.p2pBought();
                demandLow += atLow[h];
                demandHigh += atHigh[h];
            } else {
                atLow[h] = low.p2pSold();
                atHigh[h] = high.p2pSold();
                supplyLow += atLow[h];
                supplyHigh += atHigh[h];
            }
        }
        double traded = Math.max(Math.min(supplyHigh, demandHigh), Math.max(supplyLow, demandLow));
        double supplyShare = share(traded, supplyLow, supplyHigh);
        double demandShare = share(traded, demandLow, demandHigh);
        HouseAllocation[] allocations = new HouseAllocation[houses];
        double profit = 0;
        for (int h = 0; h < houses; h++) {
            double s = buyer[h] == 1 ? demandShare : supplyShare;
            double trade = atLow[h] + s * (atHigh[h] - atLow[h]);
            allocations[h] = HouseResponse.withTrade(housePeriods[h][t], price, exportMode[h], buyer[h], trade);
            profit += allocations[h].profit() - price * allocations[h].netSale();
        }
        return new PeriodPlan(roles, allocations, price, profit);
    }

    private static double share(double target, double low, double high) {
        return high > low ? Math.max(0, Math.min(1, (target - low) / (high - low))) : 0;
    }

    private HousePlan housePlan(int h, HouseAllocation[] byPeriod, double[] charged, double[] discharged) {
        double[] uninterruptible = community.houses().get(h).uninterruptible().toArray();
        EnumMap<HouseQuantity, double[]> values = new EnumMap<>(HouseQuantity.class);
        for (HouseQuantity quantity : HouseQuantity.values()) {
            values.put(quantity, new double[periods]);
        }
        for (int t = 0; t < periods; t++) {
            HouseAllocation a = byPeriod[t];
            double gridUninterruptible = uninterruptible[t] + charged[t];
            values.get(HouseQuantity.SELF_SUPPLY)[t] = a.selfSupply();
            values.get(HouseQuantity.DR_CURTAILED)[t] = a.curtailed();
            values.get(HouseQuantity.GRID_INTERRUPTIBLE)[t] = a.gridInterruptible();
            values.get(HouseQuantity.GRID_UNINTERRUPTIBLE)[t] = gridUninterruptible;
            values.get(HouseQuantity.GRID_IMPORT)[t] = gridUninterruptible + a.gridInterruptible();
            values.get(HouseQuantity.PV_EXPORT)[t] = a.pvExport();
            values.get(HouseQuantity.GRID_EXPORT)[t] = a.pvExport() + discharged[t];
            values.get(HouseQuantity.P2P_SOLD)[t] = a.p2pSold();
            values.get(HouseQuantity.P2P_BOUGHT)[t] = a.p2pBought();
            values.get(HouseQuantity.NOT_SUPPLIED)[t] = a.notSupplied();
            values.get(HouseQuantity.EXPORT_MODE)[t] = a.exportMode();
            values.get(HouseQuantity.P2P_BUYER)[t] = a.buyer();
        }
        EnumMap<HouseQuantity, Series> series = new EnumMap<>(HouseQuantity.class);
        values.forEach((quantity, perPeriod) -> series.put(quantity, Series.of(perPeriod)));
        return new HousePlan(community.houses().get(h).id(), series);
    }

    /**
     * A hosted EV's share of the profit: the parking fee (term v), what it pays for charging and is paid for
     * discharging (term viii), and the grid price of that energy at its host (term i: CH is bought, DCH exported).
     */
    private double guestEvProfit(GuestEv ev, EvPlan plan) {
        if (plan.host().isEmpty()) {
            return 0;
        }
        Prices p = community.prices();
        double hours = community.grid().periodHours();
        double profit = p.parkingFee() * hours * ev.stay(community.grid()).length();
        for (int t = 0; t < periods; t++) {
            double charge = plan.totalCharge(t);
            double discharge = plan.totalDischarge(t);
            profit += (p.evCharge().at(t) - p.gridBuy().at(t)) * charge
                    + (p.gridSell().at(t) - p.evDischarge().at(t)) * discharge;
        }
        return profit;
    }

    private static void add(double[] into, Series series) {
        for (int t = 0; t < into.length; t++) {
            into[t] += series.at(t);
        }
    }
}
