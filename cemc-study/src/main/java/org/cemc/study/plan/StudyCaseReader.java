package org.cemc.study.plan;

import static org.cemc.input.CaseKeys.DR_CALLABLE_KWH;
import static org.cemc.input.CaseKeys.HOUSE;
import static org.cemc.input.CaseKeys.HOUSES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.ID;
import static org.cemc.input.CaseKeys.INTERRUPTIBLE_KWH;
import static org.cemc.input.CaseKeys.PERIOD;
import static org.cemc.input.CaseKeys.PERIODS;
import static org.cemc.input.CaseKeys.PERIOD_HOURS;
import static org.cemc.input.CaseKeys.PRICES;
import static org.cemc.input.CaseKeys.PV_KWH;
import static org.cemc.input.CaseKeys.SERIES;
import static org.cemc.input.CaseKeys.UNINTERRUPTIBLE_KWH;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.House;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;
import org.cemc.study.year.H0ProfileReader;
import org.cemc.study.year.HouseholdLoad;
import org.cemc.study.year.InvalidDataFileException;
import org.cemc.study.year.RealYear;
import org.cemc.study.year.StudyHouse;
import org.cemc.study.year.StudyYear;
import org.cemc.study.year.Tmy3Reader;
import org.cemc.study.year.TypicalYear;

/**
 * Reads the case a study names, with its series from the case itself (covering many days from {@code start}) or
 * from a real year (study.yaml's {@code real_year}), into a {@link StudyCase}. Core reads and checks the case once
 * here; every problem is one paragraph naming study.yaml and its field, or the case's file, row or field.
 */
final class StudyCaseReader {
    /** The columns of study.yaml's {@code real_year.houses} file. */
    static final String PV_KWP = "pv_kwp";
    static final String ANNUAL_KWH = "annual_kwh";
    /** The house series core reads for a real year's case, whose real series come per day. */
    private static final String ZERO_SERIES = "study-zero-house-series.csv";
    private static final int REAL_YEAR_PERIODS = 24;
    private static final List<String> ENERGIES = List.of(PV_KWH, INTERRUPTIBLE_KWH, UNINTERRUPTIBLE_KWH,
            DR_CALLABLE_KWH);

    private final Path studyFile;
    private final StudyFile file;
    private final ZoneId zone;

    private StudyCaseReader(Path studyFile, StudyFile file, ZoneId zone) {
        this.studyFile = studyFile;
        this.file = file;
        this.zone = zone;
    }

    static StudyCase read(Path studyFile, StudyFile file, ZoneId zone) {
        return new StudyCaseReader(studyFile, file, zone).read();
    }

    private StudyCase read() {
        if (file.caseFolder() == null) {
            throw error("case", "is missing; name the case folder (docs/case-format.md) whose communities, houses, "
                    + "prices and options the study runs, e.g. case: case/");
        }
        Path folder = studyFile.getParent().resolve(file.caseFolder());
        if (!Files.isDirectory(folder)) {
            throw error("case", "names \"" + file.caseFolder() + "\" but " + folder + " is not a folder; a case is a "
                    + "folder holding case.yaml and the CSV files it names.");
        }
        ObjectNode document = StudyCase.document(folder);
        return file.realYear() != null ? realYear(folder, document) : caseSeries(folder, document);
    }

