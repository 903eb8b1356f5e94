package org.cemc.result;

import java.util.List;
import java.util.Optional;

/** A day-ahead schedule: one plan per house and one per guest EV, in the case's order. */
public record Schedule(List<HousePlan> houses, List<EvPlan> evs) {

    public Schedule {
        houses = List.copyOf(houses);
        evs = List.copyOf(evs);
    }

    public HousePlan house(String id) {
        return houses.stream().filter(p -> p.house().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan for house " + id));
    }

    public Optional<EvPlan> ev(String id) {
        return evs.stream().filter(p -> p.ev().equals(id)).findFirst();
    }
}
