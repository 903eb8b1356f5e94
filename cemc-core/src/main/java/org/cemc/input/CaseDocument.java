package org.cemc.input;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;

/**
 * case.yaml as written, before validation. Every field is optional here so that a missing one gets a message
 * naming it (from {@link CaseReader}) rather than a parser error. Field names are the YAML keys in snake_case.
 */
record CaseDocument(String name, String date, Integer periods, Double periodHours, String currency,
                    List<CommunityEntry> communities, ListOrTable<HouseEntry> houses, String houseSeries,
                    PriceEntry prices, ListOrTable<GuestEvEntry> guestEvs, GuestEvEntry guestEvDefaults,
                    ScenarioEntry guestEvScenarios, OptionsEntry options, SettlementEntry settlement) {

    /**
     * Entries listed in case.yaml, or the name of the CSV table holding them, one line each ({@link Entries}).
     * A class, not a record, so that its two forms are not taken for fields of case.yaml.
     */
    static final class ListOrTable<T> {
        private final List<T> list;
        private final String table;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        ListOrTable(List<T> list) {
            this.list = list;
            this.table = null;
        }

        /** The name is text like any other, so it is held to the same cap (Jackson reads it past our text reader). */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        ListOrTable(String table) {
            if (table.length() > SizeCaps.YAML_TEXT_CHARS) {
                throw new IllegalArgumentException(CaseDocumentParser.tooLongText(table.length()));
            }
            this.list = null;
            this.table = table;
        }

        /** The entries as listed; null when a table is named or the list is empty in YAML ({@code houses:}). */
        List<T> list() {
            return list;
        }

        Optional<String> table() {
            return Optional.ofNullable(table);
        }
    }

    record CommunityEntry(String id, String name) {
    }

    record HouseEntry(String id, String name, String community, Double chargerKw, Boolean drEnrolled, Double pvKwh,
                      Double interruptibleKwh, Double uninterruptibleKwh, Double drCallableKwh) {
    }

    record PriceEntry(String series, Double gridBuy, Double gridSell, String p2pRule, Double p2p, Double feedIn,
                      Double drIncentive, Double drFine,
                      Double standby, Double ens, Double evCharge, Double evDischarge, Double socialWelfareValue,
                      Double parkingFee) {
    }

    record GuestEvEntry(String id, String community, Double arrivalHour, Double departureHour, Double batteryKwh,
                        Double socArrival, Double socRequired, Double chargeKw, Double dischargeKw,
                        Double chargeEfficiency, Double dischargeEfficiency) {
    }

    /** Each quantity is a number (fixed) or a map {mean, std, min, max} (a truncated normal). */
    record ScenarioEntry(Integer samples, Integer representatives, Long seed, Double fleetSizeMean, Integer fleets,
                         Object arrivalHour, Object departureHour, Object socArrival, Object batteryKwh,
                         Object socRequired, Object chargeKw, Object dischargeKw, Object chargeEfficiency,
                         Object dischargeEfficiency) {
    }

    /** {@code settlement: RULE}, or the rule with its sampling: {@code {rule: shapley, permutations: 400, seed: 7}}. */
    record SettlementEntry(String rule, Integer permutations, Long seed) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        SettlementEntry {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SettlementEntry named(String rule) {
            return new SettlementEntry(rule, null, null);
        }
    }

    record OptionsEntry(Boolean p2p, Boolean dr, Boolean guestEvs, Boolean v2g, Boolean exclusiveEvMode) {
    }
}
