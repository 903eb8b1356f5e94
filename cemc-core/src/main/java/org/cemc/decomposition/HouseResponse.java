package org.cemc.decomposition;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.GRID_INTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.NOT_SUPPLIED;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_BUYER;
import static org.cemc.model.HouseQuantity.P2P_SOLD;
import static org.cemc.model.HouseQuantity.PV_EXPORT;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import org.cemc.model.HousePeriodSheet;

/**
 * The exact optimum of one house in one period when P2P energy is bought and sold at a given price instead of
 * being balanced (K12 relaxed): the Lagrangian subproblem of a house, with the bounds and values of the case's
 * {@link HousePeriodSheet}.
 *
 * <p>With the binaries v and r fixed, K1-K11 are a small transport problem: the house's PV goes to self-supply
 * (SS), P2P sales (PS), export (GXpv) or is spilled (K2), and its interruptible demand is met by SS, curtailment
 * (DR), grid (GI), P2P purchases (PB) or not supplied (ENS) (K1), each within its bound (K5, K8-K10). GX, GU and GB
 * follow by K3, K6 and K7, so each option is worth its {@link HousePeriodSheet#marginalValue}. For a given SS, the
 * best cover of the remaining demand and the best use of the remaining PV are greedy (most valuable option first),
 * and the profit is concave and piecewise linear in SS, so its maximum lies at one of the breakpoints, which are
 * all tried. The allowed (v, r) pairs are then compared. K4 is written here as {@code GXpv <= v * PV}; what a
 * hosted guest EV discharges is exported on top (K3) and is the hosting block's concern ({@link HostingBlocks}),
 * which is why a period may be forced into export mode. The caps that depend on v and r are the rows of
 * {@code model/GridExport} (K4), {@code model/InterruptibleImportLimit} (K5) and {@code model/P2pRole} (K9, K10),
 * which a closed form has to state as caps; every other bound and every value comes from the sheet.
 */
final class HouseResponse {
    /** Profits closer than this count as equal, so ties are broken by the preference order below. */
    private static final double TIE = 1e-12;

    private final HousePeriodSheet sheet;

    HouseResponse(HousePeriodSheet sheet) {
        this.sheet = sheet;
    }

    /**
     * The most profitable decisions of house h in period t over every allowed (v, r). Ties prefer import mode
     * (v = 0, which keeps the grid as a fallback) and the P2P role of the house's net position
     * ({@link #naturalRole}).
     */
    HouseAllocation best(int h, int t, double price, boolean mustExport) {
        return best(h, t, price, mustExport, 0, naturalRole(h, t));
    }

