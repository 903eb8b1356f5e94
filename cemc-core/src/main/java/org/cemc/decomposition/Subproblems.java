package org.cemc.decomposition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.community.Stay;
import org.cemc.model.HousePeriodSheet;
import org.cemc.result.EvPlan;
import org.cemc.solve.SolverSettings;

/**
 * Step 2 of the decomposition: the Lagrangian subproblems at given pool prices. With K12 priced, the model falls
 * apart into the groups of houses that guest EVs link ({@link HostingBlocks}, small MILPs) and single houses in
 * single periods ({@link HouseResponse}, exact in closed form). A house whose hosted guest EV discharges in a
 * period must be in export mode there (K3, K4), which the blocks decide and the house responses then honour.
 */
final class Subproblems {
    /**
     * A block gets at least this long even once the deadline has passed: without a schedule for every block there
     * is none at all, and a block of a few guest EVs solves in milliseconds.
     */
    private static final double BLOCK_FLOOR_SECONDS = 1;
    /** A guest EV discharging less than this (kWh) does not force its host into export mode. */
    private static final double ENERGY_TOLERANCE = 1e-9;

    private final CommunityCase community;
    private final HouseResponse responses;
    private final List<HostingBlocks.Block> blocks;
    /** [house]: the periods of the house its hosting block's MILP covers; empty outside every block. */
    private final Stay[] window;
    /** [house][period]: a hosted guest EV discharges there, so the house must be in export mode (K4). */
    private final boolean[][] mustExport;

    Subproblems(CommunityCase community, HousePeriodSheet sheet) {
        this.community = community;
        this.responses = new HouseResponse(sheet);
        this.blocks = HostingBlocks.of(community, Hostability.of(community));
        this.window = new Stay[sheet.houses()];
        Arrays.fill(window, new Stay(0, 0));
        blocks.forEach(block -> block.houses().forEach(h -> window[h] = block.window()));
        this.mustExport = new boolean[sheet.houses()][sheet.periods()];
    }

    int blockCount() {
        return blocks.size();
    }

    HouseResponse responses() {
        return responses;
    }

    /** The hosting blocks, each with the window of periods its MILP covers. */
    List<HostingBlocks.Block> blocks() {
        return blocks;
    }

    /**
     * Whether house h in period t is part of a hosting block's MILP (else it is solved in closed form): h belongs
     * to a block and t lies in the block's window.
     */
    boolean inBlock(int h, int t) {
        return window[h].contains(t);
    }

    /** Whether a hosted guest EV discharges at house h in period t, by the blocks' last solution. */
    boolean mustExport(int h, int t) {
        return mustExport[h][t];
    }

    /** House-periods outside every hosting block's MILP. */
    int closedFormHousePeriods() {
        int housePeriods = 0;
        for (Stay covered : window) {
            housePeriods += community.periods() - covered.length();
        }
        return housePeriods;
    }

    /** House h's best response in period t at P2P price {@code price}, in export mode where it must be. */
    HouseAllocation bestResponse(int h, int t, double price) {
        return responses.best(h, t, price, mustExport[h][t]);
    }

    /**
     * Solves every hosting block at the pool prices, each within the time left to the deadline (at least
     * {@link #BLOCK_FLOOR_SECONDS}); empty if a block found no schedule.
     */
    Optional<List<HostingBlocks.Solution>> solveBlocks(double[] prices, SolverSettings settings, Deadline deadline,
                                                       Progress progress) {
        List<Optional<HostingBlocks.Solution>> solved = blocks.parallelStream().map(block -> {
            double seconds = Math.max(BLOCK_FLOOR_SECONDS, deadline.secondsLeft());
            Optional<HostingBlocks.Solution> solution =
                    HostingBlocks.solve(community, block, prices, settings.withTimeLimit(seconds));
            progress.step();
            return solution;
        }).toList();
        if (solved.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(solved.stream().map(Optional::get).toList());
    }

    /** Marks the house-periods where a hosted guest EV discharges at its host; true if any is marked. */
    boolean markDischargingHosts(List<HostingBlocks.Solution> solved) {
        boolean any = false;
        for (boolean[] row : mustExport) {
            Arrays.fill(row, false);
        }
        for (HostingBlocks.Solution solution : solved) {
            Stay covered = solution.block().window();
            for (int h : solution.block().houses()) {
                String id = community.houses().get(h).id();
                for (int t = covered.first(); t < covered.end(); t++) {
                    double discharged = 0;
                    for (EvPlan plan : solution.evs()) {
                        discharged += plan.dischargeAt(id, t);
                    }
                    mustExport[h][t] = discharged > ENERGY_TOLERANCE;
                    any |= mustExport[h][t];
                }
            }
        }
        return any;
    }
}
