package org.cemc.input;

import static org.cemc.input.CaseKeys.FEED_IN;
import static org.cemc.input.CaseKeys.GRID_BUY;
import static org.cemc.input.CaseKeys.P2P;
import static org.cemc.input.CaseKeys.P2P_RULE;
import static org.cemc.input.CaseKeys.PRICES;

import java.util.List;
import java.util.Optional;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Series;
import org.cemc.community.TimeGrid;

/**
 * Reads {@code p2p_rule}, {@code p2p} and {@code feed_in} under {@code prices:} of case.yaml into the P2P price by
 * the case's rule (design pricing.md): a given series, mid-market, or SDR.
 */
final class P2pMarketSection {
    private static final String COMPUTED_RULES = P2pMarket.Rule.MID_MARKET.key() + " or " + P2pMarket.Rule.SDR.key();

    private P2pMarketSection() {
    }

    static P2pMarket read(CaseSource source, CaseDocument.PriceEntry entry, PriceSeriesSection given, TimeGrid grid,
                          Series gridBuy, Series gridSell, List<House> houses) {
        String rule = Optional.ofNullable(entry.p2pRule()).orElse(P2pMarket.Rule.SERIES.key());
        if (rule.equals(P2pMarket.Rule.SERIES.key())) {
            if (entry.feedIn() != null || given.inFile(FEED_IN)) {
                throw source.error(PRICES + "." + FEED_IN, "is only used by " + P2P_RULE + " " + COMPUTED_RULES + "; "
                        + "with a given " + P2P + " price, remove it");
            }
            return P2pMarket.series(given.price(P2P, entry.p2p(), null, true));
        }
        if (entry.p2p() != null || given.inFile(P2P)) {
            throw source.error(PRICES + "." + P2P, "is given, but " + P2P_RULE + " " + rule
                    + " computes the P2P price; remove one");
        }
        Series feedIn = given.price(FEED_IN, entry.feedIn(), gridSell, false);
        for (int t = 0; t < grid.periods(); t++) {
            if (feedIn.at(t) > gridBuy.at(t)) {
                throw source.error(PRICES + "." + FEED_IN, "is " + feedIn.at(t) + " in period " + t + ", above "
                        + GRID_BUY + " " + gridBuy.at(t) + "; the P2P rules price between the feed-in and the import "
                        + "price");
            }
        }
        if (rule.equals(P2pMarket.Rule.MID_MARKET.key())) {
            return P2pMarket.midMarket(gridBuy, feedIn);
        }
        if (rule.equals(P2pMarket.Rule.SDR.key())) {
            return P2pMarket.sdr(houses, gridBuy, feedIn);
        }
        throw source.error(PRICES + "." + P2P_RULE, "\"" + rule + "\" is not a rule; choose "
                + P2pMarket.Rule.SERIES.key() + ", " + COMPUTED_RULES);
    }
}
