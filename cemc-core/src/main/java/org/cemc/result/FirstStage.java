package org.cemc.result;

import org.cemc.model.HouseQuantity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemc.community.Series;

/**
 * The decisions a schedule takes the day before, whatever guest EVs come: each house's export mode, P2P role and
 * DR curtailment per period ({@link HouseQuantity#firstStage()}), by house id.
 */
public record FirstStage(Map<String, EnumMap<HouseQuantity, Series>> byHouse) {

    public FirstStage {
        byHouse = Map.copyOf(byHouse);
    }

    public static FirstStage of(Schedule schedule) {
        Map<String, EnumMap<HouseQuantity, Series>> byHouse = new LinkedHashMap<>();
        for (HousePlan plan : schedule.houses()) {
            EnumMap<HouseQuantity, Series> decisions = new EnumMap<>(HouseQuantity.class);
            for (HouseQuantity quantity : HouseQuantity.values()) {
                if (quantity.firstStage()) {
                    decisions.put(quantity, plan.series(quantity));
                }
            }
            byHouse.put(plan.house(), decisions);
        }
        return new FirstStage(byHouse);
    }

    public double get(String house, HouseQuantity quantity, int period) {
        return byHouse.get(house).get(quantity).at(period);
    }
}
