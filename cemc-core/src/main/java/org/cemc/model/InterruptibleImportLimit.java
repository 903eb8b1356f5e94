package org.cemc.model;

import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.GRID_INTERRUPTIBLE;

import org.cemc.community.CommunityCase;

/**
 * K5, paper eq. (13): a house in export mode buys none of its interruptible demand from the grid,
 * {@code GI <= (1 - v) * ID}, so it never buys and sells the same kWh.
 */
final class InterruptibleImportLimit {
    private InterruptibleImportLimit() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars) {
        HousePeriods.forEach(community, (h, house, t) -> {
            double demand = house.interruptible().at(t);
            lp.row(Names.of(house.id(), "interruptible_import_limit", t))
                    .plus(vars.get(GRID_INTERRUPTIBLE, h, t))
                    .plus(vars.get(EXPORT_MODE, h, t), demand)
                    .atMost(demand);
        });
    }
}
