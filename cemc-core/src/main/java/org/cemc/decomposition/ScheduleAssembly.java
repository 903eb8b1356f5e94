package org.cemc.decomposition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Series;
import org.cemc.model.GridTotals;
import org.cemc.model.HousePeriodSheet;
import org.cemc.model.HouseQuantity;
import org.cemc.result.EvPlan;
import org.cemc.result.HousePlan;
import org.cemc.result.Schedule;

/**
 * Step 5 of the decomposition: the schedule and its profit, from the blocks' guest-EV plans and the recovered
 * periods. A house's grid totals GX, GU and GB follow from its decisions and the guest EVs it hosts by K3, K6 and
 * K7 ({@link GridTotals}); the profit is each period's (P2P payments cancel) plus each hosted EV's, priced by the
 * case's {@link HousePeriodSheet}.
 */
final class ScheduleAssembly {
    private ScheduleAssembly() {
    }

    /**
     * A schedule and its profit by the decomposition's own accounting (the checker recomputes it).
     */
    record Assembled(Schedule schedule, double objective) {
    }

    static Assembled assemble(CommunityCase community, HousePeriodSheet sheet, Recovery.PeriodPlan[] plans,
                              List<HostingBlocks.Solution> solved) {
        int houses = sheet.houses();
        int periods = sheet.periods();
        Map<String, EvPlan> evPlans = new HashMap<>();
        solved.forEach(solution -> solution.evs().forEach(plan -> evPlans.put(plan.ev(), plan)));
        List<EvPlan> evs = new ArrayList<>();
        double objective = 0;
        for (GuestEv ev : community.guestEvs()) {
            EvPlan plan = evPlans.getOrDefault(ev.id(), EvPlan.unhosted(ev.id(), periods, ev.initialEnergyKwh()));
            evs.add(plan);
            objective += guestEvProfit(community, sheet, ev, plan);
        }
        for (Recovery.PeriodPlan plan : plans) {
            objective += plan.profit();
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
        List<HousePlan> housePlans = new ArrayList<>();
        for (int h = 0; h < houses; h++) {
            housePlans.add(housePlan(community.houses().get(h).id(), sheet, h, plans, charged[h], discharged[h]));
        }
        return new Assembled(new Schedule(housePlans, evs), objective);
    }

    /** House h's plan: its recovered decisions, and its grid totals by K3, K6 and K7. */
    private static HousePlan housePlan(String id, HousePeriodSheet sheet, int h, Recovery.PeriodPlan[] plans,
                                       double[] charged, double[] discharged) {
        EnumMap<HouseQuantity, double[]> values = new EnumMap<>(HouseQuantity.class);
        for (HouseQuantity quantity : HouseQuantity.values()) {
            values.put(quantity, new double[plans.length]);
        }
        for (int t = 0; t < plans.length; t++) {
            HouseAllocation a = plans[t].allocations()[h];
            double gridUninterruptible = GridTotals.gridUninterruptible(sheet.uninterruptible(h, t), charged[t]);
            values.get(HouseQuantity.SELF_SUPPLY)[t] = a.selfSupply();
            values.get(HouseQuantity.DR_CURTAILED)[t] = a.curtailed();
            values.get(HouseQuantity.GRID_INTERRUPTIBLE)[t] = a.gridInterruptible();
            values.get(HouseQuantity.GRID_UNINTERRUPTIBLE)[t] = gridUninterruptible;
            values.get(HouseQuantity.GRID_IMPORT)[t] =
                    GridTotals.gridImport(gridUninterruptible, a.gridInterruptible());
            values.get(HouseQuantity.PV_EXPORT)[t] = a.pvExport();
            values.get(HouseQuantity.GRID_EXPORT)[t] = GridTotals.gridExport(a.pvExport(), discharged[t]);
            values.get(HouseQuantity.P2P_SOLD)[t] = a.p2pSold();
            values.get(HouseQuantity.P2P_BOUGHT)[t] = a.p2pBought();
            values.get(HouseQuantity.NOT_SUPPLIED)[t] = a.notSupplied();
            values.get(HouseQuantity.EXPORT_MODE)[t] = a.exportMode();
            values.get(HouseQuantity.P2P_BUYER)[t] = a.buyer();
        }
        EnumMap<HouseQuantity, Series> series = new EnumMap<>(HouseQuantity.class);
        values.forEach((quantity, perPeriod) -> series.put(quantity, Series.of(perPeriod)));
        return new HousePlan(id, series);
    }

    /**
     * A hosted EV's share of the profit: the parking fee (term v), and per kWh charged or discharged at its host
     * what the EV pays or is paid (term viii) together with the grid price of that energy at its host (term i:
     * CH is bought by K6, DCH exported by K3).
     */
    private static double guestEvProfit(CommunityCase community, HousePeriodSheet sheet, GuestEv ev, EvPlan plan) {
        if (plan.host().isEmpty()) {
            return 0;
        }
        double profit = sheet.parkingFee(ev.stay(community.grid()));
        for (int t = 0; t < sheet.periods(); t++) {
            profit += sheet.evChargeValue(t) * plan.totalCharge(t) + sheet.evDischargeValue(t) * plan.totalDischarge(t);
        }
        return profit;
    }

    private static void add(double[] into, Series series) {
        for (int t = 0; t < into.length; t++) {
            into[t] += series.at(t);
        }
    }
}
