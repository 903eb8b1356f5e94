package org.cemc.input;

import static org.cemc.input.CaseKeys.HOUSE;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES_COLUMNS;
import static org.cemc.input.CaseKeys.HOUSE_SERIES_KEYS;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.cemc.community.TimeGrid;
import org.cemc.input.CsvTable.Columns;

/** Reads the CSV file that {@code house_series:} of case.yaml names: each house's energies per period. */
final class HouseSeriesSection {

    /** One house's part of the file: values per column and period, and the line of each period. */
    record HouseRows(Map<String, double[]> columns, int[] lineOfPeriod) {
        static final HouseRows NONE = new HouseRows(Map.of(), new int[0]);
    }

    private HouseSeriesSection() {
    }

    /**
     * Per house, its rows; a house the file does not mention has none, and is given by constants instead. Read a
     * line at a time into arrays per house, so that memory grows with the values kept, not with the file's text.
     */
    static Map<String, HouseRows> read(CaseSource source, String file, TimeGrid grid, Set<String> houses) {
        if (file == null) {
            return Map.of();
        }
        Map<String, HouseRows> rows = new HashMap<>();
        try (CsvTable table = source.table(file, HOUSE_SERIES, Columns.series(HOUSE_SERIES_KEYS,
                HOUSE_SERIES_COLUMNS))) {
            table.forEach(line -> {
                String house = line.keys().get(HOUSE);
                if (!houses.contains(house)) {
                    throw new InvalidCaseException(table.file() + " line " + line.number() + ": house \"" + house
                            + "\" is not defined in " + source.yaml() + ".");
                }
                int period = table.period(line, grid);
                HouseRows own = rows.computeIfAbsent(house, k -> new HouseRows(new HashMap<>(),
                        new int[grid.periods()]));
                int earlier = own.lineOfPeriod()[period];
                if (earlier != 0) {
                    throw new InvalidCaseException(table.file() + " line " + line.number() + ": house \"" + house
                            + "\", period " + period + " appears twice (first at line " + earlier + ").");
                }
                own.lineOfPeriod()[period] = line.number();
                for (Map.Entry<String, Double> value : line.values().entrySet()) {
                    own.columns().computeIfAbsent(value.getKey(), k -> new double[grid.periods()])[period] =
                            value.getValue();
                    if (value.getValue() < 0) {
                        throw new InvalidCaseException(table.file() + " line " + line.number() + ", column \""
                                + value.getKey() + "\": house \"" + house + "\" has " + value.getValue()
                                + " kWh in period " + period + "; energy must be >= 0.");
                    }
                }
            });
            for (Map.Entry<String, HouseRows> house : rows.entrySet()) {
                int[] lines = house.getValue().lineOfPeriod();
                int given = (int) Arrays.stream(lines).filter(line -> line != 0).count();
                if (given != grid.periods()) {
                    int missing = 0;
                    while (lines[missing] != 0) {
                        missing++;
                    }
                    throw new InvalidCaseException(table.file() + ": house \"" + house.getKey() + "\" has " + given
                            + " rows but the case has " + grid.periods() + " periods; period " + missing
                            + " is missing.");
                }
            }
        }
        return rows;
    }
}
