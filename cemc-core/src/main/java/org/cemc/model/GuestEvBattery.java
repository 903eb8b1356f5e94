package org.cemc.model;

import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;

/**
 * E4-E6, the battery the paper's case study implies (deviation D8): energy follows charging and discharging with
 * their efficiencies, {@code SOC[t] = SOC[t-1] + etaCh * CH - DCH / etaDis} from {@code SOC[a-1] = s0 * B} (E4),
 * stays within {@code [0, B]} (E5, the SOC variables' bounds), and a hosted EV leaves with its required state of
 * charge, {@code SOC[d-1] >= s0 * B + (sreq - s0) * B * sum_h x} (E6).
 */
final class GuestEvBattery {
    private GuestEvBattery() {
    }

    static void add(LinearModel lp, CommunityCase community, GuestEvVariables evs) {
        for (GuestEvVariables.Ev vars : evs.all()) {
            GuestEv ev = vars.ev();
            for (int i = 0; i < vars.stay().length(); i++) {
                int t = vars.stay().first() + i;
                LinearModel.RowBuilder balance = lp.row(Names.of(ev.id(), "battery_balance", t)).plus(vars.soc()[i]);
                if (i > 0) {
                    balance.minus(vars.soc()[i - 1]);
                }
                for (int k = 0; k < vars.hosts().size(); k++) {
                    balance.plus(vars.charge()[k][i], -ev.chargeEfficiency());
                    balance.plus(vars.discharge()[k][i], 1 / ev.dischargeEfficiency());
                }
                balance.equalTo(i == 0 ? ev.initialEnergyKwh() : 0);
            }
            if (!vars.stay().isEmpty()) {
                LinearModel.RowBuilder departure = lp.row(Names.of(ev.id(), "departure_energy"))
                        .plus(vars.socAt(vars.stay().end() - 1));
                for (int hosted : vars.hosted()) {
                    departure.plus(hosted, -ev.energyNeededKwh());
                }
                departure.atLeast(ev.initialEnergyKwh());
            }
        }
    }
}
