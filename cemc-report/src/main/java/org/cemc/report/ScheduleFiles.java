package org.cemc.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.allocation.Allocation;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Stay;
import org.cemc.market.Position;
import org.cemc.result.EvPlan;
import org.cemc.result.Flow;
import org.cemc.result.P2pTrades;
import org.cemc.result.HousePlan;
import org.cemc.model.HouseQuantity;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Schedule;
import org.cemc.result.Settlement;

/**
 * Writes a checked schedule as tidy CSV files: schedule.csv, guest-evs.csv, profit.csv, settlement.csv,
 * p2p-trades.csv and position.csv ({@link PositionFile}; docs/outputs.md), each gzip-compressed as NAME.csv.gz if
 * asked.
 */
public final class ScheduleFiles {
    public static final String SCHEDULE = "schedule.csv";
    public static final String GUEST_EVS = "guest-evs.csv";
    public static final String PROFIT = "profit.csv";
    public static final String SETTLEMENT = "settlement.csv";
    public static final String P2P_TRADES = "p2p-trades.csv";
    /** p2p-trades.csv is left out above this many rows (a pool of thousands of houses has millions of pairs). */
    public static final long MAX_TRADE_ROWS = 1_000_000;

    private ScheduleFiles() {
    }

    /**
     * What {@link #write} wrote.
     *
     * @param files the names of the files written, in order
     * @param leftOut for each file left out, why (p2p-trades.csv above {@link #MAX_TRADE_ROWS} rows)
     */
    public record Written(List<String> files, List<String> leftOut) {
        public Written {
            files = List.copyOf(files);
            leftOut = List.copyOf(leftOut);
        }
    }

    public static Written write(Path folder, CommunityCase community, Schedule schedule, ProfitTable profit,
                                Compression compression) throws IOException {
        return write(folder, community, schedule, profit, Optional.empty(), compression);
    }

    /**
     * As {@link #write(Path, CommunityCase, Schedule, ProfitTable, Compression)}, with settlement.csv showing
     * {@code allocation}, the case's settlement rule applied to {@code schedule}, beside the money flows.
     */
    public static Written write(Path folder, CommunityCase community, Schedule schedule, ProfitTable profit,
                                Optional<Allocation> allocation, Compression compression) throws IOException {
        Files.createDirectories(folder);
        List<String> files = new ArrayList<>(List.of(compression.fileName(SCHEDULE), compression.fileName(GUEST_EVS),
                compression.fileName(PROFIT), compression.fileName(SETTLEMENT)));
        writeSchedule(folder.resolve(files.get(0)), community, schedule);
        writeGuestEvs(folder.resolve(files.get(1)), community, schedule);
        writeProfit(folder.resolve(files.get(2)), community, profit);
        writeSettlement(folder.resolve(files.get(3)), Settlement.of(community, schedule), allocation);
        String position = compression.fileName(PositionFile.FILE);
        PositionFile.write(folder.resolve(position), Position.of(community, schedule));
        String trades = compression.fileName(P2P_TRADES);
        long rows = P2pTrades.count(community, schedule);
        if (rows > MAX_TRADE_ROWS) {
            Files.deleteIfExists(folder.resolve(trades));
            files.add(position);
            return new Written(files, List.of(String.format(Locale.ROOT, "%s not written: the pro-rata split of the "
                    + "pool would take %,d rows (more than %,d); %s has each house's P2P energy and money",
                    trades, rows, MAX_TRADE_ROWS, files.get(3))));
        }
        writeTrades(folder.resolve(trades), community, schedule);
        files.add(trades);
        files.add(position);
        return new Written(files, List.of());
    }

