package org.cemc.model;

import static org.cemc.model.HouseQuantity.GRID_IMPORT;
import static org.cemc.model.HouseQuantity.GRID_INTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.GRID_UNINTERRUPTIBLE;

import org.cemc.community.CommunityCase;

/**
 * K6 and K7, paper eqs. (12) (15): uninterruptible demand and the guest EV's charging are bought from the grid at
 * the host ({@code GU = UID + sum_e CH}, deviation D4), and all grid purchases add up ({@code GB = GU + GI}). The
 * identities are stated once in {@link GridTotals#gridUninterruptible} and {@link GridTotals#gridImport}; these
 * are their rows.
 */
final class GridImport {
    private GridImport() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars, GuestEvVariables evs) {
        HousePeriods.forEach(community, (h, house, t) -> {
            LinearModel.RowBuilder uninterruptible = lp.row(Names.of(house.id(), "grid_uninterruptible_sum", t))
                    .plus(vars.get(GRID_UNINTERRUPTIBLE, h, t));
            for (int charge : evs.chargesAt(h, t)) {
                uninterruptible.minus(charge);
            }
            uninterruptible.equalTo(house.uninterruptible().at(t));
            lp.row(Names.of(house.id(), "grid_import_sum", t))
                    .plus(vars.get(GRID_IMPORT, h, t))
                    .minus(vars.get(GRID_UNINTERRUPTIBLE, h, t))
                    .minus(vars.get(GRID_INTERRUPTIBLE, h, t))
                    .equalTo(0);
        });
    }
}
