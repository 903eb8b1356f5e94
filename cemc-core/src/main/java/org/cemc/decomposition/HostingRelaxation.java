package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.model.HousePeriodSheet;

/**
 * E1, one host per guest EV (paper eqs. (25), (27)), relaxed with a Lagrange multiplier for each guest EV whose able
 * hosts lie in more than one EC: without it such a guest links every charger it may park at into one hosting block.
 *
 * <p>Relaxed, E1 lets every group of houses host its own copy of the guest, each copy's hosting worth its value less
 * the guest's multiplier {@code mu_e >= 0}, and the relaxed optimum plus {@code sum_e mu_e} bounds the optimum for
 * any {@code mu >= 0}: on a schedule hosting each guest at most once the priced terms add up to at least zero. The
 * multiplier is the guest's {@link Subproblems#guestCeiling} at its most powerful able host. No copy can then raise
 * its group's optimum (a guest adds at most its ceiling to any group), so the copies are left out of every block and
 * the bound is the blocks and houses without these guests plus {@link #multiplierSum}. It costs the bound nothing
 * where the schedule hosts each such guest at a free charger at which it earns its ceiling, as where its energy is
 * priced at the grid's price and only its parking fee earns (the synthetic cases). The schedule hosts each such guest
 * at most once ({@link RelaxedGuestPlacement}).
 */
final class HostingRelaxation {
    /** The relaxed guests' hosts, in the case's order of guest EVs. */
    private final List<Hostability> relaxed;
    private final boolean[] relaxes;
    private final double multiplierSum;

    private HostingRelaxation(List<Hostability> relaxed, boolean[] relaxes, double multiplierSum) {
        this.relaxed = relaxed;
        this.relaxes = relaxes;
        this.multiplierSum = multiplierSum;
    }

    static HostingRelaxation of(CommunityCase community, HousePeriodSheet sheet, List<Hostability> hostability) {
        List<Hostability> relaxed = new ArrayList<>();
        boolean[] relaxes = new boolean[hostability.size()];
        double multiplierSum = 0;
        for (int e = 0; e < hostability.size(); e++) {
            List<Integer> hosts = hostability.get(e).hosts();
            long communities = hosts.stream().map(h -> community.houses().get(h).community()).distinct().count();
            if (communities > 1) {
                relaxes[e] = true;
                relaxed.add(hostability.get(e));
                GuestEv ev = community.guestEvs().get(e);
                double charger = hosts.stream().mapToDouble(h -> community.houses().get(h).chargerKw()).max()
                        .orElseThrow();
                multiplierSum += Subproblems.guestCeiling(community, sheet, ev, charger);
            }
        }
        return new HostingRelaxation(relaxed, relaxes, multiplierSum);
    }

    /** Whether E1 is relaxed for guest EV {@code e} (an index into the case's guest EVs). */
    boolean relaxes(int e) {
        return relaxes[e];
    }

    /** The relaxed guests with their able hosts, in the case's order. */
    List<Hostability> guests() {
        return relaxed;
    }

    /** {@code sum_e mu_e}: what the relaxed guests add to the Lagrangian bound. */
    double multiplierSum() {
        return multiplierSum;
    }
}