    /** As {@link #best(int, int, double, boolean)}, ties preferring the given (v, r), then v, then r. */
    HouseAllocation best(int h, int t, double price, boolean mustExport, int preferredExport, int preferredRole) {
        int lowestExport = mustExport ? 1 : (int) sheet.lower(EXPORT_MODE, h, t);
        HouseAllocation best = null;
        for (int i = 0; i < 2; i++) {
            int v = i == 0 ? preferredExport : 1 - preferredExport;
            if (v < lowestExport || v > sheet.upper(EXPORT_MODE, h, t)) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                int r = k == 0 ? preferredRole : 1 - preferredRole;
                if (r < sheet.lower(P2P_BUYER, h, t) || r > sheet.upper(P2P_BUYER, h, t)) {
                    continue;
                }
                HouseAllocation candidate = solve(h, t, price, v, r, Double.NaN);
                if (best == null || candidate.profit() > best.profit() + TIE * (1 + Math.abs(best.profit()))) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * The P2P role of the house's net position: a buyer (r = 1) when its demand exceeds its PV, unless the sheet
     * fixes r (with P2P off, a house is a seller of nothing).
     */
    int naturalRole(int h, int t) {
        int role = sheet.interruptible(h, t) > sheet.pv(h, t) ? 1 : 0;
        return (int) Math.min(Math.max(role, sheet.lower(P2P_BUYER, h, t)), sheet.upper(P2P_BUYER, h, t));
    }

    /** The export mode of the house's net position: export mode (v = 1) when its PV exceeds its demand. */
    int naturalExportMode(int h, int t) {
        return sheet.pv(h, t) > sheet.interruptible(h, t) ? 1 : 0;
    }

    /** The most profitable decisions with v and r given. */
    HouseAllocation withRoles(int h, int t, double price, int exportMode, int buyer) {
        return solve(h, t, price, exportMode, buyer, Double.NaN);
    }

    /** The most profitable decisions with v and r given and the P2P trade fixed (PB if a buyer, else PS). */
    HouseAllocation withTrade(int h, int t, double price, int exportMode, int buyer, double trade) {
        return solve(h, t, price, exportMode, buyer, trade);
    }

    private HouseAllocation solve(int h, int t, double price, int v, int r, double fixedTrade) {
        boolean free = Double.isNaN(fixedTrade);
        double pv = sheet.pv(h, t);
        double demand = sheet.interruptible(h, t);
        double pvLeft = pv;
        double demandLeft = demand;
        double sold = 0;
        double bought = 0;
        if (!free && r == 1) {
            bought = fixedTrade;
            demandLeft = Math.max(0, demandLeft - bought);
        } else if (!free) {
            sold = fixedTrade;
            pvLeft = Math.max(0, pvLeft - sold);
        }
        // Demand sources other than SS, in the order DR, GI (K5), PB (K10), ENS; PV uses other than SS: PS (K9),
        // GXpv (K4).
        double[] sourceValue = {sheet.marginalValue(DR_CURTAILED, t, price),
                sheet.marginalValue(GRID_INTERRUPTIBLE, t, price), sheet.marginalValue(P2P_BOUGHT, t, price),
                sheet.marginalValue(NOT_SUPPLIED, t, price)};
        double[] sourceCap = {sheet.upper(DR_CURTAILED, h, t), (1 - v) * demand,
                free && r == 1 ? sheet.upper(P2P_BOUGHT, h, t) : 0, sheet.upper(NOT_SUPPLIED, h, t)};
        double[] useValue = {sheet.marginalValue(P2P_SOLD, t, price), sheet.marginalValue(PV_EXPORT, t, price)};
        double[] useCap = {free && r == 0 ? sheet.upper(P2P_SOLD, h, t) : 0, v * pv};
        double selfSupplyValue = sheet.marginalValue(SELF_SUPPLY, t, price);
        int[] sources = byValueDescending(sourceValue);
        int[] uses = byValueDescending(useValue);

        double selfSupplyMax = Math.min(pvLeft, demandLeft);
        double bestSelfSupply = 0;
        double bestProfit = Double.NEGATIVE_INFINITY;
        double[] candidates = new double[2 + sources.length + uses.length];
        int n = 0;
        candidates[n++] = 0;
        candidates[n++] = selfSupplyMax;
        double cumulative = 0;
        for (int s : sources) {
            cumulative += sourceCap[s];
            candidates[n++] = demandLeft - cumulative;
        }
        cumulative = 0;
        for (int u : uses) {
            cumulative += useCap[u];
            candidates[n++] = pvLeft - cumulative;
        }
        for (int i = 0; i < n; i++) {
            double selfSupply = Math.max(0, Math.min(selfSupplyMax, candidates[i]));
            double profit = selfSupplyValue * selfSupply
                    + fill(demandLeft - selfSupply, sources, sourceValue, sourceCap, null, true)
                    + fill(pvLeft - selfSupply, uses, useValue, useCap, null, false);
            if (profit > bestProfit) {
                bestProfit = profit;
                bestSelfSupply = selfSupply;
            }
        }
        double[] cover = new double[sourceValue.length];
        double[] use = new double[useValue.length];
        fill(demandLeft - bestSelfSupply, sources, sourceValue, sourceCap, cover, true);
        fill(pvLeft - bestSelfSupply, uses, useValue, useCap, use, false);
        double tradeProfit = useValue[0] * sold + sourceValue[2] * bought;
        return new HouseAllocation(bestSelfSupply, cover[0], cover[1], bought + cover[2], cover[3], sold + use[0],
                use[1], v, r, bestProfit + tradeProfit + sheet.fixedProfit(h, t));
    }

    /**
     * Fills {@code amount} from the options in {@code order}, each up to its cap, and returns the profit. A cover
     * of demand must be complete (ENS, capped at the whole demand, always completes it); a use of PV stops at the
     * first option worth nothing, the rest is spilled.
     */
    private static double fill(double amount, int[] order, double[] value, double[] cap, double[] taken,
                               boolean mustComplete) {
        double left = Math.max(0, amount);
        double profit = 0;
        for (int k : order) {
            if (left <= 0 || (!mustComplete && value[k] <= 0)) {
                break;
            }
            double take = Math.min(left, cap[k]);
            profit += value[k] * take;
            left -= take;
            if (taken != null) {
                taken[k] = take;
            }
        }
        return profit;
    }

    /** Indices of {@code values} from the largest value to the smallest; equal values keep their order. */
    private static int[] byValueDescending(double[] values) {
        int[] order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && values[order[j - 1]] < values[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }
}
