package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.community.Stay;
import org.cemc.result.EvPlan;
import org.cemc.solve.SolverSettings;

/**
 * The schedule's side of {@link HostingRelaxation}: each guest EV whose E1 (paper eqs. (25), (27)) is relaxed is
 * hosted at most once, at one free charger. The guests are placed one at a time in the case's order, each at the
 * able host with the most powerful charger (the first in the case's order among equals) that no hosted guest
 * occupies during its stay, by the blocks' plans and the guests placed before it (E2). Each placed guest is then
 * solved as a block of its own, that house over its stay, like any hosting block at the pool prices; a guest with no
 * free able host is left unhosted, which E1 always allows.
 *
 * <p>The houses' own decisions come from {@link Recovery} whatever block a house is in, so a guest's plan needs only
 * its host over its stay: with the charger free there, every other guest's plan stays feasible beside it.
 * Placement depends only on the blocks' plans and the case's order, so it is the same on every run.
 */
final class RelaxedGuestPlacement {
    private RelaxedGuestPlacement() {
    }

    /** The relaxed guests' blocks of one house each, solved, in the case's order of the guests placed. */
    static List<HostingBlocks.Solution> place(CommunityCase community, Subproblems subproblems,
                                              List<HostingBlocks.Solution> blocks, double[] prices,
                                              SolverSettings settings, Deadline deadline, Progress progress) {
        List<Hostability> guests = subproblems.relaxation().guests();
        Map<String, Integer> evIndex = new HashMap<>();
        for (int e = 0; e < community.guestEvs().size(); e++) {
            evIndex.put(community.guestEvs().get(e).id(), e);
        }
        boolean[][] occupied = occupied(community, blocks, evIndex);
        List<HostingBlocks.Block> placed = new ArrayList<>();
        for (Hostability guest : guests) {
            Stay stay = guest.stay();
            int chosen = -1;
            for (int h : guest.hosts()) {
                boolean free = true;
                for (int t = stay.first(); t < stay.end() && free; t++) {
                    free = !occupied[h][t];
                }
                if (free && (chosen < 0
                        || community.houses().get(h).chargerKw() > community.houses().get(chosen).chargerKw())) {
                    chosen = h;
                }
            }
            if (chosen >= 0) {
                for (int t = stay.first(); t < stay.end(); t++) {
                    occupied[chosen][t] = true;
                }
                placed.add(new HostingBlocks.Block(List.of(chosen), List.of(evIndex.get(guest.ev().id())), stay));
            }
        }
        progress.skip(guests.size() - placed.size());
        return subproblems.solve(placed, prices, settings, deadline, progress);
    }

    /** [house][period]: a guest EV of one of the blocks is parked at the house, by the blocks' plans. */
    private static boolean[][] occupied(CommunityCase community, List<HostingBlocks.Solution> blocks,
                                        Map<String, Integer> evIndex) {
        Map<String, Integer> houseIndex = new HashMap<>();
        for (int h = 0; h < community.houses().size(); h++) {
            houseIndex.put(community.houses().get(h).id(), h);
        }
        boolean[][] occupied = new boolean[community.houses().size()][community.periods()];
        for (HostingBlocks.Solution solution : blocks) {
            for (EvPlan plan : solution.evs()) {
                Stay stay = community.guestEvs().get(evIndex.get(plan.ev())).stay(community.grid());
                plan.host().ifPresent(host -> {
                    for (int t = stay.first(); t < stay.end(); t++) {
                        occupied[houseIndex.get(host)][t] = true;
                    }
                });
            }
        }
        return occupied;
    }
}
