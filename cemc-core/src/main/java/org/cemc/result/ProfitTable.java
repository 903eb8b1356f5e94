package org.cemc.result;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;

/**
 * The paper's Table I: each objective term summed over periods, per house, from the {@link Settlement} (so it is
 * recomputed from the schedule, independent of how the model states its objective). Money in the case's currency.
 */
public final class ProfitTable {
    private final Map<String, EnumMap<ProfitTerm, Double>> byHouse;
    private final Map<String, String> communityOfHouse;

    private ProfitTable(Map<String, EnumMap<ProfitTerm, Double>> byHouse, Map<String, String> communityOfHouse) {
        this.byHouse = byHouse;
        this.communityOfHouse = communityOfHouse;
    }

    public static ProfitTable of(CommunityCase community, Schedule schedule) {
        return of(Settlement.of(community, schedule));
    }

    public static ProfitTable of(Settlement settlement) {
        CommunityCase community = settlement.community();
        Map<String, EnumMap<ProfitTerm, Double>> byHouse = new LinkedHashMap<>();
        Map<String, String> communityOfHouse = new LinkedHashMap<>();
        for (int h = 0; h < community.houses().size(); h++) {
            House house = community.houses().get(h);
            EnumMap<ProfitTerm, Double> terms = new EnumMap<>(ProfitTerm.class);
            for (ProfitTerm term : ProfitTerm.values()) {
                terms.put(term, 0.0);
            }
            for (Flow flow : Flow.values()) {
                terms.merge(flow.term(), settlement.total(h, flow), Double::sum);
            }
            byHouse.put(house.id(), terms);
            communityOfHouse.put(house.id(), house.community());
        }
        return new ProfitTable(byHouse, communityOfHouse);
    }

    /** A term summed over every house. */
    public double term(ProfitTerm term) {
        return byHouse.values().stream().mapToDouble(terms -> terms.get(term)).sum();
    }

    /** A term summed over the houses of one EC. */
    public double term(ProfitTerm term, String communityId) {
        return byHouse.entrySet().stream()
                .filter(e -> communityOfHouse.get(e.getKey()).equals(communityId))
                .mapToDouble(e -> e.getValue().get(term))
                .sum();
    }

    public double houseTerm(ProfitTerm term, String houseId) {
        return byHouse.get(houseId).get(term);
    }

    public double total() {
        return byHouse.values().stream().flatMap(terms -> terms.values().stream()).mapToDouble(Double::doubleValue).sum();
    }

    public double total(String communityId) {
        double sum = 0;
        for (ProfitTerm term : ProfitTerm.values()) {
            sum += term(term, communityId);
        }
        return sum;
    }
}
