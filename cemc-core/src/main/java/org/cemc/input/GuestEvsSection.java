package org.cemc.input;

import static org.cemc.input.CaseKeys.ARRIVAL_HOUR;
import static org.cemc.input.CaseKeys.BATTERY_KWH;
import static org.cemc.input.CaseKeys.CHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.CHARGE_KW;
import static org.cemc.input.CaseKeys.COMMUNITY;
import static org.cemc.input.CaseKeys.DEPARTURE_HOUR;
import static org.cemc.input.CaseKeys.DISCHARGE_EFFICIENCY;
import static org.cemc.input.CaseKeys.DISCHARGE_KW;
import static org.cemc.input.CaseKeys.GUEST_EVS;
import static org.cemc.input.CaseKeys.GUEST_EV_DEFAULTS;
import static org.cemc.input.CaseKeys.GUEST_EV_TABLE_NUMBERS;
import static org.cemc.input.CaseKeys.GUEST_EV_TABLE_TEXTS;
import static org.cemc.input.CaseKeys.ID;
import static org.cemc.input.CaseKeys.SOC_ARRIVAL;
import static org.cemc.input.CaseKeys.SOC_REQUIRED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.TimeGrid;

/**
 * Reads {@code guest_evs:} of case.yaml, listed there or in the CSV table it names, each value missing from an entry
 * (a key left out, or a blank cell) taken from {@code guest_ev_defaults:}.
 */
final class GuestEvsSection {
    private static final CaseDocument.GuestEvEntry NO_DEFAULTS =
            new CaseDocument.GuestEvEntry(null, null, null, null, null, null, null, null, null, null, null);

    private final CaseSource source;
    private final TimeGrid grid;

    private GuestEvsSection(CaseSource source, TimeGrid grid) {
        this.source = source;
        this.grid = grid;
    }

    static List<GuestEv> read(CaseSource source, CaseDocument.ListOrTable<CaseDocument.GuestEvEntry> given,
                              CaseDocument.GuestEvEntry defaults, List<EnergyCommunity> communities, TimeGrid grid) {
        Optional<Entries<CaseDocument.GuestEvEntry>> entries = Entries.read(source, given, GUEST_EVS,
                CsvTable.Columns.entries(ID, GUEST_EV_TABLE_TEXTS, GUEST_EV_TABLE_NUMBERS), GuestEvsSection::fromTable);
        if (entries.isEmpty()) {
            return List.of();
        }
        return new GuestEvsSection(source, grid).evs(entries.get(), Optional.ofNullable(defaults).orElse(NO_DEFAULTS),
                communities);
    }

    /** A line of a table of guest EVs, as the entry case.yaml would list. */
    private static CaseDocument.GuestEvEntry fromTable(CsvTable table, CsvTable.Line line) {
        Map<String, Double> number = line.values();
        return new CaseDocument.GuestEvEntry(line.keys().get(ID), line.keys().get(COMMUNITY),
                number.get(ARRIVAL_HOUR), number.get(DEPARTURE_HOUR), number.get(BATTERY_KWH), number.get(SOC_ARRIVAL),
                number.get(SOC_REQUIRED), number.get(CHARGE_KW), number.get(DISCHARGE_KW),
                number.get(CHARGE_EFFICIENCY), number.get(DISCHARGE_EFFICIENCY));
    }

