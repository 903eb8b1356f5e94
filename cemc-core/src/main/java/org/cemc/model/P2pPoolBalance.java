package org.cemc.model;

import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_SOLD;

import org.cemc.community.CommunityCase;

/** K12, paper eq. (21): in every period the P2P pool balances, {@code sum_h PS = sum_h PB}. */
final class P2pPoolBalance {
    private P2pPoolBalance() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars) {
        for (int t = 0; t < community.periods(); t++) {
            LinearModel.RowBuilder pool = lp.row(Names.of("community", "p2p_pool_balance", t));
            for (int h = 0; h < community.houses().size(); h++) {
                pool.plus(vars.get(P2P_SOLD, h, t)).minus(vars.get(P2P_BOUGHT, h, t));
            }
            pool.equalTo(0);
        }
    }
}
