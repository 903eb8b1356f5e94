package org.cemc.input;

import static org.cemc.input.CaseKeys.CHARGER_KW;
import static org.cemc.input.CaseKeys.COMMUNITY;
import static org.cemc.input.CaseKeys.DR_CALLABLE_KWH;
import static org.cemc.input.CaseKeys.DR_ENROLLED;
import static org.cemc.input.CaseKeys.HOUSES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.HOUSE_TABLE_NUMBERS;
import static org.cemc.input.CaseKeys.HOUSE_TABLE_TEXTS;
import static org.cemc.input.CaseKeys.ID;
import static org.cemc.input.CaseKeys.INTERRUPTIBLE_KWH;
import static org.cemc.input.CaseKeys.NAME;
import static org.cemc.input.CaseKeys.PV_KWH;
import static org.cemc.input.CaseKeys.UNINTERRUPTIBLE_KWH;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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

/**
 * Reads {@code houses:} of case.yaml, listed there or in the CSV table it names, with each house's energies from the
 * house-series file or its constants.
 */
final class HousesSection {
    /** The longest display name of a house, in characters (Unicode code points). */
    static final int NAME_MAX_LENGTH = 80;

    private final CaseSource source;
    private final TimeGrid grid;

    private HousesSection(CaseSource source, TimeGrid grid) {
        this.source = source;
        this.grid = grid;
    }

    static List<House> read(CaseSource source, CaseDocument.ListOrTable<CaseDocument.HouseEntry> given,
                            String seriesFile, TimeGrid grid, List<EnergyCommunity> communities) {
        Entries<CaseDocument.HouseEntry> entries = Entries.read(source, given, HOUSES,
                CsvTable.Columns.entries(ID, HOUSE_TABLE_TEXTS, HOUSE_TABLE_NUMBERS), HousesSection::fromTable)
                .orElseThrow(() -> source.error(HOUSES, "is missing: list at least one house with an id and its "
                        + "community, or name a CSV table of them"));
        return new HousesSection(source, grid).houses(entries, seriesFile, communities);
    }

    /** A line of a table of houses, as the entry case.yaml would list. */
    private static CaseDocument.HouseEntry fromTable(CsvTable table, CsvTable.Line line) {
        Map<String, String> text = line.keys();
        Map<String, Double> number = line.values();
        return new CaseDocument.HouseEntry(text.get(ID), text.get(NAME), text.get(COMMUNITY), number.get(CHARGER_KW),
                table.bool(line, DR_ENROLLED), number.get(PV_KWH), number.get(INTERRUPTIBLE_KWH),
                number.get(UNINTERRUPTIBLE_KWH), number.get(DR_CALLABLE_KWH));
    }

