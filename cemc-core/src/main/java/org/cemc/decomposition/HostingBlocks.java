package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Stay;
import org.cemc.community.TimeGrid;
import org.cemc.model.LinearModel;
import org.cemc.model.SchedulingModel;
import org.cemc.result.EvPlan;
import org.cemc.result.FirstStage;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;
import org.cemc.solve.TieBreak;

/**
 * The groups of houses that guest EVs link. E1 (one host per EV) and E2 (one guest per house and period) couple an
 * EV's candidate hosts, and an EV's battery (E4-E6) couples periods, so each connected group of EVs and the houses
 * able to host them is one Lagrangian subproblem: the model of model.md restricted to those houses and EVs, with
 * K12 priced instead of balanced, solved as a small MILP. Every other house splits further, per period
 * ({@link HouseResponse}).
 *
 * <p>A guest EV whose able hosts lie in several ECs (one that may park at any charger) would link all those ECs'
 * chargers into one block, a MILP too large to solve at scale; its E1 is relaxed instead ({@link HostingRelaxation})
 * and it links nothing, so blocks are at most an EC's chargers. The schedule places it afterwards in a block of
 * its own: one free charger ({@link RelaxedGuestPlacement}).
 *
 * <p>The links hold only while the EVs are parked: outside its EVs' stays (AR = 0) a block house has no EV
 * variable, K4's V2G term vanishes, and its periods split from one another like any other house's. So a block's
 * MILP covers only its window, the periods from its EVs' earliest arrival to their latest departure; the block
 * houses' other periods are solved in closed form with the houses outside blocks. Blocks are merged by houses
 * (EVs sharing a candidate host are one block whatever their stays), so EVs on many days of a long horizon at the
 * same houses give a window spanning most of it.
 */
final class HostingBlocks {
    private HostingBlocks() {
    }

    /**
     * One group: indices into the case's houses and guest EVs, and the periods its MILP covers (from the first
     * period any of its EVs is parked to the end of the last stay).
     */
    record Block(List<Integer> houses, List<Integer> evs, Stay window) {
    }

    /**
     * A block solved at given pool prices.
     *
     * @param evs the block's guest-EV plans over the whole horizon of the case
     * @param bound bounds the block's Lagrangian value over its window from above
     * @param byMilp the plans are the block MILP's solution; false where its guests were left unhosted
     * @param solverVerified OR-Tools' own check passed the MILP's solution (true where no MILP was solved)
     * @param solverVersion the solver's name and version, empty where no MILP was solved
     * @param tieBreak how the MILP's solution was picked among equally profitable ones ({@code NOT_RUN} where no
     *     MILP was solved: leaving every guest unhosted is no choice among ties)
     */
    record Solution(Block block, List<EvPlan> evs, double bound, boolean byMilp, boolean solverVerified,
                    String solverVersion, PoolDecomposition.BlockSize size, TieBreak tieBreak) {

        /** The solution with its bound lowered to {@code ceiling}, itself a bound, where that is tighter. */
        Solution boundedBy(double ceiling) {
            double tighter = Double.isNaN(bound) ? ceiling : Math.min(bound, ceiling);
            return new Solution(block, evs, tighter, byMilp, solverVerified, solverVersion, size, tieBreak);
        }
    }

    /**
     * The block with none of its guest EVs hosted, which is always feasible (E1 lets an EV go unhosted): what a
     * block gets when the deadline passed before its MILP could start, or its MILP found nothing in time. Its
     * houses are then scheduled in closed form like any other's; {@code ceiling} bounds what its MILP could earn.
     */
    static Solution unhosted(CommunityCase community, Block block, double ceiling) {
        List<EvPlan> evs = block.evs().stream().map(community.guestEvs()::get)
                .map(ev -> EvPlan.unhosted(ev.id(), community.periods(), ev.initialEnergyKwh())).toList();
        return new Solution(block, evs, ceiling, false, true, "", new PoolDecomposition.BlockSize(0, 0, 0, 0),
                TieBreak.NOT_RUN);
    }

