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
import org.cemc.result.FirstStage;
import org.cemc.result.HousePlan;
import org.cemc.result.Schedule;

/**
 * The day-ahead scheduling MILP of design model.md: {@link #build} states it for one set of guest EVs,
 * {@link #buildStochastic} as a two-stage stochastic program over several, and {@link #schedule} reads a solution
 * back as a schedule per scenario.
 */
public final class SchedulingModel {
    /** One scenario's share of the model: its community (with its guest EVs) and its variables. */
    private record Part(CommunityCase community, List<Hostability> hostability, HouseVariables houses,
                        GuestEvVariables evs) {
    }

    private final LinearModel lp;
    private final List<Part> parts;

    private SchedulingModel(LinearModel lp, List<Part> parts) {
        this.lp = lp;
        this.parts = parts;
    }

    public static SchedulingModel build(CommunityCase community) {
        LinearModel lp = new LinearModel();
        return new SchedulingModel(lp, List.of(addScenario(lp, community, HouseVariables.add(lp, community), true)));
    }

    /**
     * The model without K12: P2P energy is bought and sold at the case's P2P clearing price instead of balancing
     * in the pool. With that price set to a multiplier of K12 this is the Lagrangian subproblem the decomposition
     * solves for each group of houses that guest EVs link (org.cemc.decomposition).
     */
    public static SchedulingModel buildWithPricedPool(CommunityCase community) {
        LinearModel lp = new LinearModel();
        return new SchedulingModel(lp, List.of(addScenario(lp, community, HouseVariables.add(lp, community), false)));
    }

    /**
     * The two-stage program: each house's export mode, P2P role and DR curtailment are decided once (the first
     * stage); everything else per scenario, a whole day's guest EVs ({@code fleets.get(s)}). The objective is the
     * expected profit, each scenario's profit weighted by {@code probabilities[s]}. Scenario s's names start with
     * {@code s<s+1>_}.
     */
    public static SchedulingModel buildStochastic(CommunityCase base, List<List<GuestEv>> fleets,
                                                  double[] probabilities) {
        LinearModel lp = new LinearModel();
        HouseVariables firstStage = HouseVariables.firstStage(lp, base);
        List<Part> parts = new ArrayList<>();
        for (int s = 0; s < fleets.size(); s++) {
            CommunityCase scenario = base.withGuestEvs(fleets.get(s));
            lp.scope("s" + (s + 1) + "_", probabilities[s]);
            parts.add(addScenario(lp, scenario, HouseVariables.sharing(lp, scenario, firstStage), true));
        }
        lp.scope("", 1);
        return new SchedulingModel(lp, parts);
    }

    /**
     * The model's table of contents: variables, constraint families K1-K12 and E1-E6, objective, and the rule that
     * picks one schedule among equally profitable ones.
     */
    private static Part addScenario(LinearModel lp, CommunityCase community, HouseVariables houses,
                                    boolean balancedPool) {
        List<Hostability> hostability = Hostability.of(community);
        GuestEvVariables evs = GuestEvVariables.add(lp, community, hostability);
        InterruptibleBalance.add(lp, community, houses);
        PvSplit.add(lp, community, houses);
        GridExport.add(lp, community, houses, evs);
        InterruptibleImportLimit.add(lp, community, houses);
        GridImport.add(lp, community, houses, evs);
        P2pRole.add(lp, community, houses);
        if (balancedPool) {
            P2pPoolBalance.add(lp, community, houses);
        }
        GuestEvHosting.add(lp, community, evs);
        GuestEvCharging.add(lp, community, evs);
        GuestEvBattery.add(lp, community, evs);
        ProfitObjective.set(lp, community, houses, evs);
        ScheduleTieBreak.set(lp, houses, evs);
        return new Part(community, hostability, houses, evs);
    }

    /** Fixes the first-stage decisions to those of another schedule (to evaluate it on other guest EVs). */
    public void fixFirstStage(FirstStage decisions) {
        for (Part part : parts) {
            for (int h = 0; h < part.community().houses().size(); h++) {
                String house = part.community().houses().get(h).id();
                for (int t = 0; t < part.community().periods(); t++) {
                    for (HouseQuantity quantity : HouseQuantity.values()) {
                        if (quantity.firstStage()) {
                            lp.fix(part.houses().get(quantity, h, t), decisions.get(house, quantity, t));
                        }
                    }
                }
            }
        }
    }

    public LinearModel linearModel() {
        return lp;
    }

    public int scenarios() {
        return parts.size();
    }

    /** The community of scenario {@code s}: the case with that scenario's guest EVs. */
    public CommunityCase community(int scenario) {
        return parts.get(scenario).community();
    }

    /** For each guest EV of every scenario, the hosts able to serve it or why none is. */
    public List<Hostability> hostability() {
        return parts.stream().flatMap(p -> p.hostability().stream()).toList();
    }

    /** Reads a solution of a one-scenario model as a schedule. */
    public Schedule schedule(double[] values) {
        return schedule(0, values);
    }

    /** Reads scenario {@code s} of a solution ({@code values[i]} for variable i); binaries are rounded to 0 or 1. */
    public Schedule schedule(int scenario, double[] values) {
        Part part = parts.get(scenario);
        CommunityCase community = part.community();
        List<HousePlan> housePlans = new ArrayList<>();
        for (int h = 0; h < community.houses().size(); h++) {
            EnumMap<HouseQuantity, Series> series = new EnumMap<>(HouseQuantity.class);
            for (HouseQuantity quantity : HouseQuantity.values()) {
                double[] perPeriod = new double[community.periods()];
                for (int t = 0; t < perPeriod.length; t++) {
                    perPeriod[t] = valueOf(part.houses().get(quantity, h, t), values);
                }
                series.put(quantity, Series.of(perPeriod));
            }
            housePlans.add(new HousePlan(community.houses().get(h).id(), series));
        }
        List<EvPlan> evPlans = new ArrayList<>();
        for (GuestEvVariables.Ev ev : part.evs().all()) {
            evPlans.add(evPlan(community, ev, values));
        }
        return new Schedule(housePlans, evPlans);
    }

    private EvPlan evPlan(CommunityCase community, GuestEvVariables.Ev vars, double[] values) {
        Map<String, Double> hosting = new HashMap<>();
        Map<String, Series> charge = new HashMap<>();
        Map<String, Series> discharge = new HashMap<>();
        Stay stay = vars.stay();
        for (int k = 0; k < vars.hosts().size(); k++) {
            String house = community.houses().get(vars.hosts().get(k)).id();
            hosting.put(house, valueOf(vars.hosted()[k], values));
            charge.put(house, overTheDay(community, stay, vars.charge()[k], values, 0, 0));
            discharge.put(house, overTheDay(community, stay, vars.discharge()[k], values, 0, 0));
        }
        GuestEv ev = vars.ev();
        double departureEnergy = stay.isEmpty() ? ev.initialEnergyKwh() : valueOf(vars.socAt(stay.end() - 1), values);
        Series soc = overTheDay(community, stay, vars.soc(), values, ev.initialEnergyKwh(), departureEnergy);
        return new EvPlan(ev.id(), hosting, charge, discharge, soc);
    }

    /** A per-stay variable as a series over the whole day, with fixed values before and after the stay. */
    private Series overTheDay(CommunityCase community, Stay stay, int[] variables, double[] values, double before,
                              double after) {
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
