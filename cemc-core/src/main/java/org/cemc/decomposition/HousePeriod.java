package org.cemc.decomposition;

import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Prices;

/**
 * One house in one period as the decomposition sees it: the data and prices of K1-K11 and of its share of the
 * objective, all per period (kWh and money).
 *
 * @param pv PV generation PV
 * @param demand interruptible demand ID
 * @param callable curtailable load, CALL when DR is on, else 0 (K8 and the dr switch)
 * @param gridBuy grid import price (term i)
 * @param gridSell grid export price (term i)
 * @param curtailValue incentive plus avoided fine per kWh curtailed, {@code cDR + cDRF} (term ii)
 * @param welfareValue social-welfare value per kWh self-supplied or sold P2P, cSWV (term iv)
 * @param ensPenalty penalty per kWh not supplied, cENS (term vii)
 * @param p2p whether the house may trade P2P (the p2p switch)
 * @param constant the profit that no decision changes: {@code -cGbuy * UID - cDRF * CALL + stand-by}
 */
record HousePeriod(double pv, double demand, double callable, double gridBuy, double gridSell, double curtailValue,
                   double welfareValue, double ensPenalty, boolean p2p, double constant) {

    static HousePeriod of(CommunityCase community, House house, int t) {
        Prices prices = community.prices();
        double callable = house.drCallable().at(t);
        double standby = house.drEnrolled() ? prices.standby().at(t) * community.grid().periodHours() : 0;
        return new HousePeriod(house.pv().at(t), house.interruptible().at(t),
                community.switches().dr() ? callable : 0, prices.gridBuy().at(t), prices.gridSell().at(t),
                prices.drIncentive().at(t) + prices.drFine().at(t), prices.socialWelfareValue(), prices.ens().at(t),
                community.switches().p2p(),
                -prices.gridBuy().at(t) * house.uninterruptible().at(t) - prices.drFine().at(t) * callable + standby);
    }
}
