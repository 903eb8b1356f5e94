package org.cemc.input;

import static org.cemc.input.CaseKeys.PRICES;
import static org.cemc.input.CaseKeys.PRICE_SERIES_COLUMNS;
import static org.cemc.input.CaseKeys.PRICE_SERIES_KEYS;
import static org.cemc.input.CaseKeys.SERIES;

import java.util.HashMap;
import java.util.Map;
import org.cemc.community.Series;
import org.cemc.community.TimeGrid;

/**
 * Reads the CSV file that {@code prices: series} of case.yaml names, and gives each price from it or from its
 * constant under {@code prices:}.
 */
final class PriceSeriesSection {
    private final CaseSource source;
    private final TimeGrid grid;
    private final String currency;
    private final String file;
    private final Map<String, double[]> fromFile;
    private final Map<Integer, Integer> lineOfPeriod = new HashMap<>();

    private PriceSeriesSection(CaseSource source, TimeGrid grid, String currency, String file) {
        this.source = source;
        this.grid = grid;
        this.currency = currency;
        this.file = file;
        this.fromFile = file == null ? Map.of() : columns(source, file, grid, lineOfPeriod);
    }

    /**
     * @param file the prices file case.yaml names, or null when every price is a constant
     * @param currency the case's currency, which scales the plausible prices
     */
    static PriceSeriesSection read(CaseSource source, String file, TimeGrid grid, String currency) {
        return new PriceSeriesSection(source, grid, currency, file);
    }

    private static Map<String, double[]> columns(CaseSource source, String file, TimeGrid grid,
                                                 Map<Integer, Integer> seenAt) {
        Map<String, double[]> columns = new HashMap<>();
        try (CsvTable table = source.table(file, PRICES + "." + SERIES,
                CsvTable.Columns.series(PRICE_SERIES_KEYS, PRICE_SERIES_COLUMNS))) {
            for (String column : table.valueColumns()) {
                columns.put(column, new double[grid.periods()]);
            }
            table.forEach(line -> {
                int period = table.period(line, grid);
                Integer earlier = seenAt.put(period, line.number());
                if (earlier != null) {
                    throw new InvalidCaseException(table.file() + " line " + line.number() + ": period " + period
                            + " appears twice (first at line " + earlier + ").");
                }
                line.values().forEach((column, value) -> columns.get(column)[period] = value);
            });
            if (seenAt.size() != grid.periods()) {
                throw new InvalidCaseException(table.file() + " has " + seenAt.size() + " rows but the case has "
                        + grid.periods() + " periods; give one row per period 0.." + (grid.periods() - 1) + ".");
            }
        }
        return columns;
    }

    String currency() {
        return currency;
    }

    boolean inFile(String key) {
        return fromFile.containsKey(key);
    }

    /**
     * The price {@code key}: its column of the prices file or its constant (exactly one), else {@code fallback}.
     *
     * @param fallback the documented default, or null when the price must be given
     * @param mayBeNegative false for the prices whose sign says who pays whom
     */
    Series price(String key, Double constant, Series fallback, boolean mayBeNegative) {
        String field = PRICES + "." + key;
        double[] values = fromFile.get(key);
        if (values != null && constant != null) {
            throw source.error(field, "is given both as a constant and as a column of the prices file; keep one");
        }
        PlausibleRanges.Range range = PlausibleRanges.price(currency,
                key.equals(CaseKeys.STANDBY) ? "hour" : "kWh");
        Series series;
        if (values != null) {
            source.plausibleSeries(range, values, t -> source.describe(file) + " line " + lineOfPeriod.get(t)
                    + ", column \"" + key + "\": " + key + " is");
            series = Series.of(values);
        } else if (constant != null) {
            if (!Double.isFinite(constant)) {
                throw source.error(field, constant + " is not a finite number");
            }
            source.plausible(field, "the price is", range, constant);
            series = Series.constant(grid.periods(), constant);
        } else if (fallback != null) {
            series = fallback;
        } else {
            throw source.error(field, "is missing: give a constant here or a \"" + key
                    + "\" column in the prices file");
        }
        if (!mayBeNegative) {
            for (int t = 0; t < grid.periods(); t++) {
                if (series.at(t) < 0) {
                    throw source.error(field, "is " + series.at(t) + " in period " + t
                            + "; this price must be >= 0 (a negative one would turn a payment around)");
                }
            }
        }
        return series;
    }
}
