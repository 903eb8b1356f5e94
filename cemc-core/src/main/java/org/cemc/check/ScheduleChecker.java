package org.cemc.check;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.GRID_EXPORT;
import static org.cemc.model.HouseQuantity.GRID_IMPORT;
import static org.cemc.model.HouseQuantity.GRID_INTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.GRID_UNINTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.NOT_SUPPLIED;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_BUYER;
import static org.cemc.model.HouseQuantity.P2P_SOLD;
import static org.cemc.model.HouseQuantity.PV_EXPORT;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.cemc.community.Stay;
import org.cemc.community.Switches;
import org.cemc.result.EvPlan;
import org.cemc.result.HousePlan;
import org.cemc.model.HouseQuantity;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.cemc.result.Settlement;

/**
 * Verifies a schedule against the inputs, rule by rule as design model.md states them (K1-K12, E1-E6, binaries,
 * the switches, and the objective recomputed from the schedule). It shares no code with the model that produced
 * the schedule, so a mistake in stating a constraint shows up here.
 */
public final class ScheduleChecker {
    /** Tolerance relative to the largest amount in the rule (and absolute below 1). */
    public static final double TOLERANCE = 1e-6;

    private final CommunityCase community;
    private final Schedule schedule;
    private final List<Violation> violations = new ArrayList<>();
    private int rulesChecked;

    /** Each guest EV's stay, computed once from the inputs. */
    private final List<Stay> stays = new ArrayList<>();
    /** Per house id, what hosted guest EVs charge and discharge there each period (from the schedule). */
    private final Map<String, double[]> chargedAt = new HashMap<>();
    private final Map<String, double[]> dischargedAt = new HashMap<>();
    /**
     * The big-M of K4, sum of Pdis * dt over the EVs that may park at a house with a charger in a period, kept per
     * period for the EVs that name an EC (by EC) and those that name none: a guest free to park anywhere adds to
     * every charger, which per house would cost chargers times EVs times periods.
     */
    private final Map<String, double[]> dischargeableInCommunity = new HashMap<>();
    private final double[] dischargeableAnywhere;

    private ScheduleChecker(CommunityCase community, Schedule schedule) {
        this.community = community;
        this.schedule = schedule;
        this.dischargeableAnywhere = community == null ? new double[0] : new double[community.periods()];
        if (community != null) {
            int periods = community.periods();
            for (GuestEv ev : community.guestEvs()) {
                Stay stay = ev.stay(community.grid());
                stays.add(stay);
                double[] dischargeable = ev.community().map(ec -> dischargeableInCommunity.computeIfAbsent(ec,
                        k -> new double[periods])).orElse(dischargeableAnywhere);
                for (int t = stay.first(); t < stay.end(); t++) {
                    dischargeable[t] += community.grid().energy(ev.dischargeKw());
                }
            }
            for (EvPlan plan : schedule.evs()) {
                plan.charge().forEach((house, energy) -> accumulate(chargedAt, house, energy, periods));
                plan.discharge().forEach((house, energy) -> accumulate(dischargedAt, house, energy, periods));
            }
        }
    }

    /** Checks the schedule, and that the profit it earns equals {@code claimedObjective}. */
    public static CheckReport check(CommunityCase community, Schedule schedule, double claimedObjective) {
        ScheduleChecker checker = constraintsOf(community, schedule);
        if (checker.violations.isEmpty()) {
            checker.checkObjective(claimedObjective);
        }
        return new CheckReport(checker.violations, checker.rulesChecked);
    }

    /** Checks the schedule's constraints only (a scenario of a stochastic program, whose objective is a sum). */
    public static CheckReport checkConstraints(CommunityCase community, Schedule schedule) {
        ScheduleChecker checker = constraintsOf(community, schedule);
        return new CheckReport(checker.violations, checker.rulesChecked);
    }

    /** Checks that an objective recomputed from schedules equals the one the solver claims. */
    public static CheckReport checkObjective(String rule, double recomputed, double claimed) {
        ScheduleChecker checker = new ScheduleChecker(null, null);
        checker.equal(rule, "community", -1, recomputed, claimed);
        return new CheckReport(checker.violations, checker.rulesChecked);
    }