    /** The case's own series, covering many days from {@code start}'s midnight. */
    private StudyCase caseSeries(Path folder, ObjectNode document) {
        if (file.start() == null) {
            throw error("start", "is missing; with the case's own series (no real_year), give the local date at "
                    + "whose midnight the case's period 0 starts, e.g. start: 2025-01-01");
        }
        LocalDate start = date("start", file.start());
        Optional<PriceTable> table = priceTable(folder, document);
        JsonNode periodsNode = document.path(PERIODS);
        JsonNode hoursNode = document.path(PERIOD_HOURS);
        boolean byClock = false;
        Map<String, OverlayFiles.Made> made = new LinkedHashMap<>();
        if (table.isPresent() && periodsNode.canConvertToInt() && hoursNode.isNumber()) {
            PriceTable prices = table.get();
            int periods = periodsNode.asInt();
            double periodHours = hoursNode.asDouble();
            byClock = prices.isClockDay(periodHours) && prices.rows() != periods;
            if (!byClock && prices.rows() != periods) {
                throw new InvalidCaseException(prices.file() + " has " + prices.rows() + " rows; a study's prices "
                        + "file holds one day by clock period (" + Math.round(24 / periodHours) + " rows of "
                        + periodHours + " h from 00:00) or one row per period of the case's series (" + periods
                        + ", case.yaml's periods).");
            }
            if (byClock && periods > 0 && periodHours > 0) {
                // Core reads a prices file of the case's periods: the day's rows laid on every day by clock period.
                int[] rows = new int[periods];
                for (int p = 0; p < periods; p++) {
                    rows[p] = DayClock.clockRow(start, zone, periodHours, p);
                }
                ObjectNode byPeriod = document.deepCopy();
                ((ObjectNode) byPeriod.get(PRICES)).put(SERIES, StudyCase.DAY_PRICES);
                made.put(StudyCase.DAY_PRICES, new OverlayFiles.Made(prices.cut(rows, Set.of())
                        .getBytes(StandardCharsets.UTF_8), prices.file() + " (its day of prices laid on every day "
                        + "of the series by clock period; line n is series period n - 2)"));
                made.put(CaseReader.CASE_FILE, new OverlayFiles.Made(yaml(byPeriod),
                        folder.resolve(CaseReader.CASE_FILE).toString()));
            }
        }
        CommunityCase community = CaseReader.read(new OverlayFiles(folder, made));
        CaseSeries series = new CaseSeries(zone, start, community.grid(), community.houses());
        return new StudyCase(folder, document, community, series, table, byClock, guestEvs(community), zone);
    }

    /** The houses' series from a real year; the case gives the day of prices and everything but the energies. */
    private StudyCase realYear(Path folder, ObjectNode document) {
        StudyFile.RealYearEntry real = file.realYear();
        if (file.start() != null) {
            throw error("start", "is given with real_year, whose series start at 1 January of real_year.year; "
                    + "remove start");
        }
        String yaml = folder.resolve(CaseReader.CASE_FILE).toString();
        if (document.has(HOUSE_SERIES)) {
            throw new InvalidCaseException(yaml + ", field " + HOUSE_SERIES + ": is given, but " + studyFile
                    + " builds the houses' series from real_year; remove one.");
        }
        if (document.path(PERIODS).asInt() != REAL_YEAR_PERIODS || document.path(PERIOD_HOURS).asDouble() != 1) {
            throw new InvalidCaseException(yaml + ", fields " + PERIODS + " and " + PERIOD_HOURS + ": with "
                    + studyFile + "'s real_year (hourly series), the case describes one day of 24 hourly periods, "
                    + "whose prices apply by clock hour; write periods: 24 and period_hours: 1.");
        }
        List<String> caseHouses = caseHouseIds(folder, document);
        Map<String, double[]> sizes = realYearHouses(real.houses());
        for (String id : caseHouses) {
            if (!sizes.containsKey(id)) {
                throw error("real_year.houses", "gives no pv_kwp and annual_kwh for house \"" + id + "\" of the "
                        + "case; give a line for every house of the case");
            }
        }
        for (String id : sizes.keySet()) {
            if (!caseHouses.contains(id)) {
                throw error("real_year.houses", "gives house \"" + id + "\", which is not a house of the case ("
                        + yaml + ")");
            }
        }
        ObjectNode zeroSeries = document.deepCopy();
        zeroSeries.put(HOUSE_SERIES, ZERO_SERIES);
        StringBuilder zeros = new StringBuilder(String.join(",", HOUSE, PERIOD, PV_KWH, INTERRUPTIBLE_KWH,
                UNINTERRUPTIBLE_KWH, DR_CALLABLE_KWH)).append('\n');
        for (String id : caseHouses) {
            for (int p = 0; p < REAL_YEAR_PERIODS; p++) {
                zeros.append(id).append(',').append(p).append(",0,0,0,0\n");
            }
        }
        CommunityCase community = CaseReader.read(new OverlayFiles(folder, Map.of(
                CaseReader.CASE_FILE, new OverlayFiles.Made(yaml(zeroSeries), yaml),
                ZERO_SERIES, new OverlayFiles.Made(zeros.toString().getBytes(StandardCharsets.UTF_8),
                        "the houses' series of " + studyFile + "'s real_year"))));
        List<StudyHouse> studyHouses = new ArrayList<>();
        for (House house : community.houses()) {
            double[] size = sizes.get(house.id());
            studyHouses.add(new StudyHouse(house.id(), house.community(), size[0], size[1]));
        }
        RealYear year = realYear(real);
        Optional<PriceTable> table = priceTable(folder, document);
        return new StudyCase(folder, document, community,
                new RealYearSeries(year, real.year(), community.houses(), studyHouses), table, true,
                guestEvs(community), zone);
    }

