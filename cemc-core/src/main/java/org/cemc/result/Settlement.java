package org.cemc.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.Stay;
import org.cemc.model.HouseQuantity;

/**
 * Every flow of every house in every period, recomputed from a schedule (so it is independent of how the model
 * states its objective). A house's {@linkplain #net(int) net} is money only: the sum of its {@linkplain Flow#cash()
 * cash} flows. Its {@linkplain #socialWelfareValue(int) social-welfare value} is kept beside it, not in it: the
 * objective counts it, nobody pays it. The houses' nets plus their social-welfare values add up to the
 * community's profit. Guest-EV payments go to the house that hosts and meters the EV.
 */
public final class Settlement {
    private final CommunityCase community;
    /** {@code amounts[house][flow][period]} in the case's currency. */
    private final double[][][] amounts;

    private Settlement(CommunityCase community, double[][][] amounts) {
        this.community = community;
        this.amounts = amounts;
    }

    public static Settlement of(CommunityCase community, Schedule schedule) {
        List<House> houses = community.houses();
        double[][][] amounts = new double[houses.size()][Flow.values().length][community.periods()];
        Prices prices = community.prices();
        double hours = community.grid().periodHours();
        for (int h = 0; h < houses.size(); h++) {
            House house = houses.get(h);
            HousePlan plan = schedule.house(house.id());
            double[][] flows = amounts[h];
            for (int t = 0; t < community.periods(); t++) {
                double curtailed = plan.get(HouseQuantity.DR_CURTAILED, t);
                flows[Flow.GRID_PURCHASE.ordinal()][t] = -prices.gridBuy().at(t) * plan.get(HouseQuantity.GRID_IMPORT, t);
                flows[Flow.GRID_SALE.ordinal()][t] = prices.gridSell().at(t) * plan.get(HouseQuantity.GRID_EXPORT, t);
                flows[Flow.DR_INCENTIVE.ordinal()][t] = prices.drIncentive().at(t) * curtailed;
                flows[Flow.DR_FINE.ordinal()][t] = prices.drFine().at(t) * (curtailed - house.drCallable().at(t));
                flows[Flow.P2P_RECEIVED.ordinal()][t] = prices.p2p().at(t) * plan.get(HouseQuantity.P2P_SOLD, t);
                flows[Flow.P2P_PAID.ordinal()][t] = -prices.p2p().at(t) * plan.get(HouseQuantity.P2P_BOUGHT, t);
                flows[Flow.SOCIAL_WELFARE.ordinal()][t] = prices.socialWelfareValue()
                        * (plan.get(HouseQuantity.SELF_SUPPLY, t) + plan.get(HouseQuantity.P2P_SOLD, t));
                flows[Flow.STANDBY.ordinal()][t] = house.drEnrolled() ? prices.standby().at(t) * hours : 0;
                flows[Flow.ENS_PENALTY.ordinal()][t] = -prices.ens().at(t) * plan.get(HouseQuantity.NOT_SUPPLIED, t);
            }
        }
        Map<String, Integer> houseIndex = new HashMap<>();
        for (int h = 0; h < community.houses().size(); h++) {
            houseIndex.put(community.houses().get(h).id(), h);
        }
        for (int e = 0; e < community.guestEvs().size(); e++) {
            addGuestEv(community, community.guestEvs().get(e), schedule.evs().get(e), houseIndex, amounts);
        }
        return new Settlement(community, amounts);
    }

    /** Parking fees (v) and energy payments (viii) of a guest EV, at every house it was scheduled at. */
    private static void addGuestEv(CommunityCase community, GuestEv ev, EvPlan plan, Map<String, Integer> houseIndex,
                                   double[][][] amounts) {
        Prices prices = community.prices();
        Stay stay = ev.stay(community.grid());
        double hours = community.grid().periodHours();
        for (var hosting : plan.hosting().entrySet()) {
            Integer h = houseIndex.get(hosting.getKey());
            if (h == null) {
                throw new IllegalArgumentException("no house " + hosting.getKey());
            }
            for (int t = stay.first(); t < stay.end(); t++) {
                amounts[h][Flow.PARKING_FEES.ordinal()][t] += prices.parkingFee() * hours * hosting.getValue();
                amounts[h][Flow.EV_CHARGING_RECEIVED.ordinal()][t] +=
                        prices.evCharge().at(t) * plan.chargeAt(hosting.getKey(), t);
                amounts[h][Flow.EV_DISCHARGE_PAID.ordinal()][t] -=
                        prices.evDischarge().at(t) * plan.dischargeAt(hosting.getKey(), t);
            }
        }
    }

    public CommunityCase community() {
        return community;
    }

    /** What house {@code h} received (+) or paid (−) through {@code flow} in period {@code t}. */
    public double amount(int h, Flow flow, int t) {
        return amounts[h][flow.ordinal()][t];
    }

    /** A flow of house {@code h} over the day. */
    public double total(int h, Flow flow) {
        double sum = 0;
        for (double amount : amounts[h][flow.ordinal()]) {
            sum += amount;
        }
        return sum;
    }

    /** House {@code h}'s net money for the day: every cash flow added up (the social-welfare value is not in it). */
    public double net(int h) {
        double sum = 0;
        for (Flow flow : Flow.cashFlows()) {
            sum += total(h, flow);
        }
        return sum;
    }

    /** House {@code h}'s social-welfare value for the day: what the objective credits it, not money. */
    public double socialWelfareValue(int h) {
        return total(h, Flow.SOCIAL_WELFARE);
    }

    /** House {@code h}'s share of the community's objective: its net money plus its social-welfare value. */
    public double netWithWelfare(int h) {
        return net(h) + socialWelfareValue(h);
    }

    /** The houses' net money added up: what the community's households gain in money. */
    public double communityNet() {
        double sum = 0;
        for (int h = 0; h < amounts.length; h++) {
            sum += net(h);
        }
        return sum;
    }

    /** The houses' social-welfare values added up; with {@link #communityNet()}, the community's profit. */
    public double communitySocialWelfareValue() {
        double sum = 0;
        for (int h = 0; h < amounts.length; h++) {
            sum += socialWelfareValue(h);
        }
        return sum;
    }

    /** P2P money received minus paid over all houses in period {@code t}: zero in a balanced pool. */
    public double p2pBalance(int t) {
        double sum = 0;
        for (double[][] house : amounts) {
            sum += house[Flow.P2P_RECEIVED.ordinal()][t] + house[Flow.P2P_PAID.ordinal()][t];
        }
        return sum;
    }
}
