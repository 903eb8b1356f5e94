package org.cemc.input;

import static org.cemc.input.CaseKeys.HOUSE;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES_COLUMNS;
import static org.cemc.input.CaseKeys.HOUSE_SERIES_KEYS;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cemc.community.TimeGrid;

/** Reads the CSV file that {@code house_series:} of case.yaml names: each house's energies per period. */
final class HouseSeriesSection {

    /** One house's part of the file: values per column and period, and the line of each period. */
    record HouseRows(Map<String, double[]> columns, Map<Integer, Integer> lineOfPeriod) {
        static final HouseRows NONE = new HouseRows(Map.of(), Map.of());
    }

    private HouseSeriesSection() {
    }

    /** Per house, its rows; a house the file does not mention has none, and is given by constants instead. */
    static Map<String, HouseRows> read(CaseSource source, String file, TimeGrid grid, Set<String> houses) {
        if (file == null) {
            return Map.of();
        }
        Map<String, Map<String, double[]>> byHouse = new HashMap<>();
        CsvTable table = source.table(file, HOUSE_SERIES, HOUSE_SERIES_KEYS, HOUSE_SERIES_COLUMNS);
        Map<String, Map<Integer, Integer>> seenAt = new HashMap<>();
        for (CsvTable.Line line : table.lines()) {
            String house = line.keys().get(HOUSE);
            if (!houses.contains(house)) {
                throw new InvalidCaseException(table.file() + " line " + line.number() + ": house \"" + house
                        + "\" is not defined in " + source.yaml() + ".");
            }
            int period = table.period(line, grid);
            Integer earlier = seenAt.computeIfAbsent(house, k -> new HashMap<>()).put(period, line.number());
            if (earlier != null) {
                throw new InvalidCaseException(table.file() + " line " + line.number() + ": house \"" + house
                        + "\", period " + period + " appears twice (first at line " + earlier + ").");
            }
            Map<String, double[]> columns = byHouse.computeIfAbsent(house, k -> new HashMap<>());
            for (Map.Entry<String, Double> value : line.values().entrySet()) {
                columns.computeIfAbsent(value.getKey(), k -> new double[grid.periods()])[period] = value.getValue();
                if (value.getValue() < 0) {
                    throw new InvalidCaseException(table.file() + " line " + line.number() + ", column \""
                            + value.getKey() + "\": house \"" + house + "\" has " + value.getValue()
                            + " kWh in period " + period + "; energy must be >= 0.");
                }
            }
        }
        Map<String, HouseRows> rows = new HashMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> house : seenAt.entrySet()) {
            if (house.getValue().size() != grid.periods()) {
                int missing = 0;
                while (house.getValue().containsKey(missing)) {
                    missing++;
                }
                throw new InvalidCaseException(table.file() + ": house \"" + house.getKey() + "\" has "
                        + house.getValue().size() + " rows but the case has " + grid.periods()
                        + " periods; period " + missing + " is missing.");
            }
            rows.put(house.getKey(), new HouseRows(byHouse.get(house.getKey()), house.getValue()));
        }
        return rows;
    }
}
