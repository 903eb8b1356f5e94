package org.cemc.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cemc.community.CommunityCase;
import org.cemc.community.Distribution;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Switches;
import org.cemc.community.TimeGrid;

/**
 * Reads a case folder ({@code case.yaml} and its CSV series, see docs/case-format.md) into a validated
 * {@link CommunityCase}. Every problem is reported as an {@link InvalidCaseException} naming the file, the row or
 * field, and what is wrong; nothing is adjusted silently.
 */
public final class CaseReader {
    public static final String CASE_FILE = "case.yaml";

    static final List<String> HOUSE_KEYS = List.of("house", "period");
    static final String PV = "pv_kwh";
    static final String INTERRUPTIBLE = "interruptible_kwh";
    static final String UNINTERRUPTIBLE = "uninterruptible_kwh";
    static final String DR_CALLABLE = "dr_callable_kwh";
    static final Set<String> HOUSE_COLUMNS = Set.of(PV, INTERRUPTIBLE, UNINTERRUPTIBLE, DR_CALLABLE);

    static final List<String> PRICE_KEYS = List.of("period");
    static final Set<String> PRICE_COLUMNS = Set.of("grid_buy", "grid_sell", "p2p", "feed_in", "dr_incentive",
            "dr_fine", "standby", "ens", "ev_charge", "ev_discharge");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** One house's part of the house-series file: values per column and period, and the line of each period. */
    private record HouseRows(Map<String, double[]> columns, Map<Integer, Integer> lineOfPeriod) {
        static final HouseRows NONE = new HouseRows(Map.of(), Map.of());
    }

    private final CaseFiles files;
    private final String yaml;

    private CaseReader(CaseFiles files) {
        this.files = files;
        this.yaml = files.describe(CASE_FILE);
    }

    public static CommunityCase read(Path folder) {
        return read(CaseFiles.folder(folder));
    }

    public static CommunityCase read(CaseFiles files) {
        return new CaseReader(files).read();
    }

    private CommunityCase read() {
        if (!files.exists(CASE_FILE)) {
            throw new InvalidCaseException(yaml + " does not exist: a case is a folder holding " + CASE_FILE
                    + " and the CSV files it names (see docs/case-format.md).");
        }
        CaseDocument doc = parse();
        String name = Optional.ofNullable(doc.name()).orElse("unnamed case");
        int periods = require(doc.periods(), "periods");
        double periodHours = require(doc.periodHours(), "period_hours");
        if (periods < 1) {
            throw error("periods", periods + " must be at least 1");
        }
        if (!(periodHours > 0) || !Double.isFinite(periodHours)) {
            throw error("period_hours", periodHours + " must be a positive number of hours");
        }
        TimeGrid grid = new TimeGrid(periods, periodHours);
        List<EnergyCommunity> communities = communities(doc);
        List<House> houses = houses(doc, grid, communities);
        List<GuestEv> evs = guestEvs(doc, communities);
        Prices prices = prices(doc, grid, houses);
        String currency = Optional.ofNullable(doc.currency()).orElse("USD");
        Optional<GuestEvScenarios> scenarios = guestEvScenarios(doc);
        return new CommunityCase(name, currency, grid, communities, houses, evs, scenarios, prices,
                switches(doc.options()));
    }

