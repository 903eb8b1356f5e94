package org.cemc.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;

/**
 * The paper's Table I: each objective term summed over periods, per house, from the {@link Settlement} (so it is
 * recomputed from the schedule, independent of how the model states its objective). Money in the case's currency.
 *
 * <p>Held as one row of terms per house, with each EC's houses listed once, so that an EC's figures sum its own
 * houses only: scanning every house for each EC took hours at 10,000 ECs of 18 houses.
 */
public final class ProfitTable {
    private static final ProfitTerm[] TERMS = ProfitTerm.values();

    /** [house][term ordinal], houses in the case's order. */
    private final double[][] byHouse;
    private final Map<String, Integer> houseIndex;
    /** The houses of each EC, in the case's order. */
    private final Map<String, int[]> housesOfCommunity;

    private ProfitTable(double[][] byHouse, Map<String, Integer> houseIndex, Map<String, int[]> housesOfCommunity) {
        this.byHouse = byHouse;
        this.houseIndex = houseIndex;
        this.housesOfCommunity = housesOfCommunity;
    }

    public static ProfitTable of(CommunityCase community, Schedule schedule) {
        return of(Settlement.of(community, schedule));
    }

    public static ProfitTable of(Settlement settlement) {
        List<House> houses = settlement.community().houses();
        double[][] byHouse = new double[houses.size()][TERMS.length];
        Map<String, Integer> houseIndex = new HashMap<>();
        Map<String, List<Integer>> communityHouses = new HashMap<>();
        for (int h = 0; h < houses.size(); h++) {
            for (Flow flow : Flow.values()) {
                byHouse[h][flow.term().ordinal()] += settlement.total(h, flow);
            }
            houseIndex.put(houses.get(h).id(), h);
            communityHouses.computeIfAbsent(houses.get(h).community(), ec -> new ArrayList<>()).add(h);
        }
        Map<String, int[]> housesOfCommunity = new HashMap<>();
        communityHouses.forEach((ec, members) ->
                housesOfCommunity.put(ec, members.stream().mapToInt(Integer::intValue).toArray()));
        return new ProfitTable(byHouse, houseIndex, housesOfCommunity);
    }

    /** A term summed over every house. */
    public double term(ProfitTerm term) {
        return Arrays.stream(byHouse).mapToDouble(terms -> terms[term.ordinal()]).sum();
    }

    /** A term summed over the houses of one EC (0 for an EC without houses). */
    public double term(ProfitTerm term, String communityId) {
        return Arrays.stream(housesOfCommunity.getOrDefault(communityId, new int[0]))
                .mapToDouble(h -> byHouse[h][term.ordinal()]).sum();
    }

    public double houseTerm(ProfitTerm term, String houseId) {
        Integer h = houseIndex.get(houseId);
        if (h == null) {
            throw new IllegalArgumentException("no profit for house " + houseId);
        }
        return byHouse[h][term.ordinal()];
    }

    public double total() {
        return Arrays.stream(byHouse).flatMapToDouble(Arrays::stream).sum();
    }

    public double total(String communityId) {
        double sum = 0;
        for (ProfitTerm term : TERMS) {
            sum += term(term, communityId);
        }
        return sum;
    }
}