    /**
     * The blocks of a case: EVs sharing a host that can serve them, with all those hosts; the guests whose E1 is
     * relaxed link nothing and belong to no block.
     */
    static List<Block> of(CommunityCase community, List<Hostability> hostability, HostingRelaxation relaxation) {
        List<Integer> linking = new ArrayList<>();
        for (int e = 0; e < hostability.size(); e++) {
            if (!relaxation.relaxes(e)) {
                linking.add(e);
            }
        }
        int[] parent = new int[community.houses().size()];
        for (int h = 0; h < parent.length; h++) {
            parent[h] = h;
        }
        for (int e : linking) {
            List<Integer> hosts = hostability.get(e).hosts();
            for (int host : hosts) {
                union(parent, hosts.get(0), host);
            }
        }
        Map<Integer, List<Integer>> housesOf = new LinkedHashMap<>();
        Map<Integer, List<Integer>> evsOf = new LinkedHashMap<>();
        for (int e : linking) {
            List<Integer> hosts = hostability.get(e).hosts();
            if (!hosts.isEmpty()) {
                evsOf.computeIfAbsent(root(parent, hosts.get(0)), k -> new ArrayList<>()).add(e);
            }
        }
        for (int e : linking) {
            for (int host : hostability.get(e).hosts()) {
                List<Integer> houses = housesOf.computeIfAbsent(root(parent, host), k -> new ArrayList<>());
                if (!houses.contains(host)) {
                    houses.add(host);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        evsOf.forEach((root, evs) -> {
            List<Integer> houses = new ArrayList<>(housesOf.get(root));
            houses.sort(null);
            int first = Integer.MAX_VALUE;
            int end = Integer.MIN_VALUE;
            for (int e : evs) {
                Stay stay = hostability.get(e).stay();
                first = Math.min(first, stay.first());
                end = Math.max(end, stay.end());
            }
            blocks.add(new Block(houses, evs, new Stay(first, end)));
        });
        return blocks;
    }

    /**
     * Solves a block with P2P energy priced at {@code poolPrice[t]}, its houses' first stage fixed to
     * {@code firstStage}'s over the block's window where given; empty if the solver found no schedule.
     */
    static Optional<Solution> solve(CommunityCase community, Block block, double[] poolPrice,
                                    SolverSettings settings, Optional<FirstStage> firstStage) {
        CommunityCase part = part(community, block, poolPrice);
        long start = System.nanoTime();
        SchedulingModel model = SchedulingModel.buildWithPricedPool(part);
        firstStage.ifPresent(decisions -> model.fixFirstStage(
                decisions.slice(part.houses().stream().map(House::id).toList(), block.window())));
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        SolveResult result = MilpSolver.solve(lp, settings);
        if (!result.status().hasSolution()) {
            return Optional.empty();
        }
        List<EvPlan> evs = model.schedule(result.values()).evs().stream()
                .map(plan -> overTheHorizon(plan, community, block)).toList();
        return Optional.of(new Solution(block, evs, result.bound(), true, result.solverVerified(),
                result.solverVersion(),
                new PoolDecomposition.BlockSize(lp.variableCount(), lp.rowCount(), lp.binaryCount(), buildSeconds),
                result.tieBreak()));
    }

    /**
     * The case restricted to the block: its houses and guest EVs over its window, period {@code window.first()}
     * becoming period 0 (the EVs' clock times shifted by as many hours), with P2P energy priced at
     * {@code poolPrice}.
     */
    static CommunityCase part(CommunityCase community, Block block, double[] poolPrice) {
        Stay window = block.window();
        TimeGrid grid = new TimeGrid(window.length(), community.grid().periodHours());
        double shiftHours = community.grid().startHour(window.first());
        List<House> houses = block.houses().stream().map(h -> slice(community.houses().get(h), window)).toList();
        List<GuestEv> evs = new ArrayList<>();
        for (int e : block.evs()) {
            GuestEv ev = community.guestEvs().get(e);
            GuestEv shifted = new GuestEv(ev.id(), ev.community(), Math.max(0, ev.arrivalHour() - shiftHours),
                    ev.departureHour() - shiftHours, ev.batteryKwh(), ev.socArrival(), ev.socRequired(),
                    ev.chargeKw(), ev.dischargeKw(), ev.chargeEfficiency(), ev.dischargeEfficiency());
            Stay stay = ev.stay(community.grid());
            if (!shifted.stay(grid).equals(new Stay(stay.first() - window.first(), stay.end() - window.first()))) {
                throw new IllegalStateException(
                        "guest EV " + ev.id() + " does not keep its stay in its block's window");
            }
            evs.add(shifted);
        }
        Prices prices = community.prices();
        Prices sliced = new Prices(slice(prices.gridBuy(), window), slice(prices.gridSell(), window),
                P2pMarket.series(slice(Series.of(poolPrice), window)), slice(prices.drIncentive(), window),
                slice(prices.drFine(), window), slice(prices.standby(), window), slice(prices.ens(), window),
                slice(prices.evCharge(), window), slice(prices.evDischarge(), window), prices.socialWelfareValue(),
                prices.parkingFee());
        return new CommunityCase(community.name(), community.date(), community.currency(), grid,
                community.communities(), houses, evs, Optional.empty(), sliced, community.switches());
    }

    private static House slice(House house, Stay window) {
        return new House(house.id(), house.community(), house.chargerKw(), house.drEnrolled(),
                slice(house.pv(), window), slice(house.interruptible(), window),
                slice(house.uninterruptible(), window), slice(house.drCallable(), window), house.name());
    }

    private static Series slice(Series series, Stay window) {
        return Series.of(Arrays.copyOfRange(series.toArray(), window.first(), window.end()));
    }

    /**
     * A plan over the block's window as one over the case's horizon: nothing charged or discharged outside the
     * window, the battery as it arrived before it and as it left after it.
     */
    private static EvPlan overTheHorizon(EvPlan plan, CommunityCase community, Block block) {
        int periods = community.periods();
        Stay window = block.window();
        GuestEv ev = block.evs().stream().map(community.guestEvs()::get).filter(g -> g.id().equals(plan.ev()))
                .findFirst().orElseThrow();
        Map<String, Series> charge = new HashMap<>();
        plan.charge().forEach((house, series) -> charge.put(house, widen(series, window, periods, 0, 0)));
        Map<String, Series> discharge = new HashMap<>();
        plan.discharge().forEach((house, series) -> discharge.put(house, widen(series, window, periods, 0, 0)));
        Series soc = plan.soc();
        Series wide = widen(soc, window, periods, ev.initialEnergyKwh(), soc.at(soc.length() - 1));
        return new EvPlan(plan.ev(), plan.hosting(), charge, discharge, wide);
    }

    private static Series widen(Series series, Stay window, int periods, double before, double after) {
        double[] values = new double[periods];
        Arrays.fill(values, 0, window.first(), before);
        System.arraycopy(series.toArray(), 0, values, window.first(), window.length());
        Arrays.fill(values, window.end(), periods, after);
        return Series.of(values);
    }

    private static int root(int[] parent, int h) {
        while (parent[h] != h) {
            parent[h] = parent[parent[h]];
            h = parent[h];
        }
        return h;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
