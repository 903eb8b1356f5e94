package org.cemc.model;

import java.util.EnumMap;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;

/**
 * The per-house, per-period variables of model.md, indexed {@code [house][period]}, with the bounds the case's
 * {@link HousePeriodSheet} gives them (K8, the switches, the limits implied by K1 and K2, and the binaries fixed
 * where they cannot matter). In a stochastic program the first-stage quantities ({@link HouseQuantity#firstStage()})
 * are created once and shared by every scenario.
 */
final class HouseVariables {
    /** Which quantities this set creates itself; the others it takes from {@code shared}, or leaves out. */
    private enum Part { ALL, FIRST_STAGE_ONLY, SECOND_STAGE_SHARING }

    private final EnumMap<HouseQuantity, int[][]> index = new EnumMap<>(HouseQuantity.class);
    private final Part part;
    private final HouseVariables shared;
    private final HousePeriodSheet sheet;

    private HouseVariables(Part part, HouseVariables shared, CommunityCase community) {
        this.part = part;
        this.shared = shared;
        this.sheet = HousePeriodSheet.of(community);
    }

    /** Every variable of a deterministic model. */
    static HouseVariables add(LinearModel lp, CommunityCase community) {
        return new HouseVariables(Part.ALL, null, community).create(lp, community);
    }

    /** Only the first-stage variables (export mode, P2P role, DR), to be shared by every scenario. */
    static HouseVariables firstStage(LinearModel lp, CommunityCase community) {
        return new HouseVariables(Part.FIRST_STAGE_ONLY, null, community).create(lp, community);
    }

    /** One scenario's variables, taking the first-stage ones from {@code firstStage}. */
    static HouseVariables sharing(LinearModel lp, CommunityCase community, HouseVariables firstStage) {
        return new HouseVariables(Part.SECOND_STAGE_SHARING, firstStage, community).create(lp, community);
    }

    private HouseVariables create(LinearModel lp, CommunityCase community) {
        List<House> houses = community.houses();
        int periods = community.periods();
        for (HouseQuantity quantity : HouseQuantity.values()) {
            index.put(quantity, new int[houses.size()][periods]);
        }
        for (int h = 0; h < houses.size(); h++) {
            String owner = houses.get(h).id();
            for (int t = 0; t < periods; t++) {
                for (HouseQuantity quantity : HouseQuantity.values()) {
                    if (createsHere(h, t, quantity)) {
                        index.get(quantity)[h][t] = add(lp, Names.of(owner, quantity.key(), t), quantity,
                                sheet.lower(quantity, h, t), sheet.upper(quantity, h, t));
                    }
                }
            }
        }
        return this;
    }

    private static int add(LinearModel lp, String name, HouseQuantity quantity, double lower, double upper) {
        return quantity.binary()
                ? lp.addBinary(name, (int) lower, (int) upper)
                : lp.addContinuous(name, lower, upper);
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

    /** The coefficients and bounds these variables were created with. */
    HousePeriodSheet sheet() {
        return sheet;
    }

    /** Index in the linear model of {@code quantity} for house {@code h} in period {@code t}. */
    int get(HouseQuantity quantity, int h, int t) {
        return index.get(quantity)[h][t];
    }
}