    private RealYear realYear(StudyFile.RealYearEntry real) {
        Path weather = path("real_year.weather", real.weather());
        Path load = path("real_year.load_profile", real.loadProfile());
        if (real.year() == null) {
            throw error("real_year.year", "is missing; give the calendar year the typical year is laid on, e.g. "
                    + "year: 2025");
        }
        if (real.year() < 1900 || real.year() > 2200) {
            throw error("real_year.year", real.year() + " is not a plausible study year (1900 to 2200)");
        }
        TypicalYear typical;
        HouseholdLoad household;
        try {
            typical = Tmy3Reader.read(weather);
        } catch (InvalidDataFileException e) {
            throw error("real_year.weather", e.getMessage());
        }
        try {
            household = new HouseholdLoad(H0ProfileReader.read(load), Set.of());
        } catch (InvalidDataFileException e) {
            throw error("real_year.load_profile", e.getMessage());
        }
        try {
            return RealYear.standard(typical, household, new StudyYear(real.year()), zone);
        } catch (IllegalArgumentException e) {
            throw error("real_year.weather", e.getMessage());
        }
    }

    private Path path(String field, String name) {
        if (name == null) {
            throw error(field, "is missing; name the file, relative to " + studyFile.getFileName());
        }
        Path path = studyFile.getParent().resolve(name);
        if (!Files.isRegularFile(path)) {
            throw error(field, "names \"" + name + "\" but " + path + " does not exist");
        }
        return path;
    }

