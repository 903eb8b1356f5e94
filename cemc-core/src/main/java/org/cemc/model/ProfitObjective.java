package org.cemc.model;

import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.GRID_EXPORT;
import static org.cemc.model.HouseQuantity.GRID_IMPORT;
import static org.cemc.model.HouseQuantity.NOT_SUPPLIED;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_SOLD;
import static org.cemc.model.HouseQuantity.SELF_SUPPLY;

import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Prices;

/**
 * The objective, paper eq. (1): the community's total profit, terms (i)-(viii) summed over houses and periods.
 * Constant parts (the stand-by payment and the fine on all callable load) go into the objective's constant so the
 * optimum equals the profit table's total.
 */
final class ProfitObjective {
    private ProfitObjective() {
    }

    static void set(LinearModel lp, CommunityCase community, HouseVariables vars, GuestEvVariables evs) {
        Prices prices = community.prices();
        double hours = community.grid().periodHours();
        for (int h = 0; h < community.houses().size(); h++) {
            House house = community.houses().get(h);
            for (int t = 0; t < community.periods(); t++) {
                // (i) grid exchange, eq. (2)
                lp.addToObjective(vars.get(GRID_EXPORT, h, t), prices.gridSell().at(t));
                lp.addToObjective(vars.get(GRID_IMPORT, h, t), -prices.gridBuy().at(t));
                // (ii) DR incentive and the fine on callable load not curtailed, eq. (3)
                lp.addToObjective(vars.get(DR_CURTAILED, h, t), prices.drIncentive().at(t) + prices.drFine().at(t));
                lp.addObjectiveConstant(-prices.drFine().at(t) * house.drCallable().at(t));
                // (iii) P2P payments, eq. (4), and (iv) social welfare of self-supply and P2P sales, eq. (5)
                lp.addToObjective(vars.get(P2P_SOLD, h, t), prices.p2p().at(t) + prices.socialWelfareValue());
                lp.addToObjective(vars.get(P2P_BOUGHT, h, t), -prices.p2p().at(t));
                lp.addToObjective(vars.get(SELF_SUPPLY, h, t), prices.socialWelfareValue());
                // (vi) stand-by payment for enrolled houses
                if (house.drEnrolled()) {
                    lp.addObjectiveConstant(prices.standby().at(t) * hours);
                }
                // (vii) penalty on energy not supplied, eq. (7)
                lp.addToObjective(vars.get(NOT_SUPPLIED, h, t), -prices.ens().at(t));
            }
        }
        for (GuestEvVariables.Ev ev : evs.all()) {
            for (int k = 0; k < ev.hosts().size(); k++) {
                // (v) parking fee for every hour of the stay, eq. (6)
                lp.addToObjective(ev.hosted()[k], prices.parkingFee() * hours * ev.stay().length());
                for (int i = 0; i < ev.stay().length(); i++) {
                    int t = ev.stay().first() + i;
                    // (viii) what the EV pays for charging and is paid for discharging, eq. (8)
                    lp.addToObjective(ev.charge()[k][i], prices.evCharge().at(t));
                    lp.addToObjective(ev.discharge()[k][i], -prices.evDischarge().at(t));
                }
            }
        }
    }
}
