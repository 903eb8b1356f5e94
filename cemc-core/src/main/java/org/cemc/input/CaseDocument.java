package org.cemc.input;

import java.util.List;

/**
 * case.yaml as written, before validation. Every field is optional here so that a missing one gets a message
 * naming it (from {@link CaseReader}) rather than a parser error. Field names are the YAML keys in snake_case.
 */
record CaseDocument(String name, String date, Integer periods, Double periodHours, String currency,
                    List<CommunityEntry> communities, List<HouseEntry> houses, String houseSeries,
                    PriceEntry prices, List<GuestEvEntry> guestEvs, GuestEvEntry guestEvDefaults,
                    ScenarioEntry guestEvScenarios, OptionsEntry options) {

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

    record OptionsEntry(Boolean p2p, Boolean dr, Boolean guestEvs, Boolean v2g, Boolean exclusiveEvMode) {
    }
}