    /** Each house's {@code {pv_kwp, annual_kwh}} from study.yaml's {@code real_year.houses}, in the file's order. */
    private Map<String, double[]> realYearHouses(String name) {
        Path path = path("real_year.houses", name);
        Map<String, double[]> sizes = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).build().parse(reader)) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            if (!header.equals(List.of(HOUSE, PV_KWP, ANNUAL_KWH))) {
                throw new InvalidCaseException(path + " line 1: the columns are " + header + "; a real year's "
                        + "houses file has the columns house, pv_kwp, annual_kwh (docs/studies.md).");
            }
            for (CSVRecord record : csv) {
                long line = record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    throw new InvalidCaseException(path + " line " + line + ": " + record.size() + " cells; give "
                            + "house, pv_kwp and annual_kwh.");
                }
                String id = record.get(0);
                if (sizes.containsKey(id)) {
                    throw new InvalidCaseException(path + " line " + line + ": house \"" + id + "\" is given twice.");
                }
                double kwp = number(path, line, PV_KWP, record.get(1));
                double kwh = number(path, line, ANNUAL_KWH, record.get(2));
                try {
                    new StudyHouse(id, "-", kwp, kwh);
                } catch (IllegalArgumentException e) {
                    throw new InvalidCaseException(path + " line " + line + ": " + e.getMessage());
                }
                sizes.put(id, new double[] {kwp, kwh});
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidCaseException(path + ": cannot be read as CSV (" + e.getMessage() + ").");
        }
        return sizes;
    }

    private static double number(Path path, long line, String column, String text) {
        Double number = Variants.number(text);
        if (number == null) {
            throw new InvalidCaseException(path + " line " + line + ", column \"" + column + "\": \"" + text
                    + "\" is not a number.");
        }
        return number;
    }

    /**
     * The ids of the case's houses, listed or in its table, refusing energies given in the case: with a real year
     * every house's energies are the real year's.
     */
    private List<String> caseHouseIds(Path folder, ObjectNode document) {
        String yaml = folder.resolve(CaseReader.CASE_FILE).toString();
        JsonNode houses = document.path(HOUSES);
        Set<String> ids = new LinkedHashSet<>();
        if (houses.isArray()) {
            for (int i = 0; i < houses.size(); i++) {
                for (String energy : ENERGIES) {
                    if (houses.get(i).has(energy)) {
                        throw new InvalidCaseException(yaml + ", field " + HOUSES + "[" + i + "]." + energy
                                + ": is given, but " + studyFile + " builds the houses' energies from real_year; "
                                + "remove it.");
                    }
                }
                ids.add(houses.get(i).path(ID).asText());
            }
        } else if (houses.isTextual()) {
            Path table = folder.resolve(houses.asText());
            try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
                 CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                         .setIgnoreEmptyLines(true).build().parse(reader)) {
                List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
                for (String energy : ENERGIES) {
                    if (header.contains(energy)) {
                        throw new InvalidCaseException(table + " line 1, column \"" + energy + "\": is given, but "
                                + studyFile + " builds the houses' energies from real_year; remove the column.");
                    }
                }
                int id = header.indexOf(ID);
                for (CSVRecord record : csv) {
                    ids.add(id >= 0 && id < record.size() ? record.get(id) : "");
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // Core words a missing or unreadable table its own way.
                CaseReader.read(folder);
                throw new InvalidCaseException(table + ": cannot be read as CSV (" + e.getMessage() + ").");
            }
        }
        return List.copyOf(ids);
    }

    private Optional<PriceTable> priceTable(Path folder, ObjectNode document) {
        JsonNode series = document.path(PRICES).path(SERIES);
        if (!series.isTextual() || !Files.isRegularFile(folder.resolve(series.asText()))) {
            return Optional.empty();
        }
        return Optional.of(PriceTable.read(folder, series.asText()));
    }

    private GuestEvDays guestEvs(CommunityCase community) {
        Optional<GuestEvScenarios> scenarios = community.guestEvScenarios();
        if (scenarios.isEmpty()) {
            if (file.guestEvs() != null) {
                throw error("guest_evs", "is given, but the case has no guest_ev_scenarios block to draw each day's "
                        + "guest EVs from (docs/scenarios.md); remove guest_evs, or describe the guest EVs by "
                        + "distributions in the case");
            }
            return GuestEvDays.listed(zone, community.guestEvs());
        }
        long seed = file.guestEvs() != null && file.guestEvs().seed() != null ? file.guestEvs().seed()
                : scenarios.get().seed();
        if (seed < 0 || seed > GuestEvDays.MAX_SEED) {
            throw error("guest_evs.seed", seed + " is out of range; a study's seed is from 0 to "
                    + GuestEvDays.MAX_SEED + " (each day's seed is seed × 100000000 + yyyymmdd)");
        }
        return GuestEvDays.drawn(zone, scenarios.get(), seed);
    }

    private LocalDate date(String field, String text) {
        return Study.date(studyFile, field, text);
    }

    private InvalidCaseException error(String field, String problem) {
        return Study.error(studyFile, field, problem);
    }

    private static byte[] yaml(ObjectNode document) {
        return StudyCase.yaml(document);
    }
}
