package org.cemc.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The SDR rule of design pricing.md. */
class P2pMarketTest {
    private static final double BUY = 0.20;
    private static final double FEED_IN = 0.05;

    @Test
    void withNoSupplyEveryonePaysTheGridImportPrice() {
        // SDR = 0: P_sell = 0.20 * 0.05 / (0 + 0.05) = 0.20, P_buy = 0.20.
        double[] prices = P2pMarket.sdrPrices(0, 10, BUY, FEED_IN);

        assertThat(prices[0]).isCloseTo(BUY, within(1e-12));
        assertThat(prices[1]).isCloseTo(BUY, within(1e-12));
    }

    @Test
    void pricesAreContinuousWhereSupplyMeetsDemand() {
        // Just below SDR = 1 both prices tend to the feed-in price, which is what SDR >= 1 gives.
        double[] below = P2pMarket.sdrPrices(10 - 1e-9, 10, BUY, FEED_IN);
        double[] at = P2pMarket.sdrPrices(10, 10, BUY, FEED_IN);

        assertThat(at).containsExactly(FEED_IN, FEED_IN);
        assertThat(below[0]).isCloseTo(FEED_IN, within(1e-9));
        assertThat(below[1]).isCloseTo(FEED_IN, within(1e-9));
    }

    @Test
    void halfSupplyGivesTheHandWorkedPrices() {
        // SDR = 0.5: P_sell = 0.01 / (0.15 * 0.5 + 0.05) = 0.08; P_buy = 0.08 * 0.5 + 0.20 * 0.5 = 0.14.
        double[] prices = P2pMarket.sdrPrices(5, 10, BUY, FEED_IN);

        assertThat(prices[0]).isCloseTo(0.08, within(1e-12));
        assertThat(prices[1]).isCloseTo(0.14, within(1e-12));
    }

    @Property(tries = 2000)
    void buyersPayWhatSellersGetPlusTheGridForTheRest(
            @ForAll @DoubleRange(min = 0, max = 100) double supply, @ForAll @DoubleRange(min = 0.01, max = 100) double demand,
            @ForAll @DoubleRange(min = 0.01, max = 1) double gridBuy, @ForAll @DoubleRange(min = 0, max = 1) double share) {
        double feedIn = gridBuy * share;
        double[] prices = P2pMarket.sdrPrices(supply, demand, gridBuy, feedIn);

        // Budget balance: P_buy * TBP = P_sell * TSP + gridBuy * (TBP - TSP) while supply is short.
        if (supply < demand) {
            assertThat(prices[1] * demand).isCloseTo(prices[0] * supply + gridBuy * (demand - supply), within(1e-9));
        }
        assertThat(prices[0]).isBetween(feedIn - 1e-12, gridBuy + 1e-12);
        assertThat(prices[1]).isBetween(feedIn - 1e-12, gridBuy + 1e-12);
    }

    @Test
    void theClearingPriceIsTheMeanOfBuyAndSellPerPeriod() {
        // One house short by 2 kWh, one with 1 kWh spare: SDR = 0.5, buy 0.14, sell 0.08, clearing 0.11.
        House buyer = new House("b", "ec", 0, false, Series.of(0), Series.of(2), Series.of(0), Series.of(0));
        House seller = new House("s", "ec", 0, false, Series.of(1), Series.of(0), Series.of(0), Series.of(0));

        P2pMarket market = P2pMarket.sdr(List.of(buyer, seller), Series.of(BUY), Series.of(FEED_IN));

        assertThat(market.clearing().at(0)).isCloseTo(0.11, within(1e-12));
    }
}
