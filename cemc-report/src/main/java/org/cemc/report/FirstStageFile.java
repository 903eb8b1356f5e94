package org.cemc.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Writes the file; returns its name (with .gz when compressed). */
    public static String write(Path folder, CommunityCase community, FirstStage decisions, Compression compression)
            throws IOException {
        Files.createDirectories(folder);
        List<String> header = new ArrayList<>(List.of("house", "period"));
        quantities().forEach(q -> header.add(q.column()));
        String name = compression.fileName(FILE);
        try (CSVPrinter csv = Compression.printer(folder.resolve(name), header)) {
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
        return name;
    }
}
