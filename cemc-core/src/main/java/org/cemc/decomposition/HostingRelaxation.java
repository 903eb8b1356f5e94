package org.cemc.decomposition;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.P2P_BUYER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.cemc.community.Stay;
import org.cemc.model.HousePeriodSheet;
import org.cemc.model.HouseQuantity;
import org.cemc.result.FirstStage;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverSettings;

/**
 * E1, one host per guest EV (paper eqs. (25), (27)), relaxed with a Lagrange multiplier for each guest EV whose able
 * hosts lie in more than one EC: without it such a guest links every charger it may park at into one hosting block.
 *
 * <p>Relaxed, E1 lets every group of houses host its own copy of the guest, each copy's hosting worth its value less
 * the guest's multiplier {@code mu_e >= 0}, and the relaxed optimum plus {@code sum_e mu_e} bounds the optimum for
 * any {@code mu >= 0}: on a schedule hosting each guest at most once the priced terms add up to at least zero. The
 * multiplier is what the guest earns at most at any host ({@link #multipliers}). No copy can then raise its group's
 * optimum, so the copies are left out of every block and the bound is the blocks and houses without these guests
 * plus {@code sum_e mu_e}. It costs the bound nothing where the schedule hosts each such guest at a free charger at
 * which it earns that much, as where its energy is priced at the grid's price and only its parking fee earns (the
 * synthetic cases). The schedule hosts each such guest at most once ({@link RelaxedGuestPlacement}).
 */
final class HostingRelaxation {
    /** The relaxed guests' hosts, in the case's order of guest EVs. */
    private final List<Hostability> relaxed;
    private final boolean[] relaxes;

    private HostingRelaxation(List<Hostability> relaxed, boolean[] relaxes) {
        this.relaxed = relaxed;
        this.relaxes = relaxes;
    }

    static HostingRelaxation of(CommunityCase community, List<Hostability> hostability) {
        List<Hostability> relaxed = new ArrayList<>();
        boolean[] relaxes = new boolean[hostability.size()];
        for (int e = 0; e < hostability.size(); e++) {
            long communities = hostability.get(e).hosts().stream().map(h -> community.houses().get(h).community())
                    .distinct().count();
            if (communities > 1) {
                relaxes[e] = true;
                relaxed.add(hostability.get(e));
            }
        }
        return new HostingRelaxation(relaxed, relaxes);
    }

    /** Whether E1 is relaxed for guest EV {@code e} (an index into the case's guest EVs). */
    boolean relaxes(int e) {
        return relaxes[e];
    }

    /** The relaxed guests with their able hosts, in the case's order. */
    List<Hostability> guests() {
        return relaxed;
    }

    /**
     * Each relaxed guest's multiplier, in the order of {@link #guests}: the lesser of two bounds on what hosting it
     * adds to any group of houses. One is its {@link Subproblems#guestCeiling} at its most powerful able charger. The
     * other, which also counts its battery (E3-E6), is the bound of a MILP of the guest alone at that charger in a
     * house with nothing else (no PV, no demand, no DR), so that the house's own decisions neither cost nor earn:
     * at any real host the guest's terms are a plan of the same battery at no more power, and the host's own
     * decisions are only restricted by it (K4 to K6). Where the first stage is fixed, the house is in export mode
     * wherever any able host is: a guest discharges only there (K4), so its plan at any host is one of this house's
     * plans, and the bound holds for the restricted problem as well. Solved in parallel without the tie-break (only
     * the bound is used) within the time left; a guest whose MILP finds nothing by the deadline keeps its ceiling, and
     * so does a guest whose energy earns nothing ({@link #energyEarnsNothing}), where the ceiling is exact.
     */
    static double[] multipliers(CommunityCase community, HousePeriodSheet sheet, List<Hostability> guests,
                                SolverSettings settings, Deadline deadline) {
        MilpSolver.prepare(Math.min(guests.size(), ForkJoinPool.getCommonPoolParallelism() + 1));
        return IntStream.range(0, guests.size()).parallel().mapToDouble(i -> {
            Hostability guest = guests.get(i);
            House charger = guest.hosts().stream().map(community.houses()::get)
                    .reduce((a, b) -> b.chargerKw() > a.chargerKw() ? b : a).orElseThrow();
            double ceiling = Subproblems.guestCeiling(community, sheet, guest.ev(), charger.chargerKw());
            if (energyEarnsNothing(community, sheet, guest)) {
                return ceiling;
            }
            // Read once: a deadline passing between a check and the read would hand the solver a limit <= 0.
            double secondsLeft = deadline.secondsLeft();
            if (secondsLeft <= 0) {
                return ceiling;
            }
            CommunityCase alone = new CommunityCase(community.name(), community.date(), community.currency(),
                    community.grid(), community.communities(), List.of(idle(charger, community.periods())),
                    List.of(guest.ev()), Optional.empty(), community.prices(), community.switches());
            SolverSettings boundOnly = new SolverSettings(settings.backend(), secondsLeft, settings.relativeGap(),
                    false, false);
            return HostingBlocks.solve(alone, new HostingBlocks.Block(List.of(0), List.of(0), guest.stay()),
                            new double[community.periods()], boundOnly,
                            sheet.firstStage().map(fixed -> atAnyHost(charger, guest, sheet)))
                    .map(solution -> solution.boundedBy(ceiling).bound()).orElse(ceiling);
        }).toArray();
    }

    /**
     * Whether the guest's energy is worth exactly nothing to its host throughout its stay: charging at no gain or
     * cost (the guest pays the grid's price, as in the synthetic cases), discharging at none. Hosting it then earns
     * its parking fee, no more (discharging cannot pay) and no less (charging to its requirement costs nothing),
     * which is its ceiling: no MILP can tighten it.
     */
    private static boolean energyEarnsNothing(CommunityCase community, HousePeriodSheet sheet, Hostability guest) {
        Stay stay = guest.stay();
        for (int t = stay.first(); t < stay.end(); t++) {
            if (sheet.evChargeValue(t) != 0 || (community.switches().v2g() && sheet.evDischargeValue(t) > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first stage of the idle house standing for every able host of {@code guest}: in export mode wherever one
     * of them may be, with no P2P role and no curtailment (it has neither PV nor demand).
     */
    private static FirstStage atAnyHost(House charger, Hostability guest, HousePeriodSheet sheet) {
        double[] exportMode = new double[sheet.periods()];
        for (int h : guest.hosts()) {
            for (int t = 0; t < exportMode.length; t++) {
                exportMode[t] = Math.max(exportMode[t], sheet.upper(EXPORT_MODE, h, t));
            }
        }
        Series none = Series.constant(sheet.periods(), 0);
        EnumMap<HouseQuantity, Series> decisions = new EnumMap<>(HouseQuantity.class);
        decisions.put(EXPORT_MODE, Series.of(exportMode));
        decisions.put(P2P_BUYER, none);
        decisions.put(DR_CURTAILED, none);
        return new FirstStage(Map.of(charger.id(), decisions));
    }

    /** The house's charger in a house with nothing else, not enrolled in DR: alone it earns nothing. */
    private static House idle(House charger, int periods) {
        Series none = Series.constant(periods, 0);
        return new House(charger.id(), charger.community(), charger.chargerKw(), false, none, none, none, none);
    }
}
