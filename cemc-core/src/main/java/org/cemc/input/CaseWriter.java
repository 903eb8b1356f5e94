package org.cemc.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.community.Prices;

/**
 * Writes a case as a folder {@link CaseReader} reads back (docs/case-format.md): case.yaml with the communities,
 * houses and guest-EV list, houses.csv and prices.csv. The P2P price is written as its clearing series.
 */
public final class CaseWriter {
    private CaseWriter() {
    }

    public static void write(Path folder, CommunityCase community) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("name", community.name());
        yaml.put("periods", community.periods());
        yaml.put("period_hours", community.grid().periodHours());
        yaml.put("currency", community.currency());
        yaml.put("communities", community.communities().stream()
                .map(ec -> Map.of("id", ec.id(), "name", ec.name())).toList());
        List<Map<String, Object>> houses = new ArrayList<>();
        for (House house : community.houses()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", house.id());
            entry.put("community", house.community());
            entry.put("charger_kw", house.chargerKw());
            entry.put("dr_enrolled", house.drEnrolled());
            houses.add(entry);
        }
        yaml.put("houses", houses);
        yaml.put("house_series", "houses.csv");
        Prices prices = community.prices();
        Map<String, Object> priceEntry = new LinkedHashMap<>();
        priceEntry.put("series", "prices.csv");
        priceEntry.put("social_welfare_value", prices.socialWelfareValue());
        priceEntry.put("parking_fee", prices.parkingFee());
        yaml.put("prices", priceEntry);
        List<Map<String, Object>> evs = new ArrayList<>();
        for (GuestEv ev : community.guestEvs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", ev.id());
            ev.community().ifPresent(ec -> entry.put("community", ec));
            entry.put("arrival_hour", ev.arrivalHour());
            entry.put("departure_hour", ev.departureHour());
            entry.put("battery_kwh", ev.batteryKwh());
            entry.put("soc_arrival", ev.socArrival());
            entry.put("soc_required", ev.socRequired());
            entry.put("charge_kw", ev.chargeKw());
            entry.put("discharge_kw", ev.dischargeKw());
            entry.put("charge_efficiency", ev.chargeEfficiency());
            entry.put("discharge_efficiency", ev.dischargeEfficiency());
            evs.add(entry);
        }
        if (!evs.isEmpty()) {
            yaml.put("guest_evs", evs);
        }
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
                .writeValue(folder.resolve(CaseReader.CASE_FILE).toFile(), yaml);
        writeHouses(folder.resolve("houses.csv"), community);
        writePrices(folder.resolve("prices.csv"), community);
    }

    private static void writeHouses(Path file, CommunityCase community) throws IOException {
        try (CSVPrinter csv = printer(file, "house", "period", CaseReader.PV, CaseReader.INTERRUPTIBLE,
                CaseReader.UNINTERRUPTIBLE, CaseReader.DR_CALLABLE)) {
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
        try (CSVPrinter csv = printer(file, "period", "grid_buy", "grid_sell", "p2p", "dr_incentive", "dr_fine",
                "standby", "ens", "ev_charge", "ev_discharge")) {
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
