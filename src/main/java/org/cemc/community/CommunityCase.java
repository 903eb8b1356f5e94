package org.cemc.community;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the scheduler needs about one day of a group of energy communities: the time grid, the ECs, their
 * houses, the guest EVs asking to park, the prices and the model's switches. Built by the case reader, which
 * validates it; nothing downstream re-validates.
 *
 * @param currency how money is labelled in outputs (e.g. USD); all prices are in it
 */
public record CommunityCase(String name, String currency, TimeGrid grid, List<EnergyCommunity> communities, List<House> houses,
                            List<GuestEv> guestEvs, Prices prices, Switches switches) {

    public CommunityCase {
        communities = List.copyOf(communities);
        houses = List.copyOf(houses);
        guestEvs = List.copyOf(guestEvs);
    }

    public CommunityCase withSwitches(Switches newSwitches) {
        return new CommunityCase(name, currency, grid, communities, houses, guestEvs, prices, newSwitches);
    }

    public int periods() {
        return grid.periods();
    }

    /**
     * cand(e): indices of the houses that may host {@code ev}, those with a charger in the EC it asked for (any
     * house with a charger if it named none).
     */
    public List<Integer> candidateHosts(GuestEv ev) {
        List<Integer> hosts = new ArrayList<>();
        for (int h = 0; h < houses.size(); h++) {
            House house = houses.get(h);
            boolean inRequestedCommunity = ev.community().map(house.community()::equals).orElse(true);
            if (house.hasCharger() && inRequestedCommunity) {
                hosts.add(h);
            }
        }
        return hosts;
    }
}
