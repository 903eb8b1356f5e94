package org.cemc.model;

import java.util.EnumMap;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Switches;

/**
 * The per-house, per-period variables of model.md, indexed {@code [house][period]}. Their bounds carry K8
 * ({@code DR <= CALL}), the switches (a feature turned off fixes its variables to 0) and limits implied by K1 and
 * K2 that help the solver ({@code SS <= min(PV, ID)}, {@code PS <= PV}, ...). Binaries that cannot matter are
 * fixed without losing any optimum: a house with no PV and no charger has nothing to export ({@code v = 0}); with
 * no PV it can only buy P2P ({@code r = 1}), with no interruptible demand only sell ({@code r = 0}). In a
 * stochastic program the first-stage quantities ({@link HouseQuantity#firstStage()}) are created once and shared
 * by every scenario.
 */
final class HouseVariables {
    /** Which quantities this set creates itself; the others it takes from {@code shared}, or leaves out. */
    private enum Part { ALL, FIRST_STAGE_ONLY, SECOND_STAGE_SHARING }

    private final EnumMap<HouseQuantity, int[][]> index = new EnumMap<>(HouseQuantity.class);
    private final Part part;
    private final HouseVariables shared;

    private HouseVariables(Part part, HouseVariables shared) {
        this.part = part;
        this.shared = shared;
    }

    /** Every variable of a deterministic model. */
    static HouseVariables add(LinearModel lp, CommunityCase community) {
        return new HouseVariables(Part.ALL, null).create(lp, community);
    }

    /** Only the first-stage variables (export mode, P2P role, DR), to be shared by every scenario. */
    static HouseVariables firstStage(LinearModel lp, CommunityCase community) {
        return new HouseVariables(Part.FIRST_STAGE_ONLY, null).create(lp, community);
    }

    /** One scenario's variables, taking the first-stage ones from {@code firstStage}. */
    static HouseVariables sharing(LinearModel lp, CommunityCase community, HouseVariables firstStage) {
        return new HouseVariables(Part.SECOND_STAGE_SHARING, firstStage).create(lp, community);
    }

    private HouseVariables create(LinearModel lp, CommunityCase community) {
        List<House> houses = community.houses();
        int periods = community.periods();
        for (HouseQuantity quantity : HouseQuantity.values()) {
            index.put(quantity, new int[houses.size()][periods]);
        }
        Switches on = community.switches();
        for (int h = 0; h < houses.size(); h++) {
            House house = houses.get(h);
            for (int t = 0; t < periods; t++) {
                double pv = house.pv().at(t);
                double demand = house.interruptible().at(t);
                continuous(lp, house, h, t, HouseQuantity.SELF_SUPPLY, Math.min(pv, demand));
                continuous(lp, house, h, t, HouseQuantity.DR_CURTAILED, on.dr() ? house.drCallable().at(t) : 0);
                continuous(lp, house, h, t, HouseQuantity.GRID_INTERRUPTIBLE, demand);
                continuous(lp, house, h, t, HouseQuantity.GRID_UNINTERRUPTIBLE, Double.POSITIVE_INFINITY);
                continuous(lp, house, h, t, HouseQuantity.GRID_IMPORT, Double.POSITIVE_INFINITY);
                continuous(lp, house, h, t, HouseQuantity.PV_EXPORT, pv);
                continuous(lp, house, h, t, HouseQuantity.GRID_EXPORT, Double.POSITIVE_INFINITY);
                continuous(lp, house, h, t, HouseQuantity.P2P_SOLD, on.p2p() ? pv : 0);
                continuous(lp, house, h, t, HouseQuantity.P2P_BOUGHT, on.p2p() ? demand : 0);
                continuous(lp, house, h, t, HouseQuantity.NOT_SUPPLIED, demand);
                boolean canExport = pv > 0 || house.hasCharger();
                binary(lp, house, h, t, HouseQuantity.EXPORT_MODE, 0, canExport ? 1 : 0);
                int buyer = !on.p2p() || demand == 0 ? 0 : pv == 0 ? 1 : -1;
                binary(lp, house, h, t, HouseQuantity.P2P_BUYER, Math.max(buyer, 0), buyer < 0 ? 1 : buyer);
            }
        }
        return this;
    }

    private void continuous(LinearModel lp, House house, int h, int t, HouseQuantity quantity, double upper) {
        if (createsHere(h, t, quantity)) {
            index.get(quantity)[h][t] = lp.addContinuous(Names.of(house.id(), quantity.key(), t), 0, upper);
        }
    }

    private void binary(LinearModel lp, House house, int h, int t, HouseQuantity quantity, int lower, int upper) {
        if (createsHere(h, t, quantity)) {
            index.get(quantity)[h][t] = lp.addBinary(Names.of(house.id(), quantity.key(), t), lower, upper);
        }
    }

    /** Whether this set creates the variable, rather than taking it from the shared first stage or skipping it. */
    private boolean createsHere(int h, int t, HouseQuantity quantity) {
        return switch (part) {
            case ALL -> true;
            case FIRST_STAGE_ONLY -> quantity.firstStage();
            case SECOND_STAGE_SHARING -> {
                if (quantity.firstStage()) {
                    index.get(quantity)[h][t] = shared.get(quantity, h, t);
                    yield false;
                }
                yield true;
            }
        };
    }

    /** Index in the linear model of {@code quantity} for house {@code h} in period {@code t}. */
    int get(HouseQuantity quantity, int h, int t) {
        return index.get(quantity)[h][t];
    }
}
