package org.cemc.decomposition;

/**
 * The exact optimum of one house in one period when P2P energy is bought and sold at a given price instead of
 * being balanced (K12 relaxed): the Lagrangian subproblem of a house.
 *
 * <p>With the binaries v and r fixed, K1-K11 are a small transport problem: the house's PV goes to self-supply
 * (SS), P2P sales (PS), export (GXpv) or is spilled (K2), and its interruptible demand is met by SS, curtailment
 * (DR), grid (GI), P2P purchases (PB) or not supplied (ENS) (K1), each within its bound (K5, K8-K10). For a given
 * SS, the best cover of the remaining demand and the best use of the remaining PV are greedy (most valuable
 * option first), and the profit is concave and piecewise linear in SS, so its maximum lies at one of the
 * breakpoints, which are all tried. The four (v, r) pairs are then compared. K4 is written here as
 * {@code GXpv <= v * PV}; what a hosted guest EV discharges is exported on top (K3) and is the hosting block's
 * concern ({@link HostingBlocks}), which is why a period may be forced into export mode.
 */
final class HouseResponse {
    /** Profits closer than this count as equal, so ties are broken by the preference order below. */
    private static final double TIE = 1e-12;

    private HouseResponse() {
    }

    /**
     * The most profitable decisions over every allowed (v, r). Ties prefer import mode (v = 0, which keeps the
     * grid as a fallback) and the P2P role of the house's net position ({@link #naturalRole}).
     */
    static HouseAllocation best(HousePeriod house, double price, boolean mustExport) {
        return best(house, price, mustExport, 0, naturalRole(house));
    }

    /** As {@link #best(HousePeriod, double, boolean)}, ties preferring the given (v, r), then v, then r. */
    static HouseAllocation best(HousePeriod house, double price, boolean mustExport, int preferredExport,
                                int preferredRole) {
        HouseAllocation best = null;
        for (int i = 0; i < 2; i++) {
            int v = i == 0 ? preferredExport : 1 - preferredExport;
            if (mustExport && v == 0) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                int r = k == 0 ? preferredRole : 1 - preferredRole;
                HouseAllocation candidate = solve(house, price, v, r, Double.NaN);
                if (best == null || candidate.profit() > best.profit() + TIE * (1 + Math.abs(best.profit()))) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** The P2P role of the house's net position: a buyer (r = 1) when its demand exceeds its PV. */
    static int naturalRole(HousePeriod house) {
        return house.demand() > house.pv() ? 1 : 0;
    }

    /** The export mode of the house's net position: export mode (v = 1) when its PV exceeds its demand. */
    static int naturalExportMode(HousePeriod house) {
        return house.pv() > house.demand() ? 1 : 0;
    }

    /** The most profitable decisions with v and r given. */
    static HouseAllocation withRoles(HousePeriod house, double price, int exportMode, int buyer) {
        return solve(house, price, exportMode, buyer, Double.NaN);
    }

    /** The most profitable decisions with v and r given and the P2P trade fixed (PB if a buyer, else PS). */
    static HouseAllocation withTrade(HousePeriod house, double price, int exportMode, int buyer, double trade) {
        return solve(house, price, exportMode, buyer, trade);
    }

    private static HouseAllocation solve(HousePeriod house, double price, int v, int r, double fixedTrade) {
        boolean free = Double.isNaN(fixedTrade);
        double pvLeft = house.pv();
        double demandLeft = house.demand();
        double sold = 0;
        double bought = 0;
        if (!free && r == 1) {
            bought = fixedTrade;
            demandLeft = Math.max(0, demandLeft - bought);
        } else if (!free) {
            sold = fixedTrade;
            pvLeft = Math.max(0, pvLeft - sold);
        }
        // Demand sources other than SS, in the order DR, GI, PB, ENS; PV uses other than SS: PS, GXpv.
        boolean buys = free && house.p2p() && r == 1;
        boolean sells = free && house.p2p() && r == 0;
        double[] sourceValue = {house.curtailValue(), -house.gridBuy(), -price, -house.ensPenalty()};
        double[] sourceCap = {house.callable(), (1 - v) * house.demand(), buys ? house.demand() : 0, house.demand()};
        double[] useValue = {price + house.welfareValue(), house.gridSell()};
        double[] useCap = {sells ? house.pv() : 0, v * house.pv()};
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
            double profit = house.welfareValue() * selfSupply
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
        double tradeProfit = (price + house.welfareValue()) * sold - price * bought;
        return new HouseAllocation(bestSelfSupply, cover[0], cover[1], bought + cover[2], cover[3], sold + use[0],
                use[1], v, r, bestProfit + tradeProfit + house.constant());
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
