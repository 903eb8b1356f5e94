package org.cemc.model;

import org.cemc.community.CommunityCase;

/**
 * E3, paper eq. (26): an EV charges and discharges only at its host while it is parked, within the lower of its
 * own and the charger's power: {@code CH[e,h,t] <= min(Pch, Pcharger) * dt * AR * x[e,h]}, likewise DCH. The
 * variables exist only for the periods of the stay (AR = 1) and carry the power limit as their bound. With the
 * exclusive-ev-mode switch, a binary per EV and period also forbids charging and discharging together.
 */
final class GuestEvCharging {
    private GuestEvCharging() {
    }

    static void add(LinearModel lp, CommunityCase community, GuestEvVariables evs) {
        for (GuestEvVariables.Ev ev : evs.all()) {
            String id = ev.ev().id();
            for (int k = 0; k < ev.hosts().size(); k++) {
                String host = community.houses().get(ev.hosts().get(k)).id();
                for (int i = 0; i < ev.stay().length(); i++) {
                    int t = ev.stay().first() + i;
                    onlyWhenHosted(lp, Names.of(id, "charge_at_" + host + "_if_hosted", t), ev.charge()[k][i],
                            ev.hosted()[k]);
                    onlyWhenHosted(lp, Names.of(id, "discharge_at_" + host + "_if_hosted", t), ev.discharge()[k][i],
                            ev.hosted()[k]);
                }
            }
            for (int i = 0; i < ev.chargingMode().length; i++) {
                int t = ev.stay().first() + i;
                LinearModel.RowBuilder charging = lp.row(Names.of(id, "charge_if_charging_mode", t));
                LinearModel.RowBuilder discharging = lp.row(Names.of(id, "discharge_unless_charging_mode", t));
                double chargeCap = 0;
                double dischargeCap = 0;
                for (int k = 0; k < ev.hosts().size(); k++) {
                    charging.plus(ev.charge()[k][i]);
                    discharging.plus(ev.discharge()[k][i]);
                    chargeCap = Math.max(chargeCap, lp.variable(ev.charge()[k][i]).upper());
                    dischargeCap = Math.max(dischargeCap, lp.variable(ev.discharge()[k][i]).upper());
                }
                charging.plus(ev.chargingMode()[i], -chargeCap).atMost(0);
                discharging.plus(ev.chargingMode()[i], dischargeCap).atMost(dischargeCap);
            }
        }
    }

    private static void onlyWhenHosted(LinearModel lp, String name, int energy, int hosted) {
        double cap = lp.variable(energy).upper();
        lp.row(name).plus(energy).plus(hosted, -cap).atMost(0);
    }
}
