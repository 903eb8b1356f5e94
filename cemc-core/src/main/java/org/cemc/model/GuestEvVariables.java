package org.cemc.model;

import java.util.ArrayList;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.House;
import org.cemc.community.Stay;
import org.cemc.community.Switches;
import org.cemc.community.TimeGrid;

/**
 * The variables of each guest EV: whether it is hosted at each candidate house (x), what it charges and
 * discharges there (CH, DCH) and its battery energy (SOC), the last three only for the periods of its stay.
 * Candidates that cannot bring the EV to its required state of charge get no variables (see {@link Hostability}).
 */
final class GuestEvVariables {

    /** One EV's variables; {@code charge[k][t - stay.first()]} is CH at {@code hosts.get(k)}. */
    record Ev(GuestEv ev, Stay stay, List<Integer> hosts, int[] hosted, int[][] charge, int[][] discharge,
              int[] soc, int[] chargingMode) {

        /** Index of the SOC variable at the end of {@code period}, which must lie in the stay. */
        int socAt(int period) {
            return soc[period - stay.first()];
        }
    }

    private final List<Ev> evs;
    private final List<List<List<Integer>>> chargesAt;
    private final List<List<List<Integer>>> dischargesAt;

    private GuestEvVariables(List<Ev> evs, int houses, int periods) {
        this.evs = evs;
        this.chargesAt = emptyLists(houses, periods);
        this.dischargesAt = emptyLists(houses, periods);
        for (Ev ev : evs) {
            for (int k = 0; k < ev.hosts().size(); k++) {
                int h = ev.hosts().get(k);
                for (int t = ev.stay().first(); t < ev.stay().end(); t++) {
                    chargesAt.get(h).get(t).add(ev.charge()[k][t - ev.stay().first()]);
                    dischargesAt.get(h).get(t).add(ev.discharge()[k][t - ev.stay().first()]);
                }
            }
        }
    }

    private static List<List<List<Integer>>> emptyLists(int houses, int periods) {
        List<List<List<Integer>>> lists = new ArrayList<>();
        for (int h = 0; h < houses; h++) {
            List<List<Integer>> perPeriod = new ArrayList<>();
            for (int t = 0; t < periods; t++) {
                perPeriod.add(new ArrayList<>());
            }
            lists.add(perPeriod);
        }
        return lists;
    }

    static GuestEvVariables add(LinearModel lp, CommunityCase community, List<Hostability> hostability) {
        Switches on = community.switches();
        TimeGrid grid = community.grid();
        List<Ev> evs = new ArrayList<>();
        for (Hostability able : hostability) {
            GuestEv ev = able.ev();
            Stay stay = able.stay();
            List<Integer> hosts = able.hosts();
            int[] hosted = new int[hosts.size()];
            int[][] charge = new int[hosts.size()][stay.length()];
            int[][] discharge = new int[hosts.size()][stay.length()];
            for (int k = 0; k < hosts.size(); k++) {
                House house = community.houses().get(hosts.get(k));
                hosted[k] = lp.addBinary(Names.of(ev.id(), "hosted_at_" + house.id()), 0, on.guestEvs() ? 1 : 0);
                double chargeCap = grid.energy(Math.min(ev.chargeKw(), house.chargerKw()));
                double dischargeCap = on.v2g() ? grid.energy(Math.min(ev.dischargeKw(), house.chargerKw())) : 0;
                for (int t = stay.first(); t < stay.end(); t++) {
                    charge[k][t - stay.first()] =
                            lp.addContinuous(Names.of(ev.id(), "charge_at_" + house.id(), t), 0, chargeCap);
                    discharge[k][t - stay.first()] =
                            lp.addContinuous(Names.of(ev.id(), "discharge_at_" + house.id(), t), 0, dischargeCap);
                }
            }
            int[] soc = new int[stay.length()];
            int[] chargingMode = new int[on.exclusiveEvMode() && !hosts.isEmpty() ? stay.length() : 0];
            for (int t = stay.first(); t < stay.end(); t++) {
                soc[t - stay.first()] = lp.addContinuous(Names.of(ev.id(), "soc", t), 0, ev.batteryKwh());
                if (chargingMode.length > 0) {
                    chargingMode[t - stay.first()] = lp.addBinary(Names.of(ev.id(), "charging_mode", t), 0, 1);
                }
            }
            evs.add(new Ev(ev, stay, hosts, hosted, charge, discharge, soc, chargingMode));
        }
        return new GuestEvVariables(evs, community.houses().size(), community.periods());
    }

    List<Ev> all() {
        return evs;
    }

    /** Every guest-EV charging variable metered at house {@code h} in period {@code t}. */
    List<Integer> chargesAt(int h, int t) {
        return chargesAt.get(h).get(t);
    }

    /** Every guest-EV discharging variable metered at house {@code h} in period {@code t}. */
    List<Integer> dischargesAt(int h, int t) {
        return dischargesAt.get(h).get(t);
    }
}