    private CaseDocument parse() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (Reader reader = files.open(CASE_FILE)) {
            CaseDocument doc = mapper.readValue(reader, CaseDocument.class);
            if (doc == null) {
                throw new InvalidCaseException(yaml + " is empty.");
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new InvalidCaseException(yaml + ", field " + path(e) + ": unknown field \"" + e.getPropertyName()
                    + "\"; the fields allowed there are " + known + ".");
        } catch (MismatchedInputException e) {
            String found = e instanceof InvalidFormatException invalid ? ", found \"" + invalid.getValue() + "\"" : "";
            throw new InvalidCaseException(yaml + ", field " + path(e) + ": expected " + expected(e.getTargetType())
                    + found + ".");
        } catch (JsonMappingException e) {
            throw new InvalidCaseException(yaml + ", field " + path(e) + ": cannot be read ("
                    + e.getOriginalMessage() + ").");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new InvalidCaseException(yaml + where + ": not valid YAML (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new InvalidCaseException(yaml + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** What a YAML value of this Java type looks like, in the words of docs/case-format.md. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (lines starting with \"- \")";
        }
        return "a mapping of fields (key: value)";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }

    // ---- communities and houses ---------------------------------------------------------------------------

    private List<EnergyCommunity> communities(CaseDocument doc) {
        if (doc.communities() == null || doc.communities().isEmpty()) {
            throw error("communities", "is missing: list at least one energy community with an id");
        }
        List<EnergyCommunity> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < doc.communities().size(); i++) {
            CaseDocument.CommunityEntry entry = doc.communities().get(i);
            String field = "communities[" + i + "]";
            String id = uniqueId(entry == null ? null : entry.id(), field, "community", ids);
            result.add(new EnergyCommunity(id, Optional.ofNullable(entry.name()).orElse(id)));
        }
        return result;
    }

    private List<House> houses(CaseDocument doc, TimeGrid grid, List<EnergyCommunity> communities) {
        if (doc.houses() == null || doc.houses().isEmpty()) {
            throw error("houses", "is missing: list at least one house with an id and its community");
        }
        Set<String> communityIds = communities.stream().map(EnergyCommunity::id).collect(Collectors.toSet());
        Map<String, CaseDocument.HouseEntry> entries = new LinkedHashMap<>();
        Set<String> houseIds = new HashSet<>();
        for (int i = 0; i < doc.houses().size(); i++) {
            CaseDocument.HouseEntry entry = doc.houses().get(i);
            String field = "houses[" + i + "]";
            String id = uniqueId(entry == null ? null : entry.id(), field, "house", houseIds);
            String community = require(entry.community(), field + ".community");
            if (!communityIds.contains(community)) {
                throw error(field + ".community", "house \"" + id + "\" names community \"" + community
                        + "\", which is not defined; defined communities are " + new TreeSet<>(communityIds));
            }
            double charger = Optional.ofNullable(entry.chargerKw()).orElse(0.0);
            if (!(charger >= 0) || !Double.isFinite(charger)) {
                throw error(field + ".charger_kw", charger + " must be a power >= 0 kW (0: no charger)");
            }
            entries.put(id, entry);
        }
        Map<String, HouseRows> series = houseSeries(doc, grid, entries);
        List<House> houses = new ArrayList<>();
        for (Map.Entry<String, CaseDocument.HouseEntry> e : entries.entrySet()) {
            houses.add(house(e.getKey(), e.getValue(), series.getOrDefault(e.getKey(), HouseRows.NONE), grid,
                    doc.houseSeries()));
        }
        return houses;
    }

