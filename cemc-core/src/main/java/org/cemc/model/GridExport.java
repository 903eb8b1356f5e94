package org.cemc.model;

import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.GRID_EXPORT;
import static org.cemc.model.HouseQuantity.PV_EXPORT;

import org.cemc.community.CommunityCase;

/**
 * K3 and K4, paper eq. (16): a house exports its PV surplus and what its guest EV discharges
 * ({@code GX = GXpv + sum_e DCH}), and only in periods it is in export mode
 * ({@code GX <= v * (PV + sum_e AR * Pdis * dt)}). The discharge of each EV is metered at its host (D4). K3 is
 * stated once in {@link GridTotals#gridExport}; this is its row.
 */
final class GridExport {
    private GridExport() {
    }

    static void add(LinearModel lp, CommunityCase community, HouseVariables vars, GuestEvVariables evs) {
        HousePeriods.forEach(community, (h, house, t) -> {
            LinearModel.RowBuilder export = lp.row(Names.of(house.id(), "grid_export_sum", t))
                    .plus(vars.get(GRID_EXPORT, h, t))
                    .minus(vars.get(PV_EXPORT, h, t));
            double exportable = house.pv().at(t);
            for (int discharge : evs.dischargesAt(h, t)) {
                export.minus(discharge);
                exportable += lp.variable(discharge).upper();
            }
            export.equalTo(0);
            lp.row(Names.of(house.id(), "grid_export_mode", t))
                    .plus(vars.get(GRID_EXPORT, h, t))
                    .plus(vars.get(EXPORT_MODE, h, t), -exportable)
                    .atMost(0);
        });
    }
}
