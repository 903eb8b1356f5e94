package org.cemc.input;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.cemc.result.FirstStage;
import org.cemc.model.HouseQuantity;

/**
 * Reads first-stage.csv of a solved schedule (export mode, P2P role and DR curtailment per house and period), for
 * the case it is to be replayed on: every house and period once, binaries 0 or 1, DR within the callable load.
 */
public final class FirstStageReader {
    public static final String FILE = "first-stage.csv";
    /** Slack for DR written with six decimals. */
    private static final double ROUNDING = 1e-6;

    private FirstStageReader() {
    }

    public static FirstStage read(Path folder, CommunityCase community) {
        CaseFiles files = CaseFiles.folder(folder);
        String compressed = FILE + CaseFiles.GZIP_SUFFIX;
        if (files.exists(FILE) && files.exists(compressed)) {
            throw new InvalidCaseException(files.describe(FILE) + " and " + compressed + " are both there, and may "
                    + "differ: remove the one not to replay.");
        }
        String file = files.exists(FILE) ? FILE : compressed;
        if (!files.exists(file)) {
            throw new InvalidCaseException(files.describe(FILE) + " does not exist: give the --out folder of a "
                    + "'cemc solve' run (it writes " + FILE + ", or " + compressed + " with --compress).");
        }
        Set<String> columns = java.util.Arrays.stream(HouseQuantity.values()).filter(HouseQuantity::firstStage)
                .map(HouseQuantity::column).collect(Collectors.toSet());
        Map<String, House> houses = community.houses().stream()
                .collect(Collectors.toMap(House::id, h -> h, (a, b) -> a, LinkedHashMap::new));
        Map<String, Map<HouseQuantity, double[]>> values = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        String described;
        try (CsvTable table = CsvTable.open(files, file,
                CsvTable.Columns.series(List.of(CaseKeys.HOUSE, CaseKeys.PERIOD), columns))) {
            for (String column : columns) {
                if (!table.has(column)) {
                    throw new InvalidCaseException(table.file() + ": the header has no column \"" + column + "\".");
                }
            }
            described = table.file();
            table.forEach(line -> {
                String id = line.keys().get(CaseKeys.HOUSE);
                House house = houses.get(id);
                if (house == null) {
                    throw new InvalidCaseException(table.file() + " line " + line.number() + ": house \"" + id
                            + "\" is not in the case it is evaluated on.");
                }
                int period = table.period(line, community.grid());
                Map<HouseQuantity, double[]> perHouse =
                        values.computeIfAbsent(id, k -> new EnumMap<>(HouseQuantity.class));
                for (HouseQuantity quantity : HouseQuantity.values()) {
                    if (!quantity.firstStage()) {
                        continue;
                    }
                    double value = line.values().get(quantity.column());
                    String where = table.file() + " line " + line.number() + ", column \"" + quantity.column() + "\": ";
                    if (quantity.binary() && value != 0 && value != 1) {
                        throw new InvalidCaseException(where + value + " is neither 0 nor 1.");
                    }
                    if (quantity == HouseQuantity.DR_CURTAILED
                            && (value < 0 || value > house.drCallable().at(period) + ROUNDING)) {
                        throw new InvalidCaseException(where + value + " kWh is outside 0.."
                                + house.drCallable().at(period) + ", the house's callable load in period " + period
                                + ".");
                    }
                    perHouse.computeIfAbsent(quantity, k -> new double[community.periods()])[period] = value;
                }
                rows.merge(id, 1, Integer::sum);
            });
        }
        Map<String, EnumMap<HouseQuantity, Series>> byHouse = new LinkedHashMap<>();
        for (String id : houses.keySet()) {
            if (rows.getOrDefault(id, 0) != community.periods()) {
                throw new InvalidCaseException(described + ": house \"" + id + "\" has " + rows.getOrDefault(id, 0)
                        + " rows; the case has " + community.periods() + " periods.");
            }
            EnumMap<HouseQuantity, Series> decisions = new EnumMap<>(HouseQuantity.class);
            values.get(id).forEach((quantity, series) -> decisions.put(quantity, Series.of(series)));
            byHouse.put(id, decisions);
        }
        return new FirstStage(byHouse);
    }
}
