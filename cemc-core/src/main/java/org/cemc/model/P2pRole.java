package org.cemc.model;

import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_BUYER;
import static org.cemc.model.HouseQuantity.P2P_SOLD;

import org.cemc.community.CommunityCase;

/**
 * K9 and K10, paper eqs. (22) (23): in each period a house is either a P2P seller ({@code r = 0},
 * {@code PS <= PV}) or a P2P buyer ({@code r = 1}, {@code PB <= ID}), never both.
 */
final class P2pRole {
    private P2pRole() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars) {
        HousePeriods.forEach(community, (h, house, t) -> {
            double pv = house.pv().at(t);
            double demand = house.interruptible().at(t);
            lp.row(Names.of(house.id(), "p2p_seller_limit", t))
                    .plus(vars.get(P2P_SOLD, h, t))
                    .plus(vars.get(P2P_BUYER, h, t), pv)
                    .atMost(pv);
            lp.row(Names.of(house.id(), "p2p_buyer_limit", t))
                    .plus(vars.get(P2P_BOUGHT, h, t))
                    .plus(vars.get(P2P_BUYER, h, t), -demand)
                    .atMost(0);
        });
    }
}
