package org.cemc.decomposition;

import static org.cemc.model.HouseQuantity.EXPORT_MODE;

import java.util.Arrays;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.Stay;
import org.cemc.model.HousePeriodSheet;
import org.cemc.result.EvPlan;

/**
 * The houses as pricing and recovery see them once K12 is priced: each house's best response per period in closed
 * form ({@link HouseResponse}), in export mode where a hosted guest EV discharges (K3, K4). Export mode is decided
 * the day before, whatever guest EVs come (the first stage of the two-stage program), so a guest discharging at a
 * house in one scenario forces export mode there in every scenario.
 */
final class PoolHouses {
    /** A guest EV discharging less than this (kWh) does not force its host into export mode. */
    private static final double ENERGY_TOLERANCE = 1e-9;

    private final HousePeriodSheet sheet;
    private final HouseResponse responses;
    private final String[] ids;
    /** [house][period]: a hosted guest EV discharges there, so the house must be in export mode (K4). */
    private final boolean[][] mustExport;

    PoolHouses(CommunityCase community, HousePeriodSheet sheet) {
        this.sheet = sheet;
        this.responses = new HouseResponse(sheet);
        this.ids = community.houses().stream().map(house -> house.id()).toArray(String[]::new);
        this.mustExport = new boolean[sheet.houses()][sheet.periods()];
    }

    HouseResponse responses() {
        return responses;
    }

    /** House h's best response in period t at P2P price {@code price}, in export mode where it must be. */
    HouseAllocation bestResponse(int h, int t, double price) {
        return responses.best(h, t, price, mustExport[h][t]);
    }

    /** Whether a hosted guest EV discharges at house h in period t, by the blocks' last solutions. */
    boolean mustExport(int h, int t) {
        return mustExport[h][t];
    }

    /**
     * Marks the house-periods where a hosted guest EV discharges at its host, in the solutions of every scenario;
     * true if any is marked. A house may be in several of the solutions (a relaxed guest placed at a charger of a
     * block, outside the stays of the block's guests; another scenario's blocks), so a mark once set stays.
     */
    boolean markDischargingHosts(List<HostingBlocks.Solution> solved) {
        boolean any = false;
        for (boolean[] row : mustExport) {
            Arrays.fill(row, false);
        }
        for (HostingBlocks.Solution solution : solved) {
            Stay covered = solution.block().window();
            for (int h : solution.block().houses()) {
                for (int t = covered.first(); t < covered.end(); t++) {
                    double discharged = 0;
                    for (EvPlan plan : solution.evs()) {
                        discharged += plan.dischargeAt(ids[h], t);
                    }
                    // Where v is fixed to 0 no MILP lets a guest discharge (K4): what is left is the solver's
                    // tolerance, and the fixed first stage stands.
                    mustExport[h][t] |= discharged > ENERGY_TOLERANCE && sheet.upper(EXPORT_MODE, h, t) > 0;
                    any |= mustExport[h][t];
                }
            }
        }
        return any;
    }
}