    /**
     * Checks that the schedules of a two-stage program's scenarios take the same first-stage decisions: every
     * house's export mode v, P2P role r and DR curtailment in every period as in the first scenario's schedule
     * (design model.md: decided the day before, whatever guest EVs come).
     */
    public static CheckReport checkSharedFirstStage(List<Schedule> scenarios) {
        ScheduleChecker checker = new ScheduleChecker(null, null);
        Schedule first = scenarios.get(0);
        for (int s = 1; s < scenarios.size(); s++) {
            String rule = "first stage shared (scenario " + (s + 1) + " = scenario 1)";
            for (HousePlan plan : scenarios.get(s).houses()) {
                HousePlan reference = first.house(plan.house());
                for (HouseQuantity decided : List.of(EXPORT_MODE, P2P_BUYER, DR_CURTAILED)) {
                    Series mine = plan.series(decided);
                    for (int t = 0; t < mine.length(); t++) {
                        checker.equal(rule + ", " + decided.column(), plan.house(), t, mine.at(t),
                                reference.get(decided, t));
                    }
                }
            }
        }
        return new CheckReport(checker.violations, checker.rulesChecked);
    }

    private static ScheduleChecker constraintsOf(CommunityCase community, Schedule schedule) {
        ScheduleChecker checker = new ScheduleChecker(community, schedule);
        checker.checkShape();
        if (checker.violations.isEmpty()) {
            checker.checkHouses();
            checker.checkPool();
            checker.checkGuestEvs();
            checker.checkP2pMoney();
        }
        return checker;
    }

    private void checkShape() {
        rulesChecked++;
        if (schedule.houses().size() != community.houses().size()
                || schedule.evs().size() != community.guestEvs().size()) {
            fail("shape", "community", -1, "schedule has " + schedule.houses().size() + " houses and "
                    + schedule.evs().size() + " EVs; the case has " + community.houses().size() + " and "
                    + community.guestEvs().size());
        }
    }

    private void checkHouses() {
        Switches on = community.switches();
        for (int h = 0; h < community.houses().size(); h++) {
            House house = community.houses().get(h);
            HousePlan plan = schedule.houses().get(h);
            for (int t = 0; t < community.periods(); t++) {
                double pv = house.pv().at(t);
                double demand = house.interruptible().at(t);
                double ss = plan.get(SELF_SUPPLY, t);
                double dr = plan.get(DR_CURTAILED, t);
                double gi = plan.get(GRID_INTERRUPTIBLE, t);
                double gu = plan.get(GRID_UNINTERRUPTIBLE, t);
                double gb = plan.get(GRID_IMPORT, t);
                double gxpv = plan.get(PV_EXPORT, t);
                double gx = plan.get(GRID_EXPORT, t);
                double ps = plan.get(P2P_SOLD, t);
                double pb = plan.get(P2P_BOUGHT, t);
                double ens = plan.get(NOT_SUPPLIED, t);
                double v = plan.get(EXPORT_MODE, t);
                double r = plan.get(P2P_BUYER, t);
                String id = house.id();
                for (HouseQuantity quantity : HouseQuantity.values()) {
                    atLeast("bounds (" + quantity.key() + " >= 0)", id, t, plan.get(quantity, t), 0);
                }
                binary("binary v", id, t, v);
                binary("binary r", id, t, r);
                equal("K1 interruptible balance (SS + DR + GI + PB + ENS = ID)", id, t, ss + dr + gi + pb + ens, demand);
                atMost("K2 PV split (SS + PS + GXpv <= PV)", id, t, ss + ps + gxpv, pv);
                equal("K3 grid export (GX = GXpv + sum DCH)", id, t, gx, gxpv + guestEvDischarge(house, t));
                atMost("K4 export mode (GX <= v * (PV + sum AR * Pdis * dt))", id, t, gx, v * (pv + dischargeable(house, t)));
                atMost("K5 import limit (GI <= (1 - v) * ID)", id, t, gi, (1 - v) * demand);
                equal("K6 uninterruptible purchase (GU = UID + sum CH)", id, t, gu,
                        house.uninterruptible().at(t) + guestEvCharge(house, t));
                equal("K7 grid purchase (GB = GU + GI)", id, t, gb, gu + gi);
                atMost("K8 DR limit (DR <= CALL)", id, t, dr, house.drCallable().at(t));
                atMost("K9 P2P seller (PS <= (1 - r) * PV)", id, t, ps, (1 - r) * pv);
                atMost("K10 P2P buyer (PB <= r * ID)", id, t, pb, r * demand);
                atMost("K11 P2P need (PB <= ID - SS - DR)", id, t, pb, demand - ss - dr);
                atMost("P2P role (not both selling and buying)", id, t, Math.min(ps, pb), 0);
                if (!on.p2p()) {
                    atMost("switch p2p off (PS + PB = 0)", id, t, ps + pb, 0);
                }
                if (!on.dr()) {
                    atMost("switch dr off (DR = 0)", id, t, dr, 0);
                }
            }
        }
    }

