package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.result.FirstStage;
import org.cemc.model.HouseQuantity;

/** first-stage.csv: the decisions taken the day before (export mode, P2P role, DR), what {@code evaluate} replays. */
public final class FirstStageFile {
    public static final String FILE = "first-stage.csv";

    private FirstStageFile() {
    }

    /** The first-stage quantities in schedule.csv's order, as its columns. */
    public static List<HouseQuantity> quantities() {
        List<HouseQuantity> quantities = new ArrayList<>();
        for (HouseQuantity quantity : HouseQuantity.values()) {
            if (quantity.firstStage()) {
                quantities.add(quantity);
            }
        }
        return quantities;
    }

    public static void write(Path folder, CommunityCase community, FirstStage decisions) throws IOException {
        Files.createDirectories(folder);
        List<String> header = new ArrayList<>(List.of("house", "period"));
        quantities().forEach(q -> header.add(q.column()));
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).build())) {
            for (House house : community.houses()) {
                for (int t = 0; t < community.periods(); t++) {
                    List<String> row = new ArrayList<>(List.of(house.id(), Integer.toString(t)));
                    for (HouseQuantity quantity : quantities()) {
                        row.add(Numbers.csv(decisions.get(house.id(), quantity, t)));
                    }
                    csv.printRecord(row);
                }
            }
        }
    }
}
