package org.cemc.result;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.Stay;

/**
 * The paper's Table I: each objective term summed over periods, per house, recomputed from a schedule (so it is
 * independent of how the model states its objective). Money in the case's currency.
 */
public final class ProfitTable {
    private final Map<String, EnumMap<ProfitTerm, Double>> byHouse;
    private final Map<String, String> communityOfHouse;

    private ProfitTable(Map<String, EnumMap<ProfitTerm, Double>> byHouse, Map<String, String> communityOfHouse) {
        this.byHouse = byHouse;
        this.communityOfHouse = communityOfHouse;
    }

    public static ProfitTable of(CommunityCase community, Schedule schedule) {
        Map<String, EnumMap<ProfitTerm, Double>> byHouse = new LinkedHashMap<>();
        Map<String, String> communityOfHouse = new LinkedHashMap<>();
        for (House house : community.houses()) {
            byHouse.put(house.id(), houseTerms(community, house, schedule.house(house.id())));
            communityOfHouse.put(house.id(), house.community());
        }
        List<GuestEv> evs = community.guestEvs();
        for (int e = 0; e < evs.size(); e++) {
            addGuestEvTerms(community, evs.get(e), schedule.evs().get(e), byHouse);
        }
        return new ProfitTable(byHouse, communityOfHouse);
    }

    private static EnumMap<ProfitTerm, Double> houseTerms(CommunityCase community, House house, HousePlan plan) {
        Prices prices = community.prices();
        double hours = community.grid().periodHours();
        EnumMap<ProfitTerm, Double> terms = emptyTerms();
        for (int t = 0; t < community.periods(); t++) {
            add(terms, ProfitTerm.GRID, prices.gridSell().at(t) * plan.get(HouseQuantity.GRID_EXPORT, t)
                    - prices.gridBuy().at(t) * plan.get(HouseQuantity.GRID_IMPORT, t));
            double curtailed = plan.get(HouseQuantity.DR_CURTAILED, t);
            add(terms, ProfitTerm.DEMAND_RESPONSE, prices.drIncentive().at(t) * curtailed
                    + prices.drFine().at(t) * (curtailed - house.drCallable().at(t)));
            add(terms, ProfitTerm.P2P, prices.p2p().at(t)
                    * (plan.get(HouseQuantity.P2P_SOLD, t) - plan.get(HouseQuantity.P2P_BOUGHT, t)));
            add(terms, ProfitTerm.SOCIAL_WELFARE, prices.socialWelfareValue()
                    * (plan.get(HouseQuantity.SELF_SUPPLY, t) + plan.get(HouseQuantity.P2P_SOLD, t)));
            if (house.drEnrolled()) {
                add(terms, ProfitTerm.STANDBY, prices.standby().at(t) * hours);
            }
            add(terms, ProfitTerm.ENS_PENALTY, -prices.ens().at(t) * plan.get(HouseQuantity.NOT_SUPPLIED, t));
        }
        return terms;
    }

    /** Parking fees (v) and energy payments (viii) of a guest EV go to the house that meters them. */
    private static void addGuestEvTerms(CommunityCase community, GuestEv ev, EvPlan plan,
                                        Map<String, EnumMap<ProfitTerm, Double>> byHouse) {
        Prices prices = community.prices();
        Stay stay = ev.stay(community.grid());
        double hours = community.grid().periodHours();
        for (Map.Entry<String, Double> hosting : plan.hosting().entrySet()) {
            EnumMap<ProfitTerm, Double> terms = byHouse.get(hosting.getKey());
            add(terms, ProfitTerm.PARKING_HOST, prices.parkingFee() * hours * stay.length() * hosting.getValue());
            for (int t = stay.first(); t < stay.end(); t++) {
                add(terms, ProfitTerm.GUEST_EV_ENERGY,
                        prices.evCharge().at(t) * plan.chargeAt(hosting.getKey(), t)
                                - prices.evDischarge().at(t) * plan.dischargeAt(hosting.getKey(), t));
            }
        }
    }

    private static EnumMap<ProfitTerm, Double> emptyTerms() {
        EnumMap<ProfitTerm, Double> terms = new EnumMap<>(ProfitTerm.class);
        for (ProfitTerm term : ProfitTerm.values()) {
            terms.put(term, 0.0);
        }
        return terms;
    }

    private static void add(EnumMap<ProfitTerm, Double> terms, ProfitTerm term, double amount) {
        terms.merge(term, amount, Double::sum);
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
