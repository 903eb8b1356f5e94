package org.cemc.result;

import org.cemc.model.HouseQuantity;
import java.util.ArrayList;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;

/**
 * Who traded with whom. The P2P pool (K12) matches no particular seller to a buyer, so each period's pool is
 * shared pro rata: seller s delivers to buyer b the share {@code PB_b / sum PB} of what s sold, and b pays s that
 * energy at the period's clearing price.
 */
public final class P2pTrades {
    private P2pTrades() {
    }

    /** One pro-rata trade: energy (kWh) from seller to buyer in a period, and its price. */
    public record Trade(int period, String seller, String buyer, double energyKwh, double amount) {
    }

    /** How many trades {@link #of} lists: per period, sellers times buyers (it grows with the square of houses). */
    public static long count(CommunityCase community, Schedule schedule) {
        long count = 0;
        for (int t = 0; t < community.periods(); t++) {
            long sellers = 0;
            long buyers = 0;
            for (HousePlan plan : schedule.houses()) {
                sellers += plan.get(HouseQuantity.P2P_SOLD, t) > 0 ? 1 : 0;
                buyers += plan.get(HouseQuantity.P2P_BOUGHT, t) > 0 ? 1 : 0;
            }
            count += sellers * buyers;
        }
        return count;
    }

    public static List<Trade> of(CommunityCase community, Schedule schedule) {
        List<Trade> trades = new ArrayList<>();
        List<House> houses = community.houses();
        for (int t = 0; t < community.periods(); t++) {
            double[] sold = new double[houses.size()];
            double[] bought = new double[houses.size()];
            double pool = 0;
            for (int h = 0; h < houses.size(); h++) {
                HousePlan plan = schedule.houses().get(h);
                sold[h] = plan.get(HouseQuantity.P2P_SOLD, t);
                bought[h] = plan.get(HouseQuantity.P2P_BOUGHT, t);
                pool += bought[h];
            }
            for (int s = 0; pool > 0 && s < houses.size(); s++) {
                for (int b = 0; sold[s] > 0 && b < houses.size(); b++) {
                    double energy = sold[s] * bought[b] / pool;
                    if (energy > 0) {
                        trades.add(new Trade(t, houses.get(s).id(), houses.get(b).id(), energy,
                                energy * community.prices().p2p().at(t)));
                    }
                }
            }
        }
        return trades;
    }
}