    /** Per house, the rows of the house-series file (when the case has one). */
    private Map<String, HouseRows> houseSeries(CaseDocument doc, TimeGrid grid,
                                               Map<String, CaseDocument.HouseEntry> houses) {
        if (doc.houseSeries() == null) {
            return Map.of();
        }
        Map<String, Map<String, double[]>> byHouse = new HashMap<>();
        CsvTable table = table(doc.houseSeries(), "house_series", HOUSE_KEYS, HOUSE_COLUMNS);
        Map<String, Map<Integer, Integer>> seenAt = new HashMap<>();
        for (CsvTable.Line line : table.lines()) {
            String house = line.keys().get("house");
            if (!houses.containsKey(house)) {
                throw new InvalidCaseException(table.file() + " line " + line.number() + ": house \"" + house
                        + "\" is not defined in " + yaml + ".");
            }
            int period = period(table, line, grid);
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

    private House house(String id, CaseDocument.HouseEntry entry, HouseRows rows, TimeGrid grid, String seriesFile) {
        String where = "house \"" + id + "\"";
        Map<String, double[]> fromFile = rows.columns();
        Series pv = houseQuantity(where, PV, entry.pvKwh(), fromFile, grid);
        Series interruptible = houseQuantity(where, INTERRUPTIBLE, entry.interruptibleKwh(), fromFile, grid);
        Series uninterruptible = houseQuantity(where, UNINTERRUPTIBLE, entry.uninterruptibleKwh(), fromFile, grid);
        boolean enrolled = Optional.ofNullable(entry.drEnrolled()).orElse(false);
        Series callable = entry.drCallableKwh() == null && !fromFile.containsKey(DR_CALLABLE)
                ? Series.constant(grid.periods(), 0)
                : houseQuantity(where, DR_CALLABLE, entry.drCallableKwh(), fromFile, grid);
        for (int t = 0; t < grid.periods(); t++) {
            String source = fromFile.containsKey(DR_CALLABLE) || fromFile.containsKey(INTERRUPTIBLE)
                    ? files.describe(seriesFile) + " line " + rows.lineOfPeriod().get(t)
                    : yaml;
            if (callable.at(t) > interruptible.at(t)) {
                throw new InvalidCaseException(String.format(Locale.ROOT,
                        "%s: %s, period %d: dr_callable_kwh %.6g is above interruptible_kwh %.6g; the DR program can "
                                + "only call load the house could interrupt.", source, where, t, callable.at(t),
                        interruptible.at(t)));
            }
            if (!enrolled && callable.at(t) > 0) {
                throw new InvalidCaseException(String.format(Locale.ROOT,
                        "%s: %s, period %d: dr_callable_kwh is %.6g but the house is not enrolled in the DR "
                                + "program (dr_enrolled: false in %s); set dr_enrolled: true or the callable load to 0.",
                        source, where, t, callable.at(t), yaml));
            }
        }
        double charger = Optional.ofNullable(entry.chargerKw()).orElse(0.0);
        return new House(id, entry.community(), charger, enrolled, pv, interruptible, uninterruptible, callable);
    }

    /** A house's series: from the CSV file, or a constant from case.yaml; exactly one of the two. */
    private Series houseQuantity(String where, String column, Double constant, Map<String, double[]> fromFile,
                                 TimeGrid grid) {
        double[] values = fromFile.get(column);
        if (values != null && constant != null) {
            throw new InvalidCaseException(yaml + ": " + where + " gives " + column + " both as a constant in "
                    + CASE_FILE + " and as a column of the house-series file; keep one.");
        }
        if (values != null) {
            return Series.of(values);
        }
        if (constant == null) {
            throw new InvalidCaseException(yaml + ": " + where + " has no " + column + ": give it as a column of the "
                    + "house_series CSV or as a constant (" + column + ": 0.5) in the house's entry.");
        }
        if (!(constant >= 0) || !Double.isFinite(constant)) {
            throw new InvalidCaseException(yaml + ": " + where + ", " + column + " is " + constant
                    + "; energy must be >= 0.");
        }
        return Series.constant(grid.periods(), constant);
    }

    // ---- guest EVs -------------------------------------------------------------------------------------------

    private List<GuestEv> guestEvs(CaseDocument doc, List<EnergyCommunity> communities) {
        List<GuestEv> evs = new ArrayList<>();
        if (doc.guestEvs() == null) {
            return evs;
        }
        Set<String> communityIds = communities.stream().map(EnergyCommunity::id).collect(Collectors.toSet());
        CaseDocument.GuestEvEntry defaults = Optional.ofNullable(doc.guestEvDefaults())
                .orElse(new CaseDocument.GuestEvEntry(null, null, null, null, null, null, null, null, null, null, null));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < doc.guestEvs().size(); i++) {
            CaseDocument.GuestEvEntry entry = doc.guestEvs().get(i);
            String field = "guest_evs[" + i + "]";
            String id = uniqueId(entry == null ? null : entry.id(), field, "guest EV", ids);
            String community = Optional.ofNullable(entry.community()).orElse(defaults.community());
            if (community != null && !communityIds.contains(community)) {
                throw error(field + ".community", "guest EV \"" + id + "\" asks for community \"" + community
                        + "\", which is not defined; defined communities are " + new TreeSet<>(communityIds));
            }
            double arrival = evValue(field, "arrival_hour", entry.arrivalHour(), defaults.arrivalHour());
            double departure = evValue(field, "departure_hour", entry.departureHour(), defaults.departureHour());
            double battery = evValue(field, "battery_kwh", entry.batteryKwh(), defaults.batteryKwh());
            double socArrival = evValue(field, "soc_arrival", entry.socArrival(), defaults.socArrival());
            double socRequired = evValue(field, "soc_required", entry.socRequired(), defaults.socRequired());
            double chargeKw = evValue(field, "charge_kw", entry.chargeKw(), defaults.chargeKw());
            double dischargeKw = evValue(field, "discharge_kw", entry.dischargeKw(), defaults.dischargeKw());
            double etaCh = evValue(field, "charge_efficiency", entry.chargeEfficiency(), defaults.chargeEfficiency());
            double etaDis = evValue(field, "discharge_efficiency", entry.dischargeEfficiency(),
                    defaults.dischargeEfficiency());
            if (arrival < 0) {
                throw error(field + ".arrival_hour", "guest EV \"" + id + "\" arrives at " + arrival
                        + " h; times are hours since the start of the day, >= 0");
            }
            if (departure <= arrival) {
                throw error(field + ".departure_hour", "guest EV \"" + id + "\" leaves at " + departure
                        + " h, not after it arrives at " + arrival + " h");
            }
            if (!(battery > 0)) {
                throw error(field + ".battery_kwh", "guest EV \"" + id + "\" has a battery of " + battery
                        + " kWh; it must be > 0");
            }
            fraction(field + ".soc_arrival", id, socArrival);
            fraction(field + ".soc_required", id, socRequired);
            if (chargeKw < 0 || dischargeKw < 0) {
                throw error(field + (chargeKw < 0 ? ".charge_kw" : ".discharge_kw"), "guest EV \"" + id
                        + "\" has a negative power; powers must be >= 0 kW");
            }
            efficiency(field + ".charge_efficiency", id, etaCh);
            efficiency(field + ".discharge_efficiency", id, etaDis);
            evs.add(new GuestEv(id, Optional.ofNullable(community), arrival, departure, battery, socArrival,
                    socRequired, chargeKw, dischargeKw, etaCh, etaDis));
        }
        return evs;
    }

    private double evValue(String field, String key, Double value, Double fallback) {
        Double chosen = value != null ? value : fallback;
        if (chosen == null) {
            throw error(field + "." + key, "is missing (give it for this EV or in guest_ev_defaults)");
        }
        if (!Double.isFinite(chosen)) {
            throw error(field + "." + key, chosen + " is not a finite number");
        }
        return chosen;
    }

    private void fraction(String field, String ev, double value) {
        if (value < 0 || value > 1) {
            throw error(field, "guest EV \"" + ev + "\" has " + value
                    + "; a state of charge is a fraction of the battery between 0 and 1");
        }
    }

    private void efficiency(String field, String ev, double value) {
        if (!(value > 0) || value > 1) {
            throw error(field, "guest EV \"" + ev + "\" has " + value + "; an efficiency is in (0, 1]");
        }
    }

    private Optional<GuestEvScenarios> guestEvScenarios(CaseDocument doc) {
        CaseDocument.ScenarioEntry entry = doc.guestEvScenarios();
        if (entry == null) {
            return Optional.empty();
        }
        if (doc.guestEvs() != null) {
            throw error("guest_ev_scenarios", "and guest_evs are both given; a case lists its guest EVs or describes "
                    + "them by distributions, not both");
        }
        String field = "guest_ev_scenarios";
        int samples = Optional.ofNullable(entry.samples()).orElse(1000);
        int representatives = Optional.ofNullable(entry.representatives()).orElse(3);
        if (samples < 1) {
            throw error(field + ".samples", samples + " must be at least 1");
        }
        if (representatives < 1 || representatives > samples) {
            throw error(field + ".representatives", representatives + " must be between 1 and samples (" + samples
                    + ")");
        }
        double fleetSizeMean = Optional.ofNullable(entry.fleetSizeMean()).orElse(3.0);
        if (!(fleetSizeMean >= 0) || !Double.isFinite(fleetSizeMean)) {
            throw error(field + ".fleet_size_mean", fleetSizeMean + " must be a number of EVs >= 0");
        }
        int fleets = Optional.ofNullable(entry.fleets()).orElse(200);
        if (fleets < representatives) {
            throw error(field + ".fleets", fleets + " must be at least representatives (" + representatives + ")");
        }
        Distribution arrival = distribution(field, "arrival_hour", entry.arrivalHour(), 0, Double.MAX_VALUE);
        Distribution departure = distribution(field, "departure_hour", entry.departureHour(), 0, Double.MAX_VALUE);
        if (departure.max() <= arrival.min()) {
            throw error(field + ".departure_hour", "can never come after arrival_hour: its largest value "
                    + departure.max() + " h is not after the earliest arrival " + arrival.min() + " h");
        }
        return Optional.of(new GuestEvScenarios(samples, representatives,
                Optional.ofNullable(entry.seed()).orElse(42L), fleetSizeMean, fleets, arrival, departure,
                distribution(field, "soc_arrival", entry.socArrival(), 0, 1),
                distribution(field, "battery_kwh", entry.batteryKwh(), Double.MIN_VALUE, Double.MAX_VALUE),
                distribution(field, "soc_required", entry.socRequired(), 0, 1),
                distribution(field, "charge_kw", entry.chargeKw(), 0, Double.MAX_VALUE),
                distribution(field, "discharge_kw", entry.dischargeKw(), 0, Double.MAX_VALUE),
                distribution(field, "charge_efficiency", entry.chargeEfficiency(), Double.MIN_VALUE, 1),
                distribution(field, "discharge_efficiency", entry.dischargeEfficiency(), Double.MIN_VALUE, 1)));
    }

    /** A number (a fixed value) or {@code {mean, std, min, max}} (a truncated normal), within [lowest, highest]. */
    private Distribution distribution(String block, String key, Object value, double lowest, double highest) {
        String field = block + "." + key;
        if (value == null) {
            throw error(field, "is missing: give a number, or {mean: .., std: .., min: .., max: ..}");
        }
        Distribution d;
        if (value instanceof Number number) {
            d = Distribution.fixed(number.doubleValue());
        } else if (value instanceof Map<?, ?> map && map.keySet().equals(Set.of("mean", "std", "min", "max"))
                && map.values().stream().allMatch(Number.class::isInstance)) {
            d = new Distribution(((Number) map.get("mean")).doubleValue(), ((Number) map.get("std")).doubleValue(),
                    ((Number) map.get("min")).doubleValue(), ((Number) map.get("max")).doubleValue());
        } else {
            throw error(field, "expected a number, or {mean: .., std: .., min: .., max: ..} with four numbers; found "
                    + value);
        }
        if (!(d.std() >= 0) || !(d.min() <= d.mean()) || !(d.mean() <= d.max())
                || !Double.isFinite(d.min()) || !Double.isFinite(d.max())) {
            throw error(field, "needs std >= 0 and min <= mean <= max, all finite; got " + d);
        }
        if (d.min() < lowest || d.max() > highest) {
            throw error(field, "must lie within [" + (lowest == Double.MIN_VALUE ? "> 0" : lowest) + ", "
                    + (highest == Double.MAX_VALUE ? "infinity" : highest) + "]; got min " + d.min() + ", max " + d.max());
        }
        return d;
    }

    // ---- prices ---------------------------------------------------------------------------------------------

    private Prices prices(CaseDocument doc, TimeGrid grid, List<House> houses) {
        CaseDocument.PriceEntry entry = doc.prices();
        if (entry == null) {
            throw error("prices", "is missing (see docs/case-format.md for the prices a case needs)");
        }
        Map<String, double[]> fromFile = entry.series() == null ? Map.of() : priceSeries(entry.series(), grid);
        Series gridBuy = price(fromFile, "grid_buy", entry.gridBuy(), grid, null, true);
        Series gridSell = price(fromFile, "grid_sell", entry.gridSell(), grid, null, true);
        Series drIncentive = price(fromFile, "dr_incentive", entry.drIncentive(), grid, null, false);
        Series drFine = price(fromFile, "dr_fine", entry.drFine(), grid, null, false);
        Series standby = price(fromFile, "standby", entry.standby(), grid, null, false);
        Series ens = price(fromFile, "ens", entry.ens(), grid, null, false);
        Series evCharge = price(fromFile, "ev_charge", entry.evCharge(), grid, gridBuy, true);
        Series evDischarge = price(fromFile, "ev_discharge", entry.evDischarge(), grid, gridSell, true);
        double swv = nonNegative("prices.social_welfare_value", require(entry.socialWelfareValue(),
                "prices.social_welfare_value"));
        double parking = nonNegative("prices.parking_fee", require(entry.parkingFee(), "prices.parking_fee"));
        P2pMarket p2p = p2pMarket(entry, fromFile, grid, gridBuy, gridSell, houses);
        return new Prices(gridBuy, gridSell, p2p, drIncentive, drFine, standby, ens, evCharge, evDischarge, swv,
                parking);
    }

    /** The P2P price by the case's rule (design pricing.md): a given series, mid-market, or SDR. */
    private P2pMarket p2pMarket(CaseDocument.PriceEntry entry, Map<String, double[]> fromFile, TimeGrid grid,
                                Series gridBuy, Series gridSell, List<House> houses) {
        String rule = Optional.ofNullable(entry.p2pRule()).orElse(P2pMarket.Rule.SERIES.key());
        if (rule.equals(P2pMarket.Rule.SERIES.key())) {
            if (entry.feedIn() != null || fromFile.containsKey("feed_in")) {
                throw error("prices.feed_in", "is only used by p2p_rule mid-market or sdr; with a given p2p price, "
                        + "remove it");
            }
            return P2pMarket.series(price(fromFile, "p2p", entry.p2p(), grid, null, true));
        }
        if (entry.p2p() != null || fromFile.containsKey("p2p")) {
            throw error("prices.p2p", "is given, but p2p_rule " + rule + " computes the P2P price; remove one");
        }
        Series feedIn = price(fromFile, "feed_in", entry.feedIn(), grid, gridSell, false);
        for (int t = 0; t < grid.periods(); t++) {
            if (feedIn.at(t) > gridBuy.at(t)) {
                throw error("prices.feed_in", "is " + feedIn.at(t) + " in period " + t + ", above grid_buy "
                        + gridBuy.at(t) + "; the P2P rules price between the feed-in and the import price");
            }
        }
        if (rule.equals(P2pMarket.Rule.MID_MARKET.key())) {
            return P2pMarket.midMarket(gridBuy, feedIn);
        }
        if (rule.equals(P2pMarket.Rule.SDR.key())) {
            return P2pMarket.sdr(houses, gridBuy, feedIn);
        }
        throw error("prices.p2p_rule", "\"" + rule + "\" is not a rule; choose series, mid-market or sdr");
    }

    private Map<String, double[]> priceSeries(String name, TimeGrid grid) {
        CsvTable table = table(name, "prices.series", PRICE_KEYS, PRICE_COLUMNS);
        Map<String, double[]> columns = new HashMap<>();
        for (String column : table.valueColumns()) {
            columns.put(column, new double[grid.periods()]);
        }
        Map<Integer, Integer> seenAt = new HashMap<>();
        for (CsvTable.Line line : table.lines()) {
            int period = period(table, line, grid);
            Integer earlier = seenAt.put(period, line.number());
            if (earlier != null) {
                throw new InvalidCaseException(table.file() + " line " + line.number() + ": period " + period
                        + " appears twice (first at line " + earlier + ").");
            }
            line.values().forEach((column, value) -> columns.get(column)[period] = value);
        }
        if (seenAt.size() != grid.periods()) {
            throw new InvalidCaseException(table.file() + " has " + seenAt.size() + " rows but the case has "
                    + grid.periods() + " periods; give one row per period 0.." + (grid.periods() - 1) + ".");
        }
        return columns;
    }

    /** A price series from the prices file or a constant in case.yaml (exactly one), or a documented default. */
    private Series price(Map<String, double[]> fromFile, String key, Double constant, TimeGrid grid,
                         Series fallback, boolean mayBeNegative) {
        double[] values = fromFile.get(key);
        if (values != null && constant != null) {
            throw error("prices." + key, "is given both as a constant and as a column of the prices file; keep one");
        }
        Series series;
        if (values != null) {
            series = Series.of(values);
        } else if (constant != null) {
            if (!Double.isFinite(constant)) {
                throw error("prices." + key, constant + " is not a finite number");
            }
            series = Series.constant(grid.periods(), constant);
        } else if (fallback != null) {
            series = fallback;
        } else {
            throw error("prices." + key, "is missing: give a constant here or a \"" + key
                    + "\" column in the prices file");
        }
        if (!mayBeNegative) {
            for (int t = 0; t < grid.periods(); t++) {
                if (series.at(t) < 0) {
                    throw error("prices." + key, "is " + series.at(t) + " in period " + t
                            + "; this price must be >= 0 (a negative one would turn a payment around)");
                }
            }
        }
        return series;
    }

    // ---- options --------------------------------------------------------------------------------------------

    private static Switches switches(CaseDocument.OptionsEntry options) {
        Switches on = Switches.defaults();
        if (options == null) {
            return on;
        }
        return on.withP2p(Optional.ofNullable(options.p2p()).orElse(on.p2p()))
                .withDr(Optional.ofNullable(options.dr()).orElse(on.dr()))
                .withGuestEvs(Optional.ofNullable(options.guestEvs()).orElse(on.guestEvs()))
                .withV2g(Optional.ofNullable(options.v2g()).orElse(on.v2g()))
                .withExclusiveEvMode(Optional.ofNullable(options.exclusiveEvMode()).orElse(on.exclusiveEvMode()));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private CsvTable table(String name, String field, List<String> keys, Set<String> columns) {
        if (!files.exists(name)) {
            throw new InvalidCaseException(yaml + ", field " + field + ": names \"" + name + "\" but "
                    + files.describe(name) + " does not exist.");
        }
        return CsvTable.read(files, name, keys, columns);
    }

    static int period(CsvTable table, CsvTable.Line line, TimeGrid grid) {
        String text = line.keys().get("period");
        int period;
        try {
            period = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidCaseException(table.file() + " line " + line.number() + ", column \"period\": \"" + text
                    + "\" is not a whole number.");
        }
        if (period < 0 || period >= grid.periods()) {
            throw new InvalidCaseException(table.file() + " line " + line.number() + ": period " + period
                    + " is outside 0.." + (grid.periods() - 1) + " (the case has " + grid.periods() + " periods).");
        }
        return period;
    }

    /** The entry's id, checked for form and against the ids of its kind seen so far (to which it is added). */
    private String uniqueId(String id, String field, String kind, Set<String> seen) {
        String value = id(id, field + ".id");
        if (seen.contains(value)) {
            throw error(field + ".id", kind + " \"" + value + "\" is defined twice");
        }
        seen.add(value);
        return value;
    }

    private String id(String id, String field) {
        String value = require(id, field);
        if (!ID.matcher(value).matches()) {
            throw error(field, "\"" + value + "\" is not a valid id; use letters, digits, '.', '_' and '-'");
        }
        return value;
    }

    private <T> T require(T value, String field) {
        if (value == null) {
            throw error(field, "is missing");
        }
        return value;
    }

    private double nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw error(field, value + " must be a finite number >= 0");
        }
        return value;
    }

    private InvalidCaseException error(String field, String problem) {
        return new InvalidCaseException(yaml + ", field " + field + ": " + problem + ".");
    }
}
