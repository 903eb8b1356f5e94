package org.cemc.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the scheduler needs about one day of a group of energy communities: the time grid, the ECs, their
 * houses, the guest EVs asking to park, the prices and the model's switches. Built by the case reader, which
 * validates it; nothing downstream re-validates.
 *
 * @param date the day scheduled, when the case names it (it labels outputs; the model does not read it)
 * @param currency how money is labelled in outputs (e.g. USD); all prices are in it
 * @param guestEvs the guest-EV requests the model schedules
 * @param guestEvScenarios guest EVs given as distributions; the requests are then drawn from them
 * @param settlement how the schedule's money is shared among the houses; the schedule does not depend on it
 */
public record CommunityCase(String name, Optional<LocalDate> date, String currency, TimeGrid grid,
                            List<EnergyCommunity> communities, List<House> houses, List<GuestEv> guestEvs,
                            Optional<GuestEvScenarios> guestEvScenarios, Prices prices, Switches switches,
                            SettlementRule settlement) {

    public CommunityCase {
        communities = List.copyOf(communities);
        houses = List.copyOf(houses);
        guestEvs = List.copyOf(guestEvs);
    }

    /** A case settled at the P2P price, the default. */
    public CommunityCase(String name, Optional<LocalDate> date, String currency, TimeGrid grid,
                         List<EnergyCommunity> communities, List<House> houses, List<GuestEv> guestEvs,
                         Optional<GuestEvScenarios> guestEvScenarios, Prices prices, Switches switches) {
        this(name, date, currency, grid, communities, houses, guestEvs, guestEvScenarios, prices, switches,
                SettlementRule.p2pPrice());
    }

    public CommunityCase withSwitches(Switches newSwitches) {
        return new CommunityCase(name, date, currency, grid, communities, houses, guestEvs, guestEvScenarios, prices,
                newSwitches, settlement);
    }

    public CommunityCase withPrices(Prices newPrices) {
        return new CommunityCase(name, date, currency, grid, communities, houses, guestEvs, guestEvScenarios,
                newPrices, switches, settlement);
    }

    /** The same community and day with other guest-EV requests (a scenario's, or representatives'). */
    public CommunityCase withGuestEvs(List<GuestEv> newGuestEvs) {
        return new CommunityCase(name, date, currency, grid, communities, houses, newGuestEvs, guestEvScenarios,
                prices, switches, settlement);
    }

    public CommunityCase withSettlement(SettlementRule rule) {
        return new CommunityCase(name, date, currency, grid, communities, houses, guestEvs, guestEvScenarios, prices,
                switches, rule);
    }

    public int periods() {
        return grid.periods();
    }
}
