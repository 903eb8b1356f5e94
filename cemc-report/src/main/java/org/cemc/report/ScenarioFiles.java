package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.GuestEv;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.scenario.Reduction;

/** samples.csv and representatives.csv of {@code cemc scenarios} (docs/scenarios.md). */
public final class ScenarioFiles {
    public static final String SAMPLES = "samples.csv";
    public static final String REPRESENTATIVES = "representatives.csv";
    private static final List<String> EV_COLUMNS = List.of("arrival_hour", "departure_hour", "soc_arrival",
            "battery_kwh", "soc_required", "charge_kw", "discharge_kw");

    private ScenarioFiles() {
    }

    public static void write(Path folder, EvRepresentatives result) throws IOException {
        Files.createDirectories(folder);
        int[] cluster = result.clusterOfSample();
        try (CSVPrinter csv = printer(folder.resolve(SAMPLES), "sample", "cluster")) {
            for (int i = 0; i < result.samples().size(); i++) {
                GuestEv ev = result.samples().get(i);
                csv.printRecord(row(ev.id(), cluster[i], ev));
            }
        }
        try (CSVPrinter csv = printer(folder.resolve(REPRESENTATIVES), "cluster", "sample", "probability", "size")) {
            for (Reduction.Cluster<GuestEv> c : result.clusters()) {
                GuestEv ev = c.representative();
                List<Object> row = new java.util.ArrayList<>(List.of(c.index(), ev.id(), Numbers.csv(c.probability()),
                        c.size()));
                row.addAll(values(ev));
                csv.printRecord(row);
            }
        }
    }

    private static List<Object> row(String id, int cluster, GuestEv ev) {
        List<Object> row = new java.util.ArrayList<>(List.of(id, cluster));
        row.addAll(values(ev));
        return row;
    }

    private static List<Object> values(GuestEv ev) {
        return List.of(Numbers.csv(ev.arrivalHour()), Numbers.csv(ev.departureHour()), Numbers.csv(ev.socArrival()),
                Numbers.csv(ev.batteryKwh()), Numbers.csv(ev.socRequired()), Numbers.csv(ev.chargeKw()),
                Numbers.csv(ev.dischargeKw()));
    }

    private static CSVPrinter printer(Path file, String... leading) throws IOException {
        List<String> header = new java.util.ArrayList<>(List.of(leading));
        header.addAll(EV_COLUMNS);
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).build());
    }
}
