package org.cemc.input;

import static org.cemc.input.CaseKeys.CHARGER_KW;
import static org.cemc.input.CaseKeys.COMMUNITY;
import static org.cemc.input.CaseKeys.DR_CALLABLE_KWH;
import static org.cemc.input.CaseKeys.DR_ENROLLED;
import static org.cemc.input.CaseKeys.HOUSES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.INTERRUPTIBLE_KWH;
import static org.cemc.input.CaseKeys.NAME;
import static org.cemc.input.CaseKeys.PV_KWH;
import static org.cemc.input.CaseKeys.UNINTERRUPTIBLE_KWH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.cemc.community.TimeGrid;
import org.cemc.input.HouseSeriesSection.HouseRows;

/** Reads {@code houses:} of case.yaml, with each house's energies from the house-series file or its constants. */
final class HousesSection {
    /** The longest display name of a house, in characters (Unicode code points). */
    static final int NAME_MAX_LENGTH = 80;

    private final CaseSource source;
    private final TimeGrid grid;

    private HousesSection(CaseSource source, TimeGrid grid) {
        this.source = source;
        this.grid = grid;
    }

    static List<House> read(CaseSource source, List<CaseDocument.HouseEntry> entries, String seriesFile,
                            TimeGrid grid, List<EnergyCommunity> communities) {
        return new HousesSection(source, grid).houses(entries, seriesFile, communities);
    }

