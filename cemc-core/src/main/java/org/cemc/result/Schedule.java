package org.cemc.result;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** A day-ahead schedule: one plan per house and one per guest EV, in the case's order (and by house id). */
public record Schedule(List<HousePlan> houses, List<EvPlan> evs, Map<String, HousePlan> byHouse) {

    public Schedule(List<HousePlan> houses, List<EvPlan> evs) {
        this(houses, evs, houses.stream().collect(Collectors.toUnmodifiableMap(HousePlan::house, p -> p)));
    }

    public Schedule {
        houses = List.copyOf(houses);
        evs = List.copyOf(evs);
    }

    public HousePlan house(String id) {
        HousePlan plan = byHouse.get(id);
        if (plan == null) {
            throw new IllegalArgumentException("no plan for house " + id);
        }
        return plan;
    }

    public Optional<EvPlan> ev(String id) {
        return evs.stream().filter(p -> p.ev().equals(id)).findFirst();
    }
}
