package org.cemc.model;

import java.util.EnumMap;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Switches;
import org.cemc.result.HouseQuantity;

/**
 * The per-house, per-period variables of model.md, indexed {@code [house][period]}. Their bounds carry K8
 * ({@code DR <= CALL}), the switches (a feature turned off fixes its variables to 0) and limits implied by K1 and
 * K2 that help the solver ({@code SS <= min(PV, ID)}, {@code PS <= PV}, ...).
 */
final class HouseVariables {
    private final EnumMap<HouseQuantity, int[][]> index = new EnumMap<>(HouseQuantity.class);

    private HouseVariables() {
    }

    static HouseVariables add(LinearModel lp, CommunityCase community) {
        HouseVariables vars = new HouseVariables();
        List<House> houses = community.houses();
        int periods = community.periods();
        for (HouseQuantity quantity : HouseQuantity.values()) {
            vars.index.put(quantity, new int[houses.size()][periods]);
        }
        Switches on = community.switches();
        for (int h = 0; h < houses.size(); h++) {
            House house = houses.get(h);
            for (int t = 0; t < periods; t++) {
                double pv = house.pv().at(t);
                double demand = house.interruptible().at(t);
                vars.continuous(lp, house, h, t, HouseQuantity.SELF_SUPPLY, Math.min(pv, demand));
                vars.continuous(lp, house, h, t, HouseQuantity.DR_CURTAILED, on.dr() ? house.drCallable().at(t) : 0);
                vars.continuous(lp, house, h, t, HouseQuantity.GRID_INTERRUPTIBLE, demand);
                vars.continuous(lp, house, h, t, HouseQuantity.GRID_UNINTERRUPTIBLE, Double.POSITIVE_INFINITY);
                vars.continuous(lp, house, h, t, HouseQuantity.GRID_IMPORT, Double.POSITIVE_INFINITY);
                vars.continuous(lp, house, h, t, HouseQuantity.PV_EXPORT, pv);
                vars.continuous(lp, house, h, t, HouseQuantity.GRID_EXPORT, Double.POSITIVE_INFINITY);
                vars.continuous(lp, house, h, t, HouseQuantity.P2P_SOLD, on.p2p() ? pv : 0);
                vars.continuous(lp, house, h, t, HouseQuantity.P2P_BOUGHT, on.p2p() ? demand : 0);
                vars.continuous(lp, house, h, t, HouseQuantity.NOT_SUPPLIED, demand);
                vars.binary(lp, house, h, t, HouseQuantity.EXPORT_MODE, 0, 1);
                vars.binary(lp, house, h, t, HouseQuantity.P2P_BUYER, 0, on.p2p() ? 1 : 0);
            }
        }
        return vars;
    }

    private void continuous(LinearModel lp, House house, int h, int t, HouseQuantity quantity, double upper) {
        index.get(quantity)[h][t] = lp.addContinuous(Names.of(house.id(), quantity.key(), t), 0, upper);
    }

    private void binary(LinearModel lp, House house, int h, int t, HouseQuantity quantity, int lower, int upper) {
        index.get(quantity)[h][t] = lp.addBinary(Names.of(house.id(), quantity.key(), t), lower, upper);
    }

    /** Index in the linear model of {@code quantity} for house {@code h} in period {@code t}. */
    int get(HouseQuantity quantity, int h, int t) {
        return index.get(quantity)[h][t];
    }
}
