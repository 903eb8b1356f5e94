package org.cemc.result;

import org.cemc.model.HouseQuantity;
import java.util.Map;
import org.cemc.community.Series;

/** One house's schedule: every {@link HouseQuantity} for every period. */
public record HousePlan(String house, Map<HouseQuantity, Series> values) {

    public HousePlan {
        if (values.size() != HouseQuantity.values().length) {
            throw new IllegalArgumentException("a house plan needs every quantity, got " + values.keySet());
        }
        values = Map.copyOf(values);
    }

    public double get(HouseQuantity quantity, int period) {
        return values.get(quantity).at(period);
    }

    public Series series(HouseQuantity quantity) {
        return values.get(quantity);
    }
}
