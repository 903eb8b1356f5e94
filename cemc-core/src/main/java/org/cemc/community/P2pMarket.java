package org.cemc.community;

import java.util.List;

/**
 * The P2P price of each period (design pricing.md): what buyers pay ({@code buy}), what sellers receive
 * ({@code sell}), and the clearing price the model uses, one per period and paid by the buyer to the seller, so
 * P2P money is zero-sum (deviation D7). The community's optimum does not depend on it; who earns what does.
 */
public record P2pMarket(Rule rule, Series buy, Series sell, Series clearing) {

    /** How the price is set, as named in case.yaml ({@code p2p_rule}). */
    public enum Rule {
        /** A given price per period. */
        SERIES("series"),
        /** The mean of the grid import price and the feed-in price. */
        MID_MARKET("mid-market"),
        /** The supply-demand ratio rule (Liu et al. 2017, the paper's ref. [13]); clearing at the buy/sell mean. */
        SDR("sdr");

        private final String key;

        Rule(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A given clearing price, paid and received as it is. */
    public static P2pMarket series(Series price) {
        return new P2pMarket(Rule.SERIES, price, price, price);
    }

    /** {@code (gridBuy + feedIn) / 2} every period. */
    public static P2pMarket midMarket(Series gridBuy, Series feedIn) {
        double[] price = new double[gridBuy.length()];
        for (int t = 0; t < price.length; t++) {
            price[t] = (gridBuy.at(t) + feedIn.at(t)) / 2;
        }
        Series mid = Series.of(price);
        return new P2pMarket(Rule.MID_MARKET, mid, mid, mid);
    }

    /**
     * The SDR rule. Each house's net position before trading is {@code NP = ID + UID - PV}; buyers' total
     * {@code TBP = sum max(NP, 0)}, sellers' {@code TSP = sum max(-NP, 0)}, {@code SDR = TSP / TBP}. For
     * {@code 0 <= SDR < 1}, {@code P_sell = buy * feedIn / ((buy - feedIn) * SDR + feedIn)} and
     * {@code P_buy = P_sell * SDR + buy * (1 - SDR)}; with {@code SDR >= 1} or no buyers both are the feed-in
     * price. The clearing price is their mean, as in the paper.
     */
    public static P2pMarket sdr(List<House> houses, Series gridBuy, Series feedIn) {
        int periods = gridBuy.length();
        double[] buy = new double[periods];
        double[] sell = new double[periods];
        double[] clearing = new double[periods];
        for (int t = 0; t < periods; t++) {
            double buyers = 0;
            double sellers = 0;
            for (House house : houses) {
                double net = house.interruptible().at(t) + house.uninterruptible().at(t) - house.pv().at(t);
                buyers += Math.max(net, 0);
                sellers += Math.max(-net, 0);
            }
            double[] prices = sdrPrices(sellers, buyers, gridBuy.at(t), feedIn.at(t));
            sell[t] = prices[0];
            buy[t] = prices[1];
            clearing[t] = (prices[0] + prices[1]) / 2;
        }
        return new P2pMarket(Rule.SDR, Series.of(buy), Series.of(sell), Series.of(clearing));
    }

    /** {@code {P_sell, P_buy}} for one period. */
    static double[] sdrPrices(double supply, double demand, double gridBuy, double feedIn) {
        if (demand <= 0 || supply >= demand) {
            return new double[] {feedIn, feedIn};
        }
        double ratio = supply / demand;
        double denominator = (gridBuy - feedIn) * ratio + feedIn;
        double sellPrice = denominator > 0 ? gridBuy * feedIn / denominator : gridBuy;
        return new double[] {sellPrice, sellPrice * ratio + gridBuy * (1 - ratio)};
    }
}
