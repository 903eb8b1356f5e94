package org.cemc.model;

import java.util.List;
import org.cemc.community.Stay;

/**
 * The rule that picks one schedule among those that earn the community the same profit (docs/model.md, "Ties"):
 * the optimum is unique, the schedule is not (which charger hosts a guest, when it charges, which of several sellers
 * supplies the pool), and per-house money follows the schedule. Among the schedules within the profit tolerance of
 * the optimum, the solver adapter picks the one of least tie-break cost, where each kWh or decision costs:
 *
 * <ol>
 *   <li>hosting a guest EV: a reward of {@link #HOSTING_REWARD}: a guest who can be served at no loss is served;</li>
 *   <li>demand curtailed or not supplied (DR, ENS): {@link #DEMAND_NOT_SERVED} per kWh;</li>
 *   <li>energy over the utility connection (grid import and export, GB and GX): {@link #GRID_ENERGY} per kWh, so
 *       energy stays in the community where that costs nothing;</li>
 *   <li>guest-EV charging: {@link #CHARGING_OUTSIDE_SURPLUS} per kWh in a period when the community's PV does not
 *       cover its demand, plus up to {@link #CHARGING_LATER} per kWh the later in the stay: a guest charges from
 *       the community's surplus first, then as early as it can;</li>
 *   <li>the order of the case, last: a kWh traded P2P costs {@link #CASE_ORDER} times the house's place in the
 *       case over the number of houses, scaled by up to a half more the later the period, and hosting costs it
 *       times the host's place among the EV's candidates, scaled by up to double the later the EV is listed: among
 *       otherwise equal houses the one listed first trades, and the first-listed guest parks at the first-listed
 *       host (the scaling keeps two trades or two guests from swapping at no cost).</li>
 * </ol>
 *
 * Binaries that bind nothing (export mode in a period the house exports nothing, the P2P role of a house that
 * trades nothing) carry no money and are left to the solver: costing them made the tie-break several times slower
 * (180 generated houses with CBC on a busy machine: 13.6 s without, unfinished in 23 s with).
 *
 * These are weights, not a strict lexicographic order; where two preferences conflict the earlier one wins (a kWh
 * curtailed to save a kWh of grid import costs 2 - 1 more; a guest's charge, some tens of kWh, costs less than the
 * reward for hosting it), and the smallest differences are far above the solvers' tolerances, so every solver
 * tells the schedules apart.
 */
final class ScheduleTieBreak {
    private static final double HOSTING_REWARD = 1000;
    private static final double DEMAND_NOT_SERVED = 2;
    private static final double GRID_ENERGY = 1;
    private static final double CHARGING_OUTSIDE_SURPLUS = 0.1;
    private static final double CHARGING_LATER = 0.05;
    private static final double CASE_ORDER = 0.01;

    private ScheduleTieBreak() {
    }

    static void set(LinearModel lp, HouseVariables vars, GuestEvVariables evs) {
        HousePeriodSheet sheet = vars.sheet();
        int houses = sheet.houses();
        int periods = sheet.periods();
        for (int h = 0; h < houses; h++) {
            for (int t = 0; t < periods; t++) {
                double order = CASE_ORDER * place(h, houses) * (1 + 0.5 * place(t, periods));
                cost(lp, vars.get(HouseQuantity.GRID_IMPORT, h, t), GRID_ENERGY);
                cost(lp, vars.get(HouseQuantity.GRID_EXPORT, h, t), GRID_ENERGY);
                cost(lp, vars.get(HouseQuantity.DR_CURTAILED, h, t), DEMAND_NOT_SERVED);
                cost(lp, vars.get(HouseQuantity.NOT_SUPPLIED, h, t), DEMAND_NOT_SERVED);
                cost(lp, vars.get(HouseQuantity.P2P_SOLD, h, t), order);
                cost(lp, vars.get(HouseQuantity.P2P_BOUGHT, h, t), order);
            }
        }
        boolean[] surplus = pvSurplus(sheet);
        List<GuestEvVariables.Ev> all = evs.all();
        for (int e = 0; e < all.size(); e++) {
            GuestEvVariables.Ev ev = all.get(e);
            Stay stay = ev.stay();
            int candidates = ev.hosts().size();
            for (int k = 0; k < candidates; k++) {
                double order = CASE_ORDER * place(k, candidates) * (1 + place(e, all.size()));
                cost(lp, ev.hosted()[k], order - HOSTING_REWARD);
                for (int i = 0; i < stay.length(); i++) {
                    double later = CHARGING_LATER * (i + 1) / stay.length();
                    double outsideSurplus = surplus[stay.first() + i] ? 0 : CHARGING_OUTSIDE_SURPLUS;
                    cost(lp, ev.charge()[k][i], later + outsideSurplus);
                }
            }
        }
    }

    /** Place {@code i} of {@code n} as a share in (0, 1]: the first 1/n, the last 1. */
    private static double place(int i, int n) {
        return (i + 1.0) / n;
    }

    /** Per period: the community's PV exceeds its demand (interruptible and uninterruptible), by the data. */
    private static boolean[] pvSurplus(HousePeriodSheet sheet) {
        boolean[] surplus = new boolean[sheet.periods()];
        for (int t = 0; t < surplus.length; t++) {
            double balance = 0;
            for (int h = 0; h < sheet.houses(); h++) {
                balance += sheet.pv(h, t) - sheet.interruptible(h, t) - sheet.uninterruptible(h, t);
            }
            surplus[t] = balance > 0;
        }
        return surplus;
    }

    /** The tie-break is maximised: a cost enters it negated. */
    private static void cost(LinearModel lp, int variable, double cost) {
        lp.addToTieBreak(variable, -cost);
    }
}
