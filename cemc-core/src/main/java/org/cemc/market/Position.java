package org.cemc.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.House;
import org.cemc.model.HouseQuantity;
import org.cemc.result.Schedule;

/**
 * The community's position at its connection to the utility (docs/market.md): per period, the energy it imports
 * from the grid and exports to it, for the whole community (scope {@link #ALL}, as profit.csv names it) and for each
 * EC, at the grid prices the schedule assumed. A scope's import is the sum of its houses' {@code GB} (PTFG, K7) and
 * its export the sum of their {@code GX} (PT2G, K3): P2P trades stay inside the community (K12) and do not cross
 * the connection. Energies in kWh per period, >= 0; the net is import minus export (buying positive, selling
 * negative).
 */
public final class Position {
    /** The scope of the whole community. */
    public static final String ALL = "all";

    private final CommunityCase community;
    private final Map<String, double[]> imports;
    private final Map<String, double[]> exports;

    private Position(CommunityCase community, Map<String, double[]> imports, Map<String, double[]> exports) {
        this.community = community;
        this.imports = imports;
        this.exports = exports;
    }

    /** The position of {@code schedule}, a checked schedule of {@code community}. */
    public static Position of(CommunityCase community, Schedule schedule) {
        Map<String, double[]> imports = new LinkedHashMap<>();
        Map<String, double[]> exports = new LinkedHashMap<>();
        imports.put(ALL, new double[community.periods()]);
        exports.put(ALL, new double[community.periods()]);
        for (EnergyCommunity ec : community.communities()) {
            imports.put(ec.id(), new double[community.periods()]);
            exports.put(ec.id(), new double[community.periods()]);
        }
        for (House house : community.houses()) {
            for (int t = 0; t < community.periods(); t++) {
                double bought = schedule.house(house.id()).get(HouseQuantity.GRID_IMPORT, t);
                double sold = schedule.house(house.id()).get(HouseQuantity.GRID_EXPORT, t);
                for (String scope : List.of(ALL, house.community())) {
                    imports.get(scope)[t] += bought;
                    exports.get(scope)[t] += sold;
                }
            }
        }
        return new Position(community, imports, exports);
    }

    /** The case whose schedule this is; its grid prices are the ones assumed. */
    public CommunityCase community() {
        return community;
    }

    /** {@link #ALL}, then each EC's id in the case's order. */
    public List<String> scopes() {
        return new ArrayList<>(imports.keySet());
    }

    /** kWh bought from the grid by {@code scope} in period {@code t}. */
    public double importKwh(String scope, int t) {
        return imports.get(scope)[t];
    }

    /** kWh sold to the grid by {@code scope} in period {@code t}. */
    public double exportKwh(String scope, int t) {
        return exports.get(scope)[t];
    }

    /** Import minus export, kWh: positive when {@code scope} buys, negative when it sells. */
    public double netKwh(String scope, int t) {
        return importKwh(scope, t) - exportKwh(scope, t);
    }

    /** The average power over a period of {@code kwh} delivered in it: kWh / period hours. */
    public double averageKw(double kwh) {
        return kwh / community.grid().periodHours();
    }

    /** The grid import price assumed in period {@code t} (c^G buy, eq. 2). */
    public double gridBuy(int t) {
        return community.prices().gridBuy().at(t);
    }

    /** The grid export price assumed in period {@code t} (c^G sell, eq. 2). */
    public double gridSell(int t) {
        return community.prices().gridSell().at(t);
    }
}
