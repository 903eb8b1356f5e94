package org.cemc.community;

/**
 * Prices of the day, in the case's currency. Per-kWh prices apply to energy per period; the stand-by payment and
 * the parking fee are per hour, so they scale with the period length.
 *
 * @param gridBuy grid import price per kWh (c^G in eq. 2)
 * @param gridSell grid export price per kWh (c^G in eq. 2; the paper uses one price for both)
 * @param p2pMarket P2P prices per kWh; its clearing price, paid by the buyer to the seller, is c^P2P (eq. 4, D7)
 * @param drIncentive DR incentive per kWh curtailed (c^DR, eq. 3)
 * @param drFine fine per kWh called but not curtailed (c^DR,Fine, eq. 3)
 * @param standby stand-by payment per enrolled house and hour (SCPU)
 * @param ens penalty per kWh of interruptible demand not supplied (c^ENS, eq. 7)
 * @param evCharge price a guest EV pays its host per kWh charged (c^CHEV, eq. 8)
 * @param evDischarge price the host pays a guest EV per kWh discharged (c^DCHEV, eq. 8)
 * @param socialWelfareValue hidden social-welfare value per kWh self-supplied or sold P2P (c^SWV, eq. 5)
 * @param parkingFee fee a guest EV pays its host per hour parked (c^Parking Host, eq. 6)
 */
public record Prices(Series gridBuy, Series gridSell, P2pMarket p2pMarket, Series drIncentive, Series drFine,
                     Series standby, Series ens, Series evCharge, Series evDischarge,
                     double socialWelfareValue, double parkingFee) {

    /** The same prices with another P2P market (another pricing rule). */
    public Prices withP2pMarket(P2pMarket market) {
        return new Prices(gridBuy, gridSell, market, drIncentive, drFine, standby, ens, evCharge, evDischarge,
                socialWelfareValue, parkingFee);
    }

    /**
     * The same prices with other grid import and export prices (a day-ahead bid's price level, org.cemc.market);
     * every other price, the P2P market's included, stays as it is.
     */
    public Prices withGridPrices(Series buy, Series sell) {
        return new Prices(buy, sell, p2pMarket, drIncentive, drFine, standby, ens, evCharge, evDischarge,
                socialWelfareValue, parkingFee);
    }

    /** The P2P clearing price per kWh of each period, c^P2P. */
    public Series p2p() {
        return p2pMarket.clearing();
    }
}