    private List<House> houses(Entries<CaseDocument.HouseEntry> entries, String seriesFile,
                               List<EnergyCommunity> communities) {
        List<CaseDocument.HouseEntry> list = entries.list();
        if (list.isEmpty()) {
            throw source.errorAt(entries.whole(), "holds no house: give at least one, with an id and its community");
        }
        Set<String> communityIds = communities.stream().map(EnergyCommunity::id).collect(Collectors.toSet());
        Set<String> houseIds = new LinkedHashSet<>();
        List<Optional<String>> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CaseDocument.HouseEntry entry = list.get(i);
            String id = source.uniqueId(entry == null ? null : entry.id(), entries.field(i, ID), "house", houseIds);
            String community = source.requireAt(entry.community(), entries.field(i, COMMUNITY));
            if (!communityIds.contains(community)) {
                throw source.errorAt(entries.field(i, COMMUNITY), "house \"" + id + "\" names community \""
                        + community + "\", which is not defined; defined communities are "
                        + new TreeSet<>(communityIds));
            }
            double charger = Optional.ofNullable(entry.chargerKw()).orElse(0.0);
            if (!(charger >= 0) || !Double.isFinite(charger)) {
                throw source.errorAt(entries.field(i, CHARGER_KW), charger
                        + " must be a power >= 0 kW (0: no charger)");
            }
            source.plausibleAt(entries.field(i, CHARGER_KW), "house \"" + id + "\" has a charger of",
                    PlausibleRanges.power(), charger);
            names.add(name(entries.field(i, NAME), id, entry.name()));
        }
        Map<String, HouseRows> series = HouseSeriesSection.read(source, seriesFile, grid, houseIds);
        List<House> houses = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).id();
            houses.add(house(entries, i, series.getOrDefault(id, HouseRows.NONE), seriesFile, names.get(i)));
        }
        return houses;
    }

    /**
     * A house's display name: optional, any text of 1 to {@link #NAME_MAX_LENGTH} characters without control
     * characters (line breaks, tabs) or spaces at its ends, read as given.
     */
    private Optional<String> name(String place, String id, String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.isBlank()) {
            throw source.errorAt(place, "house \"" + id + "\" has an empty name; leave the name out for none");
        }
        int length = name.codePointCount(0, name.length());
        if (length > NAME_MAX_LENGTH) {
            throw source.errorAt(place, "house \"" + id + "\" has a name of " + length + " characters, more than "
                    + NAME_MAX_LENGTH);
        }
        if (!name.strip().equals(name)) {
            throw source.errorAt(place, "house \"" + id + "\" has the name \"" + CaseSource.printable(name)
                    + "\", which starts or ends with a space; write it without (a CSV table drops such spaces, so the "
                    + "name would not read back the same)");
        }
        OptionalInt control = name.codePoints().filter(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR).findFirst();
        if (control.isPresent()) {
            throw source.errorAt(place, String.format(Locale.ROOT, "house \"%s\" has the name \"%s\", which holds the "
                    + "control character U+%04X; a name is one line of text", id, CaseSource.printable(name),
                    control.getAsInt()));
        }
        return Optional.of(name);
    }

    private House house(Entries<CaseDocument.HouseEntry> entries, int index, HouseRows rows, String seriesFile,
                        Optional<String> name) {
        CaseDocument.HouseEntry entry = entries.list().get(index);
        String id = entry.id();
        Given given = new Given(entries, index, "house \"" + id + "\"", rows, seriesFile);
        Series pv = given.quantity(PV_KWH, entry.pvKwh());
        Series interruptible = given.quantity(INTERRUPTIBLE_KWH, entry.interruptibleKwh());
        Series uninterruptible = given.quantity(UNINTERRUPTIBLE_KWH, entry.uninterruptibleKwh());
        boolean enrolled = Optional.ofNullable(entry.drEnrolled()).orElse(false);
        Series callable = entry.drCallableKwh() == null && !rows.columns().containsKey(DR_CALLABLE_KWH)
                ? Series.constant(grid.periods(), 0)
                : given.quantity(DR_CALLABLE_KWH, entry.drCallableKwh());
        given.plausible(PV_KWH, pv);
        given.plausible(INTERRUPTIBLE_KWH, interruptible);
        given.plausible(UNINTERRUPTIBLE_KWH, uninterruptible);
        given.plausible(DR_CALLABLE_KWH, callable);
        for (int t = 0; t < grid.periods(); t++) {
            if (callable.at(t) > interruptible.at(t)) {
                throw new InvalidCaseException(String.format(Locale.ROOT,
                        "%s: %s, period %d: %s %.6g is above %s %.6g; the DR program can only call load the house "
                                + "could interrupt.", given.callableLine(t), given.where, t, DR_CALLABLE_KWH,
                        callable.at(t), INTERRUPTIBLE_KWH, interruptible.at(t)));
            }
            if (!enrolled && callable.at(t) > 0) {
                throw new InvalidCaseException(String.format(Locale.ROOT,
                        "%s: %s, period %d: %s is %.6g but the house is not enrolled in the DR program (%s: false in "
                                + "%s); set %s: true or the callable load to 0.", given.callableLine(t), given.where,
                        t, DR_CALLABLE_KWH, callable.at(t), DR_ENROLLED, entries.entry(index), DR_ENROLLED));
            }
        }
        double charger = Optional.ofNullable(entry.chargerKw()).orElse(0.0);
        return new House(id, entry.community(), charger, enrolled, pv, interruptible, uninterruptible, callable,
                name);
    }

    /**
     * Where a house's energies are given: its rows of the house-series file, or constants in its entry (in
     * case.yaml or a line of the table of houses), and the messages naming either.
     */
    private final class Given {
        private final Entries<CaseDocument.HouseEntry> entries;
        private final int index;
        private final String where;
        private final HouseRows rows;
        private final String seriesFile;

        Given(Entries<CaseDocument.HouseEntry> entries, int index, String where, HouseRows rows, String seriesFile) {
            this.entries = entries;
            this.index = index;
            this.where = where;
            this.rows = rows;
            this.seriesFile = seriesFile;
        }

        /** The line a callable-load problem in period {@code t} is on: the series file's, or the house's entry. */
        String callableLine(int t) {
            return rows.columns().containsKey(DR_CALLABLE_KWH) || rows.columns().containsKey(INTERRUPTIBLE_KWH)
                    ? source.describe(seriesFile) + " line " + rows.lineOfPeriod()[t]
                    : entries.entry(index);
        }

        /** Checks a series against the plausible energy per period, naming its line or its constant. */
        void plausible(String column, Series series) {
            PlausibleRanges.Range range = PlausibleRanges.houseEnergy(grid);
            if (rows.columns().containsKey(column)) {
                source.plausibleSeries(range, series.toArray(), t -> source.describe(seriesFile) + " line "
                        + rows.lineOfPeriod()[t] + ", column \"" + column + "\": " + where + " has");
            } else {
                double constant = series.at(0);
                if (range.refused(constant)) {
                    throw new InvalidCaseException(entries.entry(index) + ": " + where + ", " + column + " is "
                            + PlausibleRanges.number(constant) + " " + range.unit() + ", outside " + range.hard()
                            + "; check the value and its unit.");
                }
                if (range.unusual(constant)) {
                    source.warn(entries.entry(index) + ": " + where + ", " + column + " is "
                            + PlausibleRanges.number(constant) + " " + range.unit() + " in every period, outside "
                            + range.usual() + "; read as given.");
                }
            }
        }

        /** A series: from the house-series file, or a constant from the house's entry; exactly one of the two. */
        Series quantity(String column, Double constant) {
            double[] values = rows.columns().get(column);
            if (values != null && constant != null) {
                throw new InvalidCaseException(entries.entry(index) + ": " + where + " gives " + column + " both as "
                        + "a constant in " + entries.document() + " and as a column of the house-series file; keep "
                        + "one.");
            }
            if (values != null) {
                return Series.of(values);
            }
            if (constant == null) {
                throw new InvalidCaseException(entries.entry(index) + ": " + where + " has no " + column + ": give it "
                        + "as a column of the " + HOUSE_SERIES + " CSV or as a constant (" + column + ": 0.5) in the "
                        + "house's entry" + (entries.document().equals(CaseReader.CASE_FILE) ? ""
                        : " (a \"" + column + "\" column of " + entries.document() + ")") + ".");
            }
            if (!(constant >= 0) || !Double.isFinite(constant)) {
                throw new InvalidCaseException(entries.entry(index) + ": " + where + ", " + column + " is " + constant
                        + "; energy must be >= 0.");
            }
            return Series.constant(grid.periods(), constant);
        }
    }
}