    private static void accumulate(Map<String, double[]> into, String house, Series energy, int periods) {
        double[] sum = into.computeIfAbsent(house, k -> new double[periods]);
        for (int t = 0; t < periods && t < energy.length(); t++) {
            sum[t] += energy.at(t);
        }
    }

    private double guestEvCharge(House house, int t) {
        double[] charged = chargedAt.get(house.id());
        return charged == null ? 0 : charged[t];
    }

    private double guestEvDischarge(House house, int t) {
        double[] discharged = dischargedAt.get(house.id());
        return discharged == null ? 0 : discharged[t];
    }

    private void checkPool() {
        for (int t = 0; t < community.periods(); t++) {
            double sold = 0;
            double bought = 0;
            for (HousePlan plan : schedule.houses()) {
                sold += plan.get(P2P_SOLD, t);
                bought += plan.get(P2P_BOUGHT, t);
            }
            equal("K12 P2P pool balance (sum PS = sum PB)", "community", t, sold, bought);
        }
    }

    private void checkGuestEvs() {
        Switches on = community.switches();
        for (int e = 0; e < community.guestEvs().size(); e++) {
            GuestEv ev = community.guestEvs().get(e);
            EvPlan plan = schedule.evs().get(e);
            Stay stay = stays.get(e);
            double hostedSum = 0;
            for (Map.Entry<String, Double> hosting : plan.hosting().entrySet()) {
                String house = hosting.getKey();
                double x = hosting.getValue();
                hostedSum += x;
                binary("binary x", ev.id() + "@" + house, -1, x);
                int h = houseIndex(house);
                if (h < 0 || !isCandidate(ev, community.houses().get(h))) {
                    atMost("E1 candidate host (x = 0 outside cand(e))", ev.id() + "@" + house, -1, x, 0);
                    continue;
                }
                double chargerKw = community.houses().get(h).chargerKw();
                if (!on.guestEvs()) {
                    atMost("switch guest-evs off (x = 0)", ev.id() + "@" + house, -1, x, 0);
                }
                for (int t = 0; t < community.periods(); t++) {
                    double present = stay.contains(t) ? 1 : 0;
                    double ch = plan.chargeAt(house, t);
                    double dch = plan.dischargeAt(house, t);
                    atLeast("bounds (charge >= 0)", ev.id() + "@" + house, t, ch, 0);
                    atLeast("bounds (discharge >= 0)", ev.id() + "@" + house, t, dch, 0);
                    atMost("E3 charging (CH <= min(Pch, Pcharger) * dt * AR * x)", ev.id() + "@" + house, t, ch,
                            community.grid().energy(Math.min(ev.chargeKw(), chargerKw)) * present * x);
                    atMost("E3 discharging (DCH <= min(Pdis, Pcharger) * dt * AR * x)", ev.id() + "@" + house, t, dch,
                            community.grid().energy(Math.min(ev.dischargeKw(), chargerKw)) * present * x);
                    if (!on.v2g()) {
                        atMost("switch v2g off (DCH = 0)", ev.id() + "@" + house, t, dch, 0);
                    }
                }
            }
            atMost("E1 one host (sum_h x <= 1)", ev.id(), -1, hostedSum, 1);
            checkBattery(ev, plan, stay, hostedSum);
        }
        checkOneGuestPerHouse();
    }

