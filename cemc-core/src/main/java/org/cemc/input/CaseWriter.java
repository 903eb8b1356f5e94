package org.cemc.input;

import static org.cemc.input.CaseKeys.ARRIVAL_HOUR;
import static org.cemc.input.CaseKeys.BATTERY_KWH;
import static org.cemc.input.CaseKeys.CHARGER_KW;
import static org.cemc.input.CaseKeys.CHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.CHARGE_KW;
import static org.cemc.input.CaseKeys.COMMUNITIES;
import static org.cemc.input.CaseKeys.COMMUNITY;
import static org.cemc.input.CaseKeys.CURRENCY;
import static org.cemc.input.CaseKeys.DATE;
import static org.cemc.input.CaseKeys.DEPARTURE_HOUR;
import static org.cemc.input.CaseKeys.DISCHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.DISCHARGE_KW;
import static org.cemc.input.CaseKeys.DR;
import static org.cemc.input.CaseKeys.DR_CALLABLE_KWH;
import static org.cemc.input.CaseKeys.DR_ENROLLED;
import static org.cemc.input.CaseKeys.DR_FINE;
import static org.cemc.input.CaseKeys.DR_INCENTIVE;
import static org.cemc.input.CaseKeys.ENS;
import static org.cemc.input.CaseKeys.EV_CHARGE;
import static org.cemc.input.CaseKeys.EV_DISCHARGE;
import static org.cemc.input.CaseKeys.EXCLUSIVE_EV_MODE;
import static org.cemc.input.CaseKeys.FLEETS;
import static org.cemc.input.CaseKeys.FLEET_SIZE_MEAN;
import static org.cemc.input.CaseKeys.GRID_BUY;
import static org.cemc.input.CaseKeys.GRID_SELL;
import static org.cemc.input.CaseKeys.GUEST_EVS;
import static org.cemc.input.CaseKeys.GUEST_EV_SCENARIOS;
import static org.cemc.input.CaseKeys.HOUSE;
import static org.cemc.input.CaseKeys.HOUSES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.ID;
import static org.cemc.input.CaseKeys.INTERRUPTIBLE_KWH;
import static org.cemc.input.CaseKeys.MAX;
import static org.cemc.input.CaseKeys.MEAN;
import static org.cemc.input.CaseKeys.MIN;
import static org.cemc.input.CaseKeys.NAME;
import static org.cemc.input.CaseKeys.OPTIONS;
import static org.cemc.input.CaseKeys.PERMUTATIONS;
import static org.cemc.input.CaseKeys.RULE;
import static org.cemc.input.CaseKeys.SETTLEMENT;
import static org.cemc.input.CaseKeys.P2P;
import static org.cemc.input.CaseKeys.PARKING_FEE;
import static org.cemc.input.CaseKeys.PERIOD;
import static org.cemc.input.CaseKeys.PERIODS;
import static org.cemc.input.CaseKeys.PERIOD_HOURS;
import static org.cemc.input.CaseKeys.PRICES;
import static org.cemc.input.CaseKeys.PV_KWH;
import static org.cemc.input.CaseKeys.REPRESENTATIVES;
import static org.cemc.input.CaseKeys.SAMPLES;
import static org.cemc.input.CaseKeys.SEED;
import static org.cemc.input.CaseKeys.SERIES;
import static org.cemc.input.CaseKeys.SOCIAL_WELFARE_VALUE;
import static org.cemc.input.CaseKeys.SOC_ARRIVAL;
import static org.cemc.input.CaseKeys.SOC_REQUIRED;
import static org.cemc.input.CaseKeys.STANDBY;
import static org.cemc.input.CaseKeys.STD;
import static org.cemc.input.CaseKeys.UNINTERRUPTIBLE_KWH;
import static org.cemc.input.CaseKeys.V2G;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.community.Distribution;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.SettlementRule;
import org.cemc.community.Switches;

