package org.cemc.study.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cemc.community.House;

/**
 * Which houses have a charger under a variant's {@code charger_share} (docs/studies.md, "Variants"). The houses are
 * put in one order, shuffled with the study's {@code charger_seed}; a share s gives the first round(s × houses) of
 * that order a charger and the others none, so a larger share keeps every charger of a smaller one. A chosen house
 * keeps its own charger power if the case gives it one, and otherwise gets the case's most common charger power
 * (the larger of equally common ones), or {@link #DEFAULT_KW} when no house of the case has a charger.
 */
final class ChargerShare {
    /** A common level-2 home charger, as the guest EVs' default charging power (docs/scenarios.md). */
    static final double DEFAULT_KW = 7.2;

    private final List<House> order;
    private final double commonKw;

    ChargerShare(List<House> houses, long seed) {
        List<House> shuffled = new ArrayList<>(houses);
        Collections.shuffle(shuffled, new Random(seed));
        this.order = List.copyOf(shuffled);
        Map<Double, Integer> counts = new HashMap<>();
        houses.stream().filter(House::hasCharger).forEach(h -> counts.merge(h.chargerKw(), 1, Integer::sum));
        this.commonKw = counts.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(DEFAULT_KW);
    }

    /** How many houses get a charger: {@code share × houses}, rounded half up. */
    int count(double share) {
        return (int) Math.round(share * order.size());
    }

    /** The charger power of every house (0: none) under {@code share}, by house id. */
    Map<String, Double> chargers(double share) {
        int count = count(share);
        Map<String, Double> kw = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            House house = order.get(i);
            kw.put(house.id(), i < count ? (house.hasCharger() ? house.chargerKw() : commonKw) : 0.0);
        }
        return kw;
    }

    double commonKw() {
        return commonKw;
    }
}