    /**
     * One row per house, with its display name (empty when it has none): every money flow of its day and its
     * {@code net} (money only: the money columns sum to it), then its {@code social_welfare_value} (not money) and
     * {@code net_with_welfare}, its share of the community's objective. With an allocation (a settlement rule other
     * than the P2P price), then: the rule's {@code transfer} to the house (the transfers sum to zero), its money
     * under the rule {@code settled_net = net + transfer}, the {@code half_width} of a sampled Shapley value's
     * 95 % interval (0 when exact), its {@code stand_alone_net} and its {@code gain = settled_net - stand_alone_net}.
     */
    static void writeSettlement(Path file, Settlement settlement, Optional<Allocation> allocation)
            throws IOException {
        CommunityCase community = settlement.community();
        List<String> header = new ArrayList<>(List.of("house", "name", "community"));
        for (Flow flow : Flow.cashFlows()) {
            header.add(flow.key());
        }
        header.addAll(List.of("net", Flow.SOCIAL_WELFARE.key(), "net_with_welfare"));
        if (allocation.isPresent()) {
            header.addAll(List.of("transfer", "settled_net", "half_width", "stand_alone_net", "gain"));
        }
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (int h = 0; h < community.houses().size(); h++) {
                House house = community.houses().get(h);
                List<String> row = new ArrayList<>(List.of(house.id(), house.name().orElse(""), house.community()));
                for (Flow flow : Flow.cashFlows()) {
                    row.add(Numbers.csv(settlement.total(h, flow)));
                }
                row.add(Numbers.csv(settlement.net(h)));
                row.add(Numbers.csv(settlement.socialWelfareValue(h)));
                row.add(Numbers.csv(settlement.netWithWelfare(h)));
                if (allocation.isPresent()) {
                    Allocation a = allocation.get();
                    row.addAll(List.of(Numbers.csv(a.transfer(h)), Numbers.csv(a.share(h)),
                            Numbers.csv(a.halfWidth(h)), Numbers.csv(a.standAloneMoney(h)), Numbers.csv(a.gain(h))));
                }
                csv.printRecord(row);
            }
        }
    }

    /** One row per period, seller and buyer: the pro-rata share of the P2P pool (see {@link P2pTrades}). */
    static void writeTrades(Path file, CommunityCase community, Schedule schedule) throws IOException {
        List<String> header = List.of("period", "seller", "buyer", "energy_kwh", "amount");
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (P2pTrades.Trade trade : P2pTrades.of(community, schedule)) {
                csv.printRecord(trade.period(), trade.seller(), trade.buyer(), Numbers.csv(trade.energyKwh()),
                        Numbers.csv(trade.amount()));
            }
        }
    }

    /** One row per house and period: the inputs, then every decision variable, then guest EVs parked. */
    static void writeSchedule(Path file, CommunityCase community, Schedule schedule) throws IOException {
        List<String> header = new ArrayList<>(List.of("house", "community", "period", "start_hour",
                "pv_kwh", "interruptible_kwh", "uninterruptible_kwh", "dr_callable_kwh"));
        for (HouseQuantity quantity : HouseQuantity.values()) {
            header.add(quantity.column());
        }
        header.add("guest_evs_parked");
        Map<String, int[]> parked = guestsParked(community, schedule);
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (House house : community.houses()) {
                HousePlan plan = schedule.house(house.id());
                int[] parkedHere = parked.getOrDefault(house.id(), new int[community.periods()]);
                for (int t = 0; t < community.periods(); t++) {
                    List<String> row = new ArrayList<>(List.of(house.id(), house.community(), Integer.toString(t),
                            Numbers.csv(community.grid().startHour(t)), Numbers.csv(house.pv().at(t)),
                            Numbers.csv(house.interruptible().at(t)), Numbers.csv(house.uninterruptible().at(t)),
                            Numbers.csv(house.drCallable().at(t))));
                    for (HouseQuantity quantity : HouseQuantity.values()) {
                        row.add(Numbers.csv(plan.get(quantity, t)));
                    }
                    row.add(Integer.toString(parkedHere[t]));
                    csv.printRecord(row);
                }
            }
        }
    }

    /** N[h,t] by house id: guest EVs present in period t and hosted at the house. */
    private static Map<String, int[]> guestsParked(CommunityCase community, Schedule schedule) {
        Map<String, int[]> parked = new HashMap<>();
        for (int e = 0; e < community.guestEvs().size(); e++) {
            Stay stay = community.guestEvs().get(e).stay(community.grid());
            schedule.evs().get(e).host().ifPresent(host -> {
                int[] perPeriod = parked.computeIfAbsent(host, k -> new int[community.periods()]);
                for (int t = stay.first(); t < stay.end(); t++) {
                    perPeriod[t]++;
                }
            });
        }
        return parked;
    }

    /** One row per guest EV and period: where it is parked, what it charges and discharges, its battery. */
    static void writeGuestEvs(Path file, CommunityCase community, Schedule schedule) throws IOException {
        List<String> header = List.of("ev", "period", "start_hour", "present", "host", "charge_kwh", "discharge_kwh",
                "soc_kwh", "soc_fraction");
        try (CSVPrinter csv = Compression.printer(file, header)) {
            for (int e = 0; e < community.guestEvs().size(); e++) {
                GuestEv ev = community.guestEvs().get(e);
                EvPlan plan = schedule.evs().get(e);
                Stay stay = ev.stay(community.grid());
                for (int t = 0; t < community.periods(); t++) {
                    boolean present = stay.contains(t);
                    double soc = plan.soc().at(t);
                    csv.printRecord(ev.id(), t, Numbers.csv(community.grid().startHour(t)), present ? 1 : 0,
                            present ? plan.host().orElse("") : "", Numbers.csv(plan.totalCharge(t)),
                            Numbers.csv(plan.totalDischarge(t)), present ? Numbers.csv(soc) : "",
                            present ? Numbers.csv(soc / ev.batteryKwh()) : "");
                }
            }
        }
    }

    /** The paper's Table I for the whole community and for each EC, long format. */
    static void writeProfit(Path file, CommunityCase community, ProfitTable profit) throws IOException {
        String amount = "amount_" + community.currency().toLowerCase(java.util.Locale.ROOT);
        try (CSVPrinter csv = Compression.printer(file, List.of("scope", "term", "label", "paper", amount))) {
            for (ProfitTerm term : ProfitTerm.values()) {
                csv.printRecord("all", term.key(), term.label(), term.paperReference(), Numbers.csv(profit.term(term)));
            }
            csv.printRecord("all", "total", "Total profit", "eq. 1", Numbers.csv(profit.total()));
            for (EnergyCommunity ec : community.communities()) {
                for (ProfitTerm term : ProfitTerm.values()) {
                    csv.printRecord(ec.id(), term.key(), term.label(), term.paperReference(),
                            Numbers.csv(profit.term(term, ec.id())));
                }
                csv.printRecord(ec.id(), "total", "Total profit", "eq. 1", Numbers.csv(profit.total(ec.id())));
            }
        }
    }
}
