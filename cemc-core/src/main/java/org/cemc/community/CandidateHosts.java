package org.cemc.community;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * cand(e) of every guest EV (model.md, E1): the houses with a charger in the EC the EV asked for, or any house with a
 * charger if it named none. Found in one pass over the houses, so that 30,000 guest EVs among 180,000 houses cost
 * one pass, not one each; the EVs that name the same EC (or none) share one list.
 */
public final class CandidateHosts {
    private final Map<String, List<Integer>> byCommunity = new HashMap<>();
    private final List<Integer> anywhere;

    private CandidateHosts(CommunityCase community) {
        List<Integer> all = new ArrayList<>();
        for (int h = 0; h < community.houses().size(); h++) {
            House house = community.houses().get(h);
            if (house.hasCharger()) {
                all.add(h);
                byCommunity.computeIfAbsent(house.community(), ec -> new ArrayList<>()).add(h);
            }
        }
        byCommunity.replaceAll((ec, hosts) -> Collections.unmodifiableList(hosts));
        anywhere = Collections.unmodifiableList(all);
    }

    public static CandidateHosts of(CommunityCase community) {
        return new CandidateHosts(community);
    }

    /** Indices of the houses that may host {@code ev}, in case order. */
    public List<Integer> of(GuestEv ev) {
        return ev.community().map(ec -> byCommunity.getOrDefault(ec, List.of())).orElse(anywhere);
    }
}