    private List<House> houses(List<CaseDocument.HouseEntry> list, String seriesFile,
                             List<EnergyCommunity> communities) {
        if (list == null || list.isEmpty()) {
            throw source.error(HOUSES, "is missing: list at least one house with an id and its community");
        }
        Set<String> communityIds = communities.stream().map(EnergyCommunity::id).collect(Collectors.toSet());
        Map<String, CaseDocument.HouseEntry> entries = new LinkedHashMap<>();
        Set<String> houseIds = new HashSet<>();
        Map<String, Optional<String>> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            CaseDocument.HouseEntry entry = list.get(i);
            String field = HOUSES + "[" + i + "]";
            String id = source.uniqueId(entry == null ? null : entry.id(), field, "house", houseIds);
            String community = source.require(entry.community(), field + "." + COMMUNITY);
            if (!communityIds.contains(community)) {
                throw source.error(field + "." + COMMUNITY, "house \"" + id + "\" names community \"" + community
                        + "\", which is not defined; defined communities are " + new TreeSet<>(communityIds));
            }
            double charger = Optional.ofNullable(entry.chargerKw()).orElse(0.0);
            if (!(charger >= 0) || !Double.isFinite(charger)) {
                throw source.error(field + "." + CHARGER_KW, charger + " must be a power >= 0 kW (0: no charger)");
            }
            source.plausible(field + "." + CHARGER_KW, "house \"" + id + "\" has a charger of",
                    PlausibleRanges.power(), charger);
            names.put(id, name(field + "." + NAME, id, entry.name()));
            entries.put(id, entry);
        }
        Map<String, HouseRows> series = HouseSeriesSection.read(source, seriesFile, grid, entries.keySet());
        List<House> houses = new ArrayList<>();
        for (Map.Entry<String, CaseDocument.HouseEntry> e : entries.entrySet()) {
            houses.add(house(e.getKey(), e.getValue(), series.getOrDefault(e.getKey(), HouseRows.NONE), seriesFile,
                    names.get(e.getKey())));
        }
        return houses;
    }

    /**
     * A house's display name: optional, any text of 1 to {@link #NAME_MAX_LENGTH} characters without control
     * characters (line breaks, tabs), read as given.
     */
    private Optional<String> name(String field, String id, String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.isBlank()) {
            throw source.error(field, "house \"" + id + "\" has an empty name; leave the name out for none");
        }
        int length = name.codePointCount(0, name.length());
        if (length > NAME_MAX_LENGTH) {
            throw source.error(field, "house \"" + id + "\" has a name of " + length + " characters, more than "
                    + NAME_MAX_LENGTH);
        }
        OptionalInt control = name.codePoints().filter(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR).findFirst();
        if (control.isPresent()) {
            throw source.error(field, String.format(Locale.ROOT, "house \"%s\" has the name \"%s\", which holds the "
                    + "control character U+%04X; a name is one line of text", id, CaseSource.printable(name),
                    control.getAsInt()));
        }
        return Optional.of(name);
    }

    private House house(String id, CaseDocument.HouseEntry entry, HouseRows rows, String seriesFile,
                        Optional<String> name) {
        String where = "house \"" + id + "\"";
        Map<String, double[]> fromFile = rows.columns();
        Series pv = quantity(where, PV_KWH, entry.pvKwh(), fromFile);
        Series interruptible = quantity(where, INTERRUPTIBLE_KWH, entry.interruptibleKwh(), fromFile);
        Series uninterruptible = quantity(where, UNINTERRUPTIBLE_KWH, entry.uninterruptibleKwh(), fromFile);
        boolean enrolled = Optional.ofNullable(entry.drEnrolled()).orElse(false);
        Series callable = entry.drCallableKwh() == null && !fromFile.containsKey(DR_CALLABLE_KWH)
                ? Series.constant(grid.periods(), 0)
                : quantity(where, DR_CALLABLE_KWH, entry.drCallableKwh(), fromFile);
        plausible(where, PV_KWH, pv, rows, seriesFile);
        plausible(where, INTERRUPTIBLE_KWH, interruptible, rows, seriesFile);
        plausible(where, UNINTERRUPTIBLE_KWH, uninterruptible, rows, seriesFile);
        plausible(where, DR_CALLABLE_KWH, callable, rows, seriesFile);
        for (int t = 0; t < grid.periods(); t++) {
            String line = fromFile.containsKey(DR_CALLABLE_KWH) || fromFile.containsKey(INTERRUPTIBLE_KWH)
                    ? source.describe(seriesFile) + " line " + rows.lineOfPeriod()[t]
                    : source.yaml();
            if (callable.at(t) > interruptible.at(t)) {
                throw new InvalidCaseException(String.format(Locale.ROOT,
                        "%s: %s, period %d: %s %.6g is above %s %.6g; the DR program can only call load the house "
                                + "could interrupt.", line, where, t, DR_CALLABLE_KWH, callable.at(t),
                        INTERRUPTIBLE_KWH, interruptible.at(t)));
            }
            if (!enrolled && callable.at(t) > 0) {
                throw new InvalidCaseException(String.format(Locale.ROOT,
                        "%s: %s, period %d: %s is %.6g but the house is not enrolled in the DR program (%s: false in "
                                + "%s); set %s: true or the callable load to 0.",
                        line, where, t, DR_CALLABLE_KWH, callable.at(t), DR_ENROLLED, source.yaml(), DR_ENROLLED));
            }
        }
        double charger = Optional.ofNullable(entry.chargerKw()).orElse(0.0);
        return new House(id, entry.community(), charger, enrolled, pv, interruptible, uninterruptible, callable,
                name);
    }

    /** Checks a house's series against the plausible energy per period, naming its line or its constant. */
    private void plausible(String where, String column, Series series, HouseRows rows, String seriesFile) {
        PlausibleRanges.Range range = PlausibleRanges.houseEnergy(grid);
        if (rows.columns().containsKey(column)) {
            source.plausibleSeries(range, series.toArray(), t -> source.describe(seriesFile) + " line "
                    + rows.lineOfPeriod()[t] + ", column \"" + column + "\": " + where + " has");
        } else {
            double constant = series.at(0);
            if (range.refused(constant)) {
                throw new InvalidCaseException(source.yaml() + ": " + where + ", " + column + " is "
                        + PlausibleRanges.number(constant) + " " + range.unit() + ", outside " + range.hard()
                        + "; check the value and its unit.");
            }
            if (range.unusual(constant)) {
                source.warn(source.yaml() + ": " + where + ", " + column + " is " + PlausibleRanges.number(constant)
                        + " " + range.unit() + " in every period, outside " + range.usual() + "; read as given.");
            }
        }
    }

    /** A house's series: from the CSV file, or a constant from case.yaml; exactly one of the two. */
    private Series quantity(String where, String column, Double constant, Map<String, double[]> fromFile) {
        double[] values = fromFile.get(column);
        if (values != null && constant != null) {
            throw new InvalidCaseException(source.yaml() + ": " + where + " gives " + column + " both as a constant in "
                    + CaseReader.CASE_FILE + " and as a column of the house-series file; keep one.");
        }
        if (values != null) {
            return Series.of(values);
        }
        if (constant == null) {
            throw new InvalidCaseException(source.yaml() + ": " + where + " has no " + column + ": give it as a column "
                    + "of the " + HOUSE_SERIES + " CSV or as a constant (" + column + ": 0.5) in the house's entry.");
        }
        if (!(constant >= 0) || !Double.isFinite(constant)) {
            throw new InvalidCaseException(source.yaml() + ": " + where + ", " + column + " is " + constant
                    + "; energy must be >= 0.");
        }
        return Series.constant(grid.periods(), constant);
    }
}
