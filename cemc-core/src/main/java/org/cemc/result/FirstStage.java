package org.cemc.result;

import org.cemc.model.HouseQuantity;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.Series;
import org.cemc.community.Stay;

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

    /**
     * The decisions of {@code houses} over {@code window}, its first period becoming period 0: the first stage of a
     * part of the case cut out the same way (the decomposition's hosting blocks).
     */
    public FirstStage slice(List<String> houses, Stay window) {
        Map<String, EnumMap<HouseQuantity, Series>> sliced = new LinkedHashMap<>();
        for (String house : houses) {
            EnumMap<HouseQuantity, Series> decisions = new EnumMap<>(HouseQuantity.class);
            byHouse.get(house).forEach((quantity, series) -> decisions.put(quantity,
                    Series.of(Arrays.copyOfRange(series.toArray(), window.first(), window.end()))));
            sliced.put(house, decisions);
        }
        return new FirstStage(sliced);
    }
}
