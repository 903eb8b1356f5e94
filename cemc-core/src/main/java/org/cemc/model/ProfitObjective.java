package org.cemc.model;

import org.cemc.community.CommunityCase;

/**
 * The objective, paper eq. (1): the community's total profit, terms (i)-(viii) summed over houses and periods, with
 * the coefficients of the case's {@link HousePeriodSheet} and P2P energy priced at the case's clearing price.
 * Constant parts (the stand-by payment and the fine on all callable load) go into the objective's constant so the
 * optimum equals the profit table's total.
 */
final class ProfitObjective {
    private ProfitObjective() {
    }

    static void set(LinearModel lp, CommunityCase community, HouseVariables vars, GuestEvVariables evs) {
        HousePeriodSheet sheet = vars.sheet();
        for (int h = 0; h < community.houses().size(); h++) {
            for (int t = 0; t < community.periods(); t++) {
                for (HouseQuantity quantity : HouseQuantity.values()) {
                    lp.addToObjective(vars.get(quantity, h, t), sheet.coefficient(quantity, t, sheet.p2pPrice(t)));
                }
                lp.addObjectiveConstant(sheet.constant(h, t));
            }
        }
        for (GuestEvVariables.Ev ev : evs.all()) {
            for (int k = 0; k < ev.hosts().size(); k++) {
                lp.addToObjective(ev.hosted()[k], sheet.parkingFee(ev.stay()));
                for (int i = 0; i < ev.stay().length(); i++) {
                    int t = ev.stay().first() + i;
                    lp.addToObjective(ev.charge()[k][i], sheet.evChargeCoefficient(t));
                    lp.addToObjective(ev.discharge()[k][i], sheet.evDischargeCoefficient(t));
                }
            }
        }
    }
}
