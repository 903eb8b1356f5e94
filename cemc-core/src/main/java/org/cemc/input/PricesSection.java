package org.cemc.input;

import static org.cemc.input.CaseKeys.DR_FINE;
import static org.cemc.input.CaseKeys.DR_INCENTIVE;
import static org.cemc.input.CaseKeys.ENS;
import static org.cemc.input.CaseKeys.EV_CHARGE;
import static org.cemc.input.CaseKeys.EV_DISCHARGE;
import static org.cemc.input.CaseKeys.GRID_BUY;
import static org.cemc.input.CaseKeys.GRID_SELL;
import static org.cemc.input.CaseKeys.PARKING_FEE;
import static org.cemc.input.CaseKeys.PRICES;
import static org.cemc.input.CaseKeys.SOCIAL_WELFARE_VALUE;
import static org.cemc.input.CaseKeys.STANDBY;

import java.util.List;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.TimeGrid;

/** Reads {@code prices:} of case.yaml and the prices file it names. */
final class PricesSection {
    private PricesSection() {
    }

    static Prices read(CaseSource source, CaseDocument.PriceEntry entry, TimeGrid grid, List<House> houses,
                       String currency) {
        if (entry == null) {
            throw source.error(PRICES, "is missing (see docs/case-format.md for the prices a case needs)");
        }
        PriceSeriesSection given = PriceSeriesSection.read(source, entry.series(), grid, currency);
        Series gridBuy = given.price(GRID_BUY, entry.gridBuy(), null, true);
        Series gridSell = given.price(GRID_SELL, entry.gridSell(), null, true);
        Series drIncentive = given.price(DR_INCENTIVE, entry.drIncentive(), null, false);
        Series drFine = given.price(DR_FINE, entry.drFine(), null, false);
        Series standby = given.price(STANDBY, entry.standby(), null, false);
        Series ens = given.price(ENS, entry.ens(), null, false);
        Series evCharge = given.price(EV_CHARGE, entry.evCharge(), gridBuy, true);
        Series evDischarge = given.price(EV_DISCHARGE, entry.evDischarge(), gridSell, true);
        double swv = constant(source, SOCIAL_WELFARE_VALUE, entry.socialWelfareValue(),
                PlausibleRanges.price(currency, "kWh"));
        double parking = constant(source, PARKING_FEE, entry.parkingFee(), PlausibleRanges.price(currency, "hour"));
        P2pMarket p2p = P2pMarketSection.read(source, entry, given, grid, gridBuy, gridSell, houses);
        return new Prices(gridBuy, gridSell, p2p, drIncentive, drFine, standby, ens, evCharge, evDischarge, swv,
                parking);
    }

    private static double constant(CaseSource source, String key, Double value, PlausibleRanges.Range range) {
        String field = PRICES + "." + key;
        return source.plausible(field, "the price is", range, source.nonNegative(field, source.require(value, field)));
    }
}