    private List<GuestEv> evs(Entries<CaseDocument.GuestEvEntry> entries, CaseDocument.GuestEvEntry defaults,
                               List<EnergyCommunity> communities) {
        Set<String> communityIds = communities.stream().map(EnergyCommunity::id).collect(Collectors.toSet());
        List<GuestEv> evs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.list().size(); i++) {
            CaseDocument.GuestEvEntry entry = entries.list().get(i);
            Field field = new Field(entries, i);
            String id = source.uniqueId(entry == null ? null : entry.id(), field.of(ID), "guest EV", ids);
            String community = Optional.ofNullable(entry.community()).orElse(defaults.community());
            if (community != null && !communityIds.contains(community)) {
                throw source.errorAt(field.of(COMMUNITY), "guest EV \"" + id + "\" asks for community \""
                        + community + "\", which is not defined; defined communities are "
                        + new TreeSet<>(communityIds));
            }
            double arrival = value(field, ARRIVAL_HOUR, entry.arrivalHour(), defaults.arrivalHour());
            double departure = value(field, DEPARTURE_HOUR, entry.departureHour(), defaults.departureHour());
            double battery = value(field, BATTERY_KWH, entry.batteryKwh(), defaults.batteryKwh());
            double socArrival = value(field, SOC_ARRIVAL, entry.socArrival(), defaults.socArrival());
            double socRequired = value(field, SOC_REQUIRED, entry.socRequired(), defaults.socRequired());
            double chargeKw = value(field, CHARGE_KW, entry.chargeKw(), defaults.chargeKw());
            double dischargeKw = value(field, DISCHARGE_KW, entry.dischargeKw(), defaults.dischargeKw());
            double etaCh = value(field, CHARGE_EFFICIENCY, entry.chargeEfficiency(), defaults.chargeEfficiency());
            double etaDis = value(field, DISCHARGE_EFFICIENCY, entry.dischargeEfficiency(),
                    defaults.dischargeEfficiency());
            if (arrival < 0) {
                throw source.errorAt(field.of(ARRIVAL_HOUR), "guest EV \"" + id + "\" arrives at " + arrival
                        + " h; times are hours since the start of the day, >= 0");
            }
            if (departure <= arrival) {
                throw source.errorAt(field.of(DEPARTURE_HOUR), "guest EV \"" + id + "\" leaves at " + departure
                        + " h, not after it arrives at " + arrival + " h");
            }
            if (!(battery > 0)) {
                throw source.errorAt(field.of(BATTERY_KWH), "guest EV \"" + id + "\" has a battery of " + battery
                        + " kWh; it must be > 0");
            }
            fraction(field.of(SOC_ARRIVAL), id, socArrival);
            fraction(field.of(SOC_REQUIRED), id, socRequired);
            if (chargeKw < 0 || dischargeKw < 0) {
                throw source.errorAt(field.of(chargeKw < 0 ? CHARGE_KW : DISCHARGE_KW), "guest EV \"" + id
                        + "\" has a negative power; powers must be >= 0 kW");
            }
            efficiency(field.of(CHARGE_EFFICIENCY), id, etaCh);
            efficiency(field.of(DISCHARGE_EFFICIENCY), id, etaDis);
            String ev = "guest EV \"" + id + "\" has";
            source.plausibleAt(field.of(BATTERY_KWH), ev + " a battery of", PlausibleRanges.battery(), battery);
            source.plausibleAt(field.of(CHARGE_KW), ev + " a charging power of", PlausibleRanges.power(), chargeKw);
            source.plausibleAt(field.of(DISCHARGE_KW), ev + " a discharging power of", PlausibleRanges.power(),
                    dischargeKw);
            beyondTheHorizon(field, id, arrival, departure);
            evs.add(new GuestEv(id, Optional.ofNullable(community), arrival, departure, battery, socArrival,
                    socRequired, chargeKw, dischargeKw, etaCh, etaDis));
        }
        return evs;
    }

    /**
     * Warns about a stay the horizon cuts, saying what {@link GuestEv#stay} then does: an EV arriving at or after
     * the horizon's end is parked in no period (and left unhosted, as every EV that cannot be served); one leaving
     * after it is parked until the end of the last period, and must have its required charge by then.
     */
    private void beyondTheHorizon(Field field, String id, double arrival, double departure) {
        double end = grid.periods() * grid.periodHours();
        String horizon = "the horizon ends at " + PlausibleRanges.number(end) + " h (" + grid.periods() + " "
                + (grid.periods() == 1 ? "period" : "periods") + " of " + PlausibleRanges.number(grid.periodHours())
                + " h)";
        if (arrival >= end) {
            source.warn(field.of(ARRIVAL_HOUR) + ": guest EV \"" + id
                    + "\" arrives at " + PlausibleRanges.number(arrival) + " h, but " + horizon
                    + "; it can never park and is left unhosted.");
        } else if (departure > end) {
            source.warn(field.of(DEPARTURE_HOUR) + ": guest EV \"" + id
                    + "\" leaves at " + PlausibleRanges.number(departure) + " h, after " + horizon
                    + "; it is cut at the horizon: treated as leaving at " + PlausibleRanges.number(end)
                    + " h, with its required state of charge due then and parking counted until then.");
        }
    }

    /** The EV's own value, else the default one. */
    private double value(Field field, String key, Double own, Double fallback) {
        Double chosen = own != null ? own : fallback;
        if (chosen == null) {
            throw source.errorAt(field.of(key), "is missing (give it for this EV or in " + GUEST_EV_DEFAULTS + ")");
        }
        if (!Double.isFinite(chosen)) {
            throw source.errorAt(field.of(key), chosen + " is not a finite number");
        }
        return chosen;
    }

    private void fraction(String place, String ev, double value) {
        if (value < 0 || value > 1) {
            throw source.errorAt(place, "guest EV \"" + ev + "\" has " + value
                    + "; a state of charge is a fraction of the battery between 0 and 1");
        }
    }

    private void efficiency(String place, String ev, double value) {
        if (!(value > 0) || value > 1) {
            throw source.errorAt(place, "guest EV \"" + ev + "\" has " + value + "; an efficiency is in (0, 1]");
        }
    }

    /** Where the fields of one guest EV's entry are. */
    private record Field(Entries<CaseDocument.GuestEvEntry> entries, int index) {
        String of(String key) {
            return entries.field(index, key);
        }
    }
}
