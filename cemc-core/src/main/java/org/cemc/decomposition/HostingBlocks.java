package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Series;
import org.cemc.model.LinearModel;
import org.cemc.model.SchedulingModel;
import org.cemc.result.Schedule;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;

/**
 * The groups of houses that guest EVs link. E1 (one host per EV) and E2 (one guest per house and period) couple an
 * EV's candidate hosts, and an EV's battery (E4-E6) couples periods, so each connected group of EVs and the houses
 * able to host them is one Lagrangian subproblem: the model of model.md restricted to those houses and EVs, with
 * K12 priced instead of balanced, solved as a small MILP. Every other house splits further, per period
 * ({@link HouseResponse}).
 */
final class HostingBlocks {
    private HostingBlocks() {
    }

    /** One group: indices into the case's houses and guest EVs. */
    record Block(List<Integer> houses, List<Integer> evs) {
    }

    /**
     * A block solved at given pool prices.
     *
     * @param part the case restricted to the block, its P2P price set to the pool prices
     * @param result the MILP's answer; its bound bounds the block's Lagrangian value
     */
    record Solution(Block block, CommunityCase part, SolveResult result, Schedule schedule,
                    PoolDecomposition.BlockSize size) {
    }

    /** The blocks of a case: EVs sharing a host that can serve them, with all those hosts. */
    static List<Block> of(CommunityCase community, List<Hostability> hostability) {
        int[] parent = new int[community.houses().size()];
        for (int h = 0; h < parent.length; h++) {
            parent[h] = h;
        }
        for (Hostability able : hostability) {
            for (int host : able.hosts()) {
                union(parent, able.hosts().get(0), host);
            }
        }
        Map<Integer, List<Integer>> housesOf = new LinkedHashMap<>();
        Map<Integer, List<Integer>> evsOf = new LinkedHashMap<>();
        for (int e = 0; e < hostability.size(); e++) {
            List<Integer> hosts = hostability.get(e).hosts();
            if (!hosts.isEmpty()) {
                evsOf.computeIfAbsent(root(parent, hosts.get(0)), k -> new ArrayList<>()).add(e);
            }
        }
        for (Hostability able : hostability) {
            for (int host : able.hosts()) {
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
            blocks.add(new Block(houses, evs));
        });
        return blocks;
    }

    /** Solves a block with P2P energy priced at {@code poolPrice[t]}; empty if the solver found no schedule. */
    static Optional<Solution> solve(CommunityCase community, Block block, double[] poolPrice,
                                    SolverSettings settings) {
        List<House> houses = block.houses().stream().map(community.houses()::get).toList();
        CommunityCase part = new CommunityCase(community.name(), community.currency(), community.grid(),
                community.communities(), houses, block.evs().stream().map(community.guestEvs()::get).toList(),
                Optional.empty(), community.prices().withP2pMarket(P2pMarket.series(Series.of(poolPrice))),
                community.switches());
        long start = System.nanoTime();
        SchedulingModel model = SchedulingModel.buildWithPricedPool(part);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        SolveResult result = MilpSolver.solve(lp, settings);
        if (!result.status().hasSolution()) {
            return Optional.empty();
        }
        return Optional.of(new Solution(block, part, result, model.schedule(result.values()),
                new PoolDecomposition.BlockSize(lp.variableCount(), lp.rowCount(), lp.binaryCount(), buildSeconds)));
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
