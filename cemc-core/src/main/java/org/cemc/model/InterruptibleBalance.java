package org.cemc.model;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.GRID_INTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.NOT_SUPPLIED;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import org.cemc.community.CommunityCase;

/**
 * K1, paper eqs. (9) (10) (14) (18): interruptible demand is served by the house's PV, curtailed, bought from the
 * grid, bought P2P, or not supplied: {@code SS + DR + GI + PB + ENS = ID}. One balance with ENS as its slack
 * (deviation D2).
 */
final class InterruptibleBalance {
    private InterruptibleBalance() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars) {
        HousePeriods.forEach(community, (h, house, t) -> {
            lp.row(Names.of(house.id(), "interruptible_balance", t))
                    .plus(vars.get(SELF_SUPPLY, h, t))
                    .plus(vars.get(DR_CURTAILED, h, t))
                    .plus(vars.get(GRID_INTERRUPTIBLE, h, t))
                    .plus(vars.get(P2P_BOUGHT, h, t))
                    .plus(vars.get(NOT_SUPPLIED, h, t))
                    .equalTo(house.interruptible().at(t));
        });
    }
}
