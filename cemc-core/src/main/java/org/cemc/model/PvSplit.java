package org.cemc.model;

import static org.cemc.model.HouseQuantity.P2P_SOLD;
import static org.cemc.model.HouseQuantity.PV_EXPORT;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import org.cemc.community.CommunityCase;

/**
 * K2, paper eqs. (11) (16) (19): each kWh of PV is used once, for the house itself, sold P2P or exported, and the
 * rest is spilled: {@code SS + PS + GXpv <= PV} (deviations D1, D3).
 */
final class PvSplit {
    private PvSplit() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars) {
        HousePeriods.forEach(community, (h, house, t) -> {
            lp.row(Names.of(house.id(), "pv_split", t))
                    .plus(vars.get(SELF_SUPPLY, h, t))
                    .plus(vars.get(P2P_SOLD, h, t))
                    .plus(vars.get(PV_EXPORT, h, t))
                    .atMost(house.pv().at(t));
        });
    }
}
