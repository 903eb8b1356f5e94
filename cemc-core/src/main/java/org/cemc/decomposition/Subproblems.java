package org.cemc.decomposition;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.Stay;
import org.cemc.model.HousePeriodSheet;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverSettings;

/**
 * Step 2 of the decomposition: the Lagrangian subproblems at given pool prices. With K12 priced, the model falls
 * apart into the groups of houses that guest EVs link ({@link HostingBlocks}, small MILPs) and single houses in
 * single periods ({@link HouseResponse}, exact in closed form); guest EVs that may park in several ECs link no
 * block ({@link HostingRelaxation}). One scenario's guest EVs: the subproblems of each scenario of the two-stage
 * program are its own. A house whose hosted guest EV discharges in a period must be in export mode there (K3, K4),
 * which the blocks decide and the house responses then honour ({@link PoolHouses}).
 */
final class Subproblems {
    private final CommunityCase community;
    private final HousePeriodSheet sheet;
    private final HouseResponse responses;
    private final HostingRelaxation relaxation;
    private final List<HostingBlocks.Block> blocks;
    /** [house]: the periods of the house its hosting block's MILP covers; empty outside every block. */
    private final Stay[] window;

    Subproblems(CommunityCase community, HousePeriodSheet sheet) {
        this.community = community;
        this.sheet = sheet;
        this.responses = new HouseResponse(sheet);
        List<Hostability> hostability = Hostability.of(community);
        this.relaxation = HostingRelaxation.of(community, hostability);
        this.blocks = HostingBlocks.of(community, hostability, relaxation);
        this.window = new Stay[sheet.houses()];
        Arrays.fill(window, new Stay(0, 0));
        blocks.forEach(block -> block.houses().forEach(h -> window[h] = block.window()));
    }

    int blockCount() {
        return blocks.size();
    }

    HouseResponse responses() {
        return responses;
    }

    /** The guest EVs whose E1 is relaxed, which belong to no hosting block. */
    HostingRelaxation relaxation() {
        return relaxation;
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

    /** House-periods outside every hosting block's MILP. */
    int closedFormHousePeriods() {
        int housePeriods = 0;
        for (Stay covered : window) {
            housePeriods += community.periods() - covered.length();
        }
        return housePeriods;
    }

    /**
     * Solves every hosting block at the pool prices, each within the time left to the deadline. A block whose MILP
     * cannot start before the deadline, or finds nothing in the time it had, hosts none of its guest EVs
     * ({@link HostingBlocks#unhosted}), so there is a schedule whatever the time limit; its bound is then its
     * {@link #ceiling}, which also caps a solver's bound that is looser or missing.
     */
    List<HostingBlocks.Solution> solveBlocks(double[] prices, SolverSettings settings, Deadline deadline,
                                             Progress progress) {
        return solve(blocks, prices, settings, deadline, progress);
    }

    /** As {@link #solveBlocks}, for any blocks of the case (in parallel, the solutions in the blocks' order). */
    List<HostingBlocks.Solution> solve(List<HostingBlocks.Block> toSolve, double[] prices, SolverSettings settings,
                                       Deadline deadline, Progress progress) {
        // One solver process for each block solved at a time, started before the clock of any block runs.
        MilpSolver.prepare(Math.min(toSolve.size(), ForkJoinPool.getCommonPoolParallelism() + 1));
        return toSolve.parallelStream().map(block -> {
            double ceiling = ceiling(block, prices);
            // Read once: a deadline passing between a check and the read would hand the solver a limit <= 0.
            double secondsLeft = deadline.secondsLeft();
            HostingBlocks.Solution solution = secondsLeft <= 0
                    ? HostingBlocks.unhosted(community, block, ceiling)
                    : HostingBlocks.solve(community, block, prices, settings.withTimeLimit(secondsLeft),
                            sheet.firstStage())
                            .map(solved -> solved.boundedBy(ceiling))
                            .orElseGet(() -> HostingBlocks.unhosted(community, block, ceiling));
            progress.step();
            return solution;
        }).toList();
    }

    /**
     * An upper bound on a block's Lagrangian value over its window, found without solving it: each house-period at
     * its best with no guest EV, plus each EV's {@link #guestCeiling} at the block's most powerful charger.
     */
    double ceiling(HostingBlocks.Block block, double[] prices) {
        double ceiling = 0;
        Stay window = block.window();
        for (int h : block.houses()) {
            for (int t = window.first(); t < window.end(); t++) {
                ceiling += responses.best(h, t, prices[t], false).profit();
            }
        }
        double charger = block.houses().stream().mapToDouble(h -> community.houses().get(h).chargerKw()).max()
                .orElse(0);
        for (int e : block.evs()) {
            ceiling += guestCeiling(community, sheet, community.guestEvs().get(e), charger);
        }
        return ceiling;
    }

    /**
     * The most a host with a charger of {@code chargerKw} could earn from guest EV {@code ev}: its parking fee and,
     * every period of its stay, charging and discharging at full power wherever that pays (ignoring its battery).
     * A guest EV only restricts its host (K4 to K6 tie its energy to the host's grid flows, which those values
     * price), so adding it to any group of houses raises their optimum by no more than this. It does not depend on
     * the pool prices.
     */
    static double guestCeiling(CommunityCase community, HousePeriodSheet sheet, GuestEv ev, double chargerKw) {
        double hours = community.grid().periodHours();
        double charge = Math.min(ev.chargeKw(), chargerKw) * hours;
        double discharge = community.switches().v2g() ? Math.min(ev.dischargeKw(), chargerKw) * hours : 0;
        Stay stay = ev.stay(community.grid());
        double ceiling = sheet.parkingFee(stay);
        for (int t = stay.first(); t < stay.end(); t++) {
            ceiling += Math.max(0, sheet.evChargeValue(t)) * charge
                    + Math.max(0, sheet.evDischargeValue(t)) * discharge;
        }
        return ceiling;
    }
}