/**
 * Writes a case as a folder {@link CaseReader} reads back (docs/case-format.md): case.yaml with the communities,
 * guest EVs as distributions, prices and options; the houses and listed guest EVs as CSV tables (house-list.csv,
 * guest-ev-list.csv), and houses.csv and prices.csv. The P2P price is written as its clearing series, so the case
 * reads back the same but with {@code p2p_rule: series}: the feed-in price a computed rule priced against is not
 * part of the case it was given.
 *
 * <p>Houses and guest EVs are written as tables at every size, not only above one: a case of 180,000 houses would
 * not fit case.yaml's size cap as a list (it takes about 70 bytes a house there), a table reads in time linear in
 * its size, and one layout at every size means a small generated case looks like a large one to the scripts and
 * spreadsheets that open it.
 */
public final class CaseWriter {
    static final String HOUSE_LIST_FILE = "house-list.csv";
    static final String GUEST_EV_LIST_FILE = "guest-ev-list.csv";
    private static final String HOUSES_FILE = "houses.csv";
    private static final String PRICES_FILE = "prices.csv";

    private CaseWriter() {
    }

    public static void write(Path folder, CommunityCase community) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put(NAME, community.name());
        community.date().ifPresent(date -> yaml.put(DATE, date.toString()));
        yaml.put(PERIODS, community.periods());
        yaml.put(PERIOD_HOURS, community.grid().periodHours());
        yaml.put(CURRENCY, community.currency());
        yaml.put(COMMUNITIES, community.communities().stream().map(CaseWriter::community).toList());
        yaml.put(HOUSES, HOUSE_LIST_FILE);
        yaml.put(HOUSE_SERIES, HOUSES_FILE);
        Prices prices = community.prices();
        Map<String, Object> priceEntry = new LinkedHashMap<>();
        priceEntry.put(SERIES, PRICES_FILE);
        priceEntry.put(SOCIAL_WELFARE_VALUE, prices.socialWelfareValue());
        priceEntry.put(PARKING_FEE, prices.parkingFee());
        yaml.put(PRICES, priceEntry);
        if (!community.guestEvs().isEmpty()) {
            yaml.put(GUEST_EVS, GUEST_EV_LIST_FILE);
        }
        community.guestEvScenarios().ifPresent(scenarios -> yaml.put(GUEST_EV_SCENARIOS, scenarios(scenarios)));
        yaml.put(OPTIONS, options(community.switches()));
        if (!community.settlement().equals(SettlementRule.p2pPrice())) {
            yaml.put(SETTLEMENT, settlement(community.settlement()));
        }
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
                .writeValue(folder.resolve(CaseReader.CASE_FILE).toFile(), yaml);
        writeHouseList(folder.resolve(HOUSE_LIST_FILE), community);
        if (!community.guestEvs().isEmpty()) {
            writeGuestEvList(folder.resolve(GUEST_EV_LIST_FILE), community);
        }
        writeHouses(folder.resolve(HOUSES_FILE), community);
        writePrices(folder.resolve(PRICES_FILE), community);
    }

    private static Map<String, Object> community(EnergyCommunity community) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(ID, community.id());
        entry.put(NAME, community.name());
        return entry;
    }

    private static Map<String, Object> scenarios(GuestEvScenarios scenarios) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(SAMPLES, scenarios.samples());
        entry.put(REPRESENTATIVES, scenarios.representatives());
        entry.put(SEED, scenarios.seed());
        entry.put(FLEET_SIZE_MEAN, scenarios.fleetSizeMean());
        entry.put(FLEETS, scenarios.fleets());
        entry.put(ARRIVAL_HOUR, distribution(scenarios.arrivalHour()));
        entry.put(DEPARTURE_HOUR, distribution(scenarios.departureHour()));
        entry.put(SOC_ARRIVAL, distribution(scenarios.socArrival()));
        entry.put(BATTERY_KWH, distribution(scenarios.batteryKwh()));
        entry.put(SOC_REQUIRED, distribution(scenarios.socRequired()));
        entry.put(CHARGE_KW, distribution(scenarios.chargeKw()));
        entry.put(DISCHARGE_KW, distribution(scenarios.dischargeKw()));
        entry.put(CHARGE_EFFICIENCY, distribution(scenarios.chargeEfficiency()));
        entry.put(DISCHARGE_EFFICIENCY, distribution(scenarios.dischargeEfficiency()));
        return entry;
    }

    /** A number where the reader would make the same fixed value of it, else the four parameters. */
    private static Object distribution(Distribution d) {
        if (d.equals(Distribution.fixed(d.mean()))) {
            return d.mean();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(MEAN, d.mean());
        entry.put(STD, d.std());
        entry.put(MIN, d.min());
        entry.put(MAX, d.max());
        return entry;
    }

    private static Map<String, Object> settlement(SettlementRule rule) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(RULE, rule.kind().key());
        if (rule.kind() == SettlementRule.Kind.SHAPLEY) {
            entry.put(PERMUTATIONS, rule.permutations());
            entry.put(SEED, rule.seed());
        }
        return entry;
    }

    private static Map<String, Object> options(Switches switches) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(P2P, switches.p2p());
        entry.put(DR, switches.dr());
        entry.put(GUEST_EVS, switches.guestEvs());
        entry.put(V2G, switches.v2g());
        entry.put(EXCLUSIVE_EV_MODE, switches.exclusiveEvMode());
        return entry;
    }

    /** One line per house; a house without a name leaves its cell blank, which reads as no name. */
    private static void writeHouseList(Path file, CommunityCase community) throws IOException {
        try (CSVPrinter csv = printer(file, ID, NAME, COMMUNITY, CHARGER_KW, DR_ENROLLED)) {
            for (House house : community.houses()) {
                csv.printRecord(house.id(), house.name().orElse(""), house.community(), house.chargerKw(),
                        house.drEnrolled());
            }
        }
    }

    /** One line per guest EV; one free to park in any community leaves that cell blank. */
    private static void writeGuestEvList(Path file, CommunityCase community) throws IOException {
        try (CSVPrinter csv = printer(file, ID, COMMUNITY, ARRIVAL_HOUR, DEPARTURE_HOUR, BATTERY_KWH, SOC_ARRIVAL,
                SOC_REQUIRED, CHARGE_KW, DISCHARGE_KW, CHARGE_EFFICIENCY, DISCHARGE_EFFICIENCY)) {
            for (GuestEv ev : community.guestEvs()) {
                csv.printRecord(ev.id(), ev.community().orElse(""), ev.arrivalHour(), ev.departureHour(),
                        ev.batteryKwh(), ev.socArrival(), ev.socRequired(), ev.chargeKw(), ev.dischargeKw(),
                        ev.chargeEfficiency(), ev.dischargeEfficiency());
            }
        }
    }

    private static void writeHouses(Path file, CommunityCase community) throws IOException {
        try (CSVPrinter csv = printer(file, HOUSE, PERIOD, PV_KWH, INTERRUPTIBLE_KWH, UNINTERRUPTIBLE_KWH,
                DR_CALLABLE_KWH)) {
            for (House house : community.houses()) {
                for (int t = 0; t < community.periods(); t++) {
                    csv.printRecord(house.id(), t, house.pv().at(t), house.interruptible().at(t),
                            house.uninterruptible().at(t), house.drCallable().at(t));
                }
            }
        }
    }

    private static void writePrices(Path file, CommunityCase community) throws IOException {
        Prices p = community.prices();
        try (CSVPrinter csv = printer(file, PERIOD, GRID_BUY, GRID_SELL, P2P, DR_INCENTIVE, DR_FINE, STANDBY, ENS,
                EV_CHARGE, EV_DISCHARGE)) {
            for (int t = 0; t < community.periods(); t++) {
                csv.printRecord(t, p.gridBuy().at(t), p.gridSell().at(t), p.p2p().at(t), p.drIncentive().at(t),
                        p.drFine().at(t), p.standby().at(t), p.ens().at(t), p.evCharge().at(t), p.evDischarge().at(t));
            }
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header).build());
    }
}