    private void checkBattery(GuestEv ev, EvPlan plan, Stay stay, double hostedSum) {
        double previous = ev.initialEnergyKwh();
        for (int t = stay.first(); t < stay.end(); t++) {
            double soc = plan.soc().at(t);
            equal("E4 battery balance (SOC = SOC[t-1] + etaCh * CH - DCH / etaDis)", ev.id(), t, soc,
                    previous + ev.chargeEfficiency() * plan.totalCharge(t) - plan.totalDischarge(t) / ev.dischargeEfficiency());
            atLeast("E5 battery empty (SOC >= 0)", ev.id(), t, soc, 0);
            atMost("E5 battery full (SOC <= B)", ev.id(), t, soc, ev.batteryKwh());
            if (community.switches().exclusiveEvMode()) {
                atMost("exclusive EV mode (not charging and discharging together)", ev.id(), t,
                        Math.min(plan.totalCharge(t), plan.totalDischarge(t)), 0);
            }
            previous = soc;
        }
        for (int t = 0; t < community.periods(); t++) {
            if (!stay.contains(t)) {
                atMost("E3 absent (no charging outside the stay)", ev.id(), t,
                        plan.totalCharge(t) + plan.totalDischarge(t), 0);
            }
        }
        atLeast("E6 departure energy (SOC[d-1] >= s0 * B + (sreq - s0) * B * sum_h x)", ev.id(),
                stay.isEmpty() ? -1 : stay.end() - 1, previous, ev.initialEnergyKwh() + ev.energyNeededKwh() * hostedSum);
    }

    /** h in cand(e): the house has a charger, in the EC the EV asked for if it named one (model.md, E1). */
    private static boolean isCandidate(GuestEv ev, House house) {
        return house.hasCharger() && ev.community().map(house.community()::equals).orElse(true);
    }

    /** Sum of Pdis * dt over the guest EVs parked in period t that {@code house} is a candidate host of. */
    private double dischargeable(House house, int t) {
        if (!house.hasCharger()) {
            return 0;
        }
        double[] inCommunity = dischargeableInCommunity.get(house.community());
        return dischargeableAnywhere[t] + (inCommunity == null ? 0 : inCommunity[t]);
    }

    private void checkOneGuestPerHouse() {
        Map<String, double[]> guests = new HashMap<>();
        for (int e = 0; e < community.guestEvs().size(); e++) {
            for (Map.Entry<String, Double> hosting : schedule.evs().get(e).hosting().entrySet()) {
                double[] perPeriod = guests.computeIfAbsent(hosting.getKey(), k -> new double[community.periods()]);
                for (int t = stays.get(e).first(); t < stays.get(e).end(); t++) {
                    perPeriod[t] += hosting.getValue();
                }
            }
        }
        for (House house : community.houses()) {
            double[] perPeriod = guests.getOrDefault(house.id(), new double[community.periods()]);
            for (int t = 0; t < community.periods(); t++) {
                atMost("E2 one guest per house (sum_e AR * x <= 1)", house.id(), t, perPeriod[t], 1);
            }
        }
    }

    /** Every period, the P2P money received equals the money paid (zero-sum, deviation D7). */
    private void checkP2pMoney() {
        Settlement settlement = Settlement.of(community, schedule);
        for (int t = 0; t < community.periods(); t++) {
            equal("P2P money zero-sum (sum received = sum paid)", "community", t, settlement.p2pBalance(t), 0);
        }
    }

    private void checkObjective(double claimedObjective) {
        double recomputed = ProfitTable.of(community, schedule).total();
        equal("objective (profit table total = solver objective)", "community", -1, recomputed, claimedObjective);
    }

    private int houseIndex(String id) {
        if (houseIndex == null) {
            houseIndex = new HashMap<>();
            for (int h = 0; h < community.houses().size(); h++) {
                houseIndex.put(community.houses().get(h).id(), h);
            }
        }
        return houseIndex.getOrDefault(id, -1);
    }

    private Map<String, Integer> houseIndex;

    private void binary(String rule, String where, int period, double value) {
        rulesChecked++;
        if (value != 0 && value != 1) {
            fail(rule, where, period, format(value) + " is neither 0 nor 1");
        }
    }

    private void equal(String rule, String where, int period, double left, double right) {
        rulesChecked++;
        if (Math.abs(left - right) > tolerance(left, right)) {
            fail(rule, where, period, format(left) + " != " + format(right));
        }
    }

    private void atMost(String rule, String where, int period, double left, double right) {
        rulesChecked++;
        if (left - right > tolerance(left, right)) {
            fail(rule, where, period, format(left) + " > " + format(right));
        }
    }

    private void atLeast(String rule, String where, int period, double left, double right) {
        rulesChecked++;
        if (right - left > tolerance(left, right)) {
            fail(rule, where, period, format(left) + " < " + format(right));
        }
    }

    private static double tolerance(double left, double right) {
        return TOLERANCE * Math.max(1, Math.max(Math.abs(left), Math.abs(right)));
    }

    private void fail(String rule, String where, int period, String detail) {
        violations.add(new Violation(rule, where, period, detail));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.9g", value);
    }
}
