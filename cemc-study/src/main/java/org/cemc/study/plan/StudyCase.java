package org.cemc.study.plan;

import static org.cemc.input.CaseKeys.ARRIVAL_HOUR;
import static org.cemc.input.CaseKeys.BATTERY_KWH;
import static org.cemc.input.CaseKeys.CHARGER_KW;
import static org.cemc.input.CaseKeys.CHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.CHARGE_KW;
import static org.cemc.input.CaseKeys.COMMUNITY;
import static org.cemc.input.CaseKeys.DATE;
import static org.cemc.input.CaseKeys.DEPARTURE_HOUR;
import static org.cemc.input.CaseKeys.DISCHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.DISCHARGE_KW;
import static org.cemc.input.CaseKeys.DR_CALLABLE_KWH;
import static org.cemc.input.CaseKeys.DR_ENROLLED;
import static org.cemc.input.CaseKeys.GUEST_EVS;
import static org.cemc.input.CaseKeys.GUEST_EV_DEFAULTS;
import static org.cemc.input.CaseKeys.GUEST_EV_SCENARIOS;
import static org.cemc.input.CaseKeys.HOUSE;
import static org.cemc.input.CaseKeys.HOUSES;
import static org.cemc.input.CaseKeys.HOUSE_SERIES;
import static org.cemc.input.CaseKeys.ID;
import static org.cemc.input.CaseKeys.INTERRUPTIBLE_KWH;
import static org.cemc.input.CaseKeys.NAME;
import static org.cemc.input.CaseKeys.OPTIONS;
import static org.cemc.input.CaseKeys.PERIOD;
import static org.cemc.input.CaseKeys.PERIODS;
import static org.cemc.input.CaseKeys.PERIOD_HOURS;
import static org.cemc.input.CaseKeys.PRICES;
import static org.cemc.input.CaseKeys.PV_KWH;
import static org.cemc.input.CaseKeys.SERIES;
import static org.cemc.input.CaseKeys.SOC_ARRIVAL;
import static org.cemc.input.CaseKeys.SOC_REQUIRED;
import static org.cemc.input.CaseKeys.UNINTERRUPTIBLE_KWH;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;

/**
 * The study's case (study.yaml's {@code case:}) as the study uses it: its case.yaml as a document, read and checked
 * by core once, its houses' series cut into days ({@link DaySeries}), its prices file, and each day's guest EVs.
 * {@link #day} makes one day's case under one variant as a case folder would hold it (case.yaml with the day's
 * periods, date, prices and options; the houses, their series and the guest EVs as CSV tables) and has core's
 * {@link CaseReader} read it: what a study schedules is by construction what {@code cemc solve} reads.
 *
 * <p>Immutable once built, so {@link #day} may run on several threads at once.
 */
final class StudyCase {
    /** The files {@link #day} makes in place of the case's. */
    static final String DAY_HOUSES = "study-day-houses.csv";
    static final String DAY_HOUSE_SERIES = "study-day-house-series.csv";
    static final String DAY_PRICES = "study-day-prices.csv";
    static final String DAY_GUEST_EVS = "study-day-guest-evs.csv";

    /** Core's cap on case.yaml (docs/case-format.md, "Size caps"): a larger file gets core's message, unread. */
    private static final long CASE_YAML_CAP_BYTES = 4L << 20;

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private final Path folder;
    private final ObjectNode document;
    private final CommunityCase community;
    private final DaySeries series;
    private final Optional<PriceTable> priceTable;
    private final boolean pricesByClock;
    private final GuestEvDays guestEvs;
    private final ZoneId zone;

    /**
     * @param community the case as core read it: its houses' fields, guest EVs and, for the case's own series, their
     *                  values over the whole series
     * @param pricesByClock the prices file holds one day by clock period, rather than one row per series period
     */
    StudyCase(Path folder, ObjectNode document, CommunityCase community, DaySeries series,
              Optional<PriceTable> priceTable, boolean pricesByClock, GuestEvDays guestEvs, ZoneId zone) {
        this.folder = folder;
        this.document = document;
        this.community = community;
        this.series = series;
        this.priceTable = priceTable;
        this.pricesByClock = pricesByClock;
        this.guestEvs = guestEvs;
        this.zone = zone;
    }

