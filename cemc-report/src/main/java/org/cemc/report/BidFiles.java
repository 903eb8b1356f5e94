package org.cemc.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.market.Bid;
import org.cemc.market.BidCurve;
import org.cemc.market.Position;
import org.cemc.market.PriceSweep;

/**
 * The community's day-ahead bid as files (docs/market.md): bid.csv, tidy, one row per period and level with the
 * solved quantity beside the bid's; bid-steps.csv, the layout of an exchange's hourly orders, one row per period
 * and one column per price step; and bid.png ({@link BidPlot}).
 */
public final class BidFiles {
    public static final String TIDY = "bid.csv";
    public static final String STEPS = "bid-steps.csv";

    private BidFiles() {
    }

    /** Writes bid.csv, bid-steps.csv and bid.png into {@code folder}; returns their names. */
    public static List<String> write(Path folder, Bid bid) throws IOException {
        BidCurve curve = bid.curve();
        writeTidy(folder.resolve(TIDY), bid, curve);
        writeSteps(folder.resolve(STEPS), bid, curve);
        BidPlot.write(folder, bid, curve);
        return List.of(TIDY, STEPS, BidPlot.FILE);
    }

    /**
     * One row per period and level (levels rising within a period): the grid prices the level assumed, the solved
     * schedule's import, export and net (kWh), the curve's net (kWh and average kW) and whether the monotone fit
     * changed it ({@code adjusted} 1).
     */
    static void writeTidy(Path file, Bid bid, BidCurve curve) throws IOException {
        CommunityCase community = bid.community();
        List<String> header = List.of("period", "start_hour", "level", "grid_buy", "grid_sell", "import_kwh",
                "export_kwh", "solved_net_kwh", "bid_net_kwh", "bid_net_kw", "adjusted");
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (int t = 0; t < community.periods(); t++) {
                for (int l = 0; l < bid.levels().size(); l++) {
                    Bid.Level level = bid.levels().get(l);
                    Position position = level.position();
                    csv.printRecord(t, Numbers.csv(community.grid().startHour(t)), Numbers.csv(level.level()),
                            Numbers.csv(position.gridBuy(t)), Numbers.csv(position.gridSell(t)),
                            Numbers.csv(position.importKwh(Position.ALL, t)),
                            Numbers.csv(position.exportKwh(Position.ALL, t)), Numbers.csv(curve.solvedKwh(t, l)),
                            Numbers.csv(curve.bidKwh(t, l)), Numbers.csv(position.averageKw(curve.bidKwh(t, l))),
                            curve.adjusted(t, l) ? 1 : 0);
                }
            }
        }
    }

    /**
     * The exchange layout, as Nord Pool's single hourly orders: one row per period (its start in clock time, column
     * {@code start}), one column per level, rising from left to right and named by the price (replace) or by
     * {@code shift_} and the amount added to each period's own grid prices (shift); each cell the net average kW the
     * community bids in that period at that level, buying positive and selling negative.
     */
    static void writeSteps(Path file, Bid bid, BidCurve curve) throws IOException {
        CommunityCase community = bid.community();
        String prefix = bid.sweep().mode() == PriceSweep.Mode.REPLACE ? "" : "shift_";
        List<String> header = new ArrayList<>();
        header.add("start");
        bid.levels().forEach(level -> header.add(prefix + Numbers.csv(level.level())));
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (int t = 0; t < community.periods(); t++) {
                List<String> row = new ArrayList<>();
                row.add(Plots.clock(community.grid().startHour(t)));
                for (int l = 0; l < bid.levels().size(); l++) {
                    row.add(Numbers.csv(curve.bidKwh(t, l) / community.grid().periodHours()));
                }
                csv.printRecord(row);
            }
        }
    }
}
