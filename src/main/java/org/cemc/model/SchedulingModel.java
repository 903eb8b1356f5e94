package org.cemc.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.Series;
import org.cemc.community.Stay;
import org.cemc.result.EvPlan;
import org.cemc.result.HousePlan;
import org.cemc.result.HouseQuantity;
import org.cemc.result.Schedule;

/**
 * The day-ahead scheduling MILP of design model.md for one case: {@link #build} states it, {@link #schedule} reads
 * a solution back as a {@link Schedule}.
 */
public final class SchedulingModel {
    private final CommunityCase community;
    private final List<Hostability> hostability;
    private final LinearModel lp;
    private final HouseVariables houses;
    private final GuestEvVariables evs;

    private SchedulingModel(CommunityCase community, List<Hostability> hostability, LinearModel lp,
                            HouseVariables houses, GuestEvVariables evs) {
        this.community = community;
        this.hostability = hostability;
        this.lp = lp;
        this.houses = houses;
        this.evs = evs;
    }

    /** The model's table of contents: variables, constraint families K1-K12 and E1-E6, objective. */
    public static SchedulingModel build(CommunityCase community) {
        LinearModel lp = new LinearModel();
        List<Hostability> hostability = Hostability.of(community);
        HouseVariables houses = HouseVariables.add(lp, community);
        GuestEvVariables evs = GuestEvVariables.add(lp, community, hostability);
        InterruptibleBalance.add(lp, community, houses);
        PvSplit.add(lp, community, houses);
        GridExport.add(lp, community, houses, evs);
        InterruptibleImportLimit.add(lp, community, houses);
        GridImport.add(lp, community, houses, evs);
        P2pRole.add(lp, community, houses);
        P2pPoolBalance.add(lp, community, houses);
        GuestEvHosting.add(lp, community, evs);
        GuestEvCharging.add(lp, community, evs);
        GuestEvBattery.add(lp, community, evs);
        ProfitObjective.set(lp, community, houses, evs);
        return new SchedulingModel(community, hostability, lp, houses, evs);
    }

    public LinearModel linearModel() {
        return lp;
    }

    /** For each guest EV, the hosts able to serve it or why none is. */
    public List<Hostability> hostability() {
        return hostability;
    }

    /** Reads a solution ({@code values[i]} for variable i) as a schedule; binaries are rounded to 0 or 1. */
    public Schedule schedule(double[] values) {
        List<HousePlan> housePlans = new ArrayList<>();
        for (int h = 0; h < community.houses().size(); h++) {
            EnumMap<HouseQuantity, Series> series = new EnumMap<>(HouseQuantity.class);
            for (HouseQuantity quantity : HouseQuantity.values()) {
                double[] perPeriod = new double[community.periods()];
                for (int t = 0; t < perPeriod.length; t++) {
                    perPeriod[t] = valueOf(houses.get(quantity, h, t), values);
                }
                series.put(quantity, Series.of(perPeriod));
            }
            housePlans.add(new HousePlan(community.houses().get(h).id(), series));
        }
        List<EvPlan> evPlans = new ArrayList<>();
        for (GuestEvVariables.Ev ev : evs.all()) {
            evPlans.add(evPlan(ev, values));
        }
        return new Schedule(housePlans, evPlans);
    }

    private EvPlan evPlan(GuestEvVariables.Ev vars, double[] values) {
        Map<String, Double> hosting = new HashMap<>();
        Map<String, Series> charge = new HashMap<>();
        Map<String, Series> discharge = new HashMap<>();
        Stay stay = vars.stay();
        for (int k = 0; k < vars.hosts().size(); k++) {
            String house = community.houses().get(vars.hosts().get(k)).id();
            hosting.put(house, valueOf(vars.hosted()[k], values));
            charge.put(house, overTheDay(stay, vars.charge()[k], values, 0, 0));
            discharge.put(house, overTheDay(stay, vars.discharge()[k], values, 0, 0));
        }
        GuestEv ev = vars.ev();
        double departureEnergy = stay.isEmpty() ? ev.initialEnergyKwh() : valueOf(vars.socAt(stay.end() - 1), values);
        Series soc = overTheDay(stay, vars.soc(), values, ev.initialEnergyKwh(), departureEnergy);
        return new EvPlan(ev.id(), hosting, charge, discharge, soc);
    }

    /** A per-stay variable as a series over the whole day, with fixed values before and after the stay. */
    private Series overTheDay(Stay stay, int[] variables, double[] values, double before, double after) {
        double[] series = new double[community.periods()];
        for (int t = 0; t < series.length; t++) {
            if (t < stay.first()) {
                series[t] = before;
            } else if (t >= stay.end()) {
                series[t] = after;
            } else {
                series[t] = valueOf(variables[t - stay.first()], values);
            }
        }
        return Series.of(series);
    }

    private double valueOf(int variable, double[] values) {
        return lp.variable(variable).integer() ? Math.rint(values[variable]) : values[variable];
    }
}