    /** case.yaml of {@code folder} as a document; a file core would refuse gets core's message. */
    static ObjectNode document(Path folder) {
        Path yaml = folder.resolve(CaseReader.CASE_FILE);
        JsonNode tree = null;
        try {
            if (Files.size(yaml) > CASE_YAML_CAP_BYTES) {
                CaseReader.read(folder);
            }
            tree = YAML.readTree(Files.readString(yaml, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Core words every problem of a case.yaml (missing, too large, not YAML) its own way.
            CaseReader.read(folder);
        }
        if (!(tree instanceof ObjectNode object)) {
            CaseReader.read(folder);
            throw new InvalidCaseException(yaml + " is not a mapping of fields (key: value); see "
                    + "docs/case-format.md.");
        }
        return object;
    }

    /** The case as core read it (for the study's days, its houses' other fields and its guest EVs). */
    CommunityCase community() {
        return community;
    }

    ObjectNode document() {
        return document;
    }

    DaySeries series() {
        return series;
    }

    /** The case's {@code prices:} and {@code options:} as written, for a variant to change. */
    ObjectNode prices() {
        return document.get(PRICES) instanceof ObjectNode prices ? prices : YAML.createObjectNode();
    }

    ObjectNode options() {
        return document.get(OPTIONS) instanceof ObjectNode options ? options : YAML.createObjectNode();
    }

    /** The case of {@code date} under {@code variant}, read by core with its warnings. */
    CaseReader.ReadCase day(LocalDate date, VariantCase variant) {
        DaySeries.Day day = series.day(date);
        int periods = day.grid().periods();
        String made = " (made by the study for " + date + ", variant " + variant.variant().name() + ")";
        Map<String, OverlayFiles.Made> files = new HashMap<>();
        ObjectNode doc = document.deepCopy();
        doc.put(NAME, community.name() + ", " + date + ", " + variant.variant().name());
        doc.put(DATE, date.toString());
        doc.put(PERIODS, periods);
        doc.put(PERIOD_HOURS, day.grid().periodHours());
        doc.put(HOUSES, DAY_HOUSES);
        files.put(DAY_HOUSES, made(houseList(day.houses(), variant), "houses of the case" + made));
        doc.put(HOUSE_SERIES, DAY_HOUSE_SERIES);
        files.put(DAY_HOUSE_SERIES, made(houseSeries(day), "house series of the case" + made));
        ObjectNode prices = variant.prices().deepCopy();
        if (priceTable.isPresent()) {
            PriceTable table = priceTable.get();
            int[] rows = new int[periods];
            if (pricesByClock) {
                rows = DayClock.clockRows(date, zone, day.grid().periodHours(), periods);
            } else {
                for (int p = 0; p < periods; p++) {
                    rows[p] = day.firstSeriesPeriod() + p;
                }
            }
            String cut = table.cut(rows, variant.replacedColumns());
            if (cut.isEmpty()) {
                prices.remove(SERIES);
            } else {
                prices.put(SERIES, DAY_PRICES);
                files.put(DAY_PRICES, made(cut, table.file() + made));
            }
        }
        doc.set(PRICES, prices);
        doc.set(OPTIONS, variant.options());
        doc.remove(GUEST_EV_SCENARIOS);
        doc.remove(GUEST_EV_DEFAULTS);
        List<GuestEv> evs = guestEvs.of(date);
        if (evs.isEmpty()) {
            doc.remove(GUEST_EVS);
        } else {
            doc.put(GUEST_EVS, DAY_GUEST_EVS);
            files.put(DAY_GUEST_EVS, made(guestEvList(evs), "guest EVs of the case" + made));
        }
        files.put(CaseReader.CASE_FILE, new OverlayFiles.Made(yaml(doc), folder.resolve(CaseReader.CASE_FILE) + made));
        return CaseReader.readWithWarnings(new OverlayFiles(folder, files));
    }

    /** {@code document} as case.yaml text. */
    static byte[] yaml(ObjectNode document) {
        try {
            return YAML.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document read from YAML writes as YAML", e);
        }
    }

    private static OverlayFiles.Made made(String text, String description) {
        return new OverlayFiles.Made(text.getBytes(StandardCharsets.UTF_8), description);
    }

    private static String houseList(List<House> houses, VariantCase variant) {
        return csv(new String[] {ID, NAME, COMMUNITY, CHARGER_KW, DR_ENROLLED}, csv -> {
            for (House house : houses) {
                double charger = variant.chargers().map(kw -> kw.get(house.id())).orElse(house.chargerKw());
                csv.printRecord(house.id(), house.name().orElse(""), house.community(), charger, house.drEnrolled());
            }
        });
    }

    private static String houseSeries(DaySeries.Day day) {
        return csv(new String[] {HOUSE, PERIOD, PV_KWH, INTERRUPTIBLE_KWH, UNINTERRUPTIBLE_KWH, DR_CALLABLE_KWH},
                csv -> {
                    for (House house : day.houses()) {
                        for (int t = 0; t < day.grid().periods(); t++) {
                            csv.printRecord(house.id(), t, house.pv().at(t), house.interruptible().at(t),
                                    house.uninterruptible().at(t), house.drCallable().at(t));
                        }
                    }
                });
    }

    private static String guestEvList(List<GuestEv> evs) {
        return csv(new String[] {ID, COMMUNITY, ARRIVAL_HOUR, DEPARTURE_HOUR, BATTERY_KWH, SOC_ARRIVAL, SOC_REQUIRED,
                CHARGE_KW, DISCHARGE_KW, CHARGE_EFFICIENCY, DISCHARGE_EFFICIENCY}, csv -> {
                    for (GuestEv ev : evs) {
                        csv.printRecord(ev.id(), ev.community().orElse(""), ev.arrivalHour(), ev.departureHour(),
                                ev.batteryKwh(), ev.socArrival(), ev.socRequired(), ev.chargeKw(), ev.dischargeKw(),
                                ev.chargeEfficiency(), ev.dischargeEfficiency());
                    }
                });
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header).build())) {
            rows.print(csv);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
