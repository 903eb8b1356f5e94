package org.cemc.input;

import java.util.List;
import java.util.Set;

/**
 * The field names of case.yaml and the column names of its CSV files (docs/case-format.md), spelled once for the
 * reader's sections, their messages and {@link CaseWriter}. {@link CaseDocument} declares the same names in
 * camelCase for the YAML parser; CaseKeysTest holds the two together.
 */
final class CaseKeys {
    // the top level
    static final String NAME = "name";
    static final String DATE = "date";
    static final String PERIODS = "periods";
    static final String PERIOD_HOURS = "period_hours";
    static final String CURRENCY = "currency";
    static final String COMMUNITIES = "communities";
    static final String HOUSES = "houses";
    static final String HOUSE_SERIES = "house_series";
    static final String PRICES = "prices";
    static final String GUEST_EVS = "guest_evs";
    static final String GUEST_EV_DEFAULTS = "guest_ev_defaults";
    static final String GUEST_EV_SCENARIOS = "guest_ev_scenarios";
    static final String OPTIONS = "options";

    // an entry of communities, houses or guest_evs
    static final String ID = "id";
    static final String COMMUNITY = "community";

    // a house (and its display name, NAME); its energies are columns of the house-series file or constants in its entry
    static final String CHARGER_KW = "charger_kw";
    static final String DR_ENROLLED = "dr_enrolled";
    static final String PV_KWH = "pv_kwh";
    static final String INTERRUPTIBLE_KWH = "interruptible_kwh";
    static final String UNINTERRUPTIBLE_KWH = "uninterruptible_kwh";
    static final String DR_CALLABLE_KWH = "dr_callable_kwh";

    // the key columns of the CSV files
    static final String HOUSE = "house";
    static final String PERIOD = "period";

    // prices; those per kWh or hour are columns of the prices file or constants under prices:
    static final String SERIES = "series";
    static final String P2P_RULE = "p2p_rule";
    static final String GRID_BUY = "grid_buy";
    static final String GRID_SELL = "grid_sell";
    static final String P2P = "p2p";
    static final String FEED_IN = "feed_in";
    static final String DR_INCENTIVE = "dr_incentive";
    static final String DR_FINE = "dr_fine";
    static final String STANDBY = "standby";
    static final String ENS = "ens";
    static final String EV_CHARGE = "ev_charge";
    static final String EV_DISCHARGE = "ev_discharge";
    static final String SOCIAL_WELFARE_VALUE = "social_welfare_value";
    static final String PARKING_FEE = "parking_fee";

    // a guest EV, listed or as distributions
    static final String ARRIVAL_HOUR = "arrival_hour";
    static final String DEPARTURE_HOUR = "departure_hour";
    static final String BATTERY_KWH = "battery_kwh";
    static final String SOC_ARRIVAL = "soc_arrival";
    static final String SOC_REQUIRED = "soc_required";
    static final String CHARGE_KW = "charge_kw";
    static final String DISCHARGE_KW = "discharge_kw";
    static final String CHARGE_EFFICIENCY = "charge_efficiency";
    static final String DISCHARGE_EFFICIENCY = "discharge_efficiency";

    // guest_ev_scenarios, and a truncated normal distribution in it
    static final String SAMPLES = "samples";
    static final String REPRESENTATIVES = "representatives";
    static final String SEED = "seed";
    static final String FLEET_SIZE_MEAN = "fleet_size_mean";
    static final String FLEETS = "fleets";
    static final String MEAN = "mean";
    static final String STD = "std";
    static final String MIN = "min";
    static final String MAX = "max";

    // options (with p2p and guest_evs above)
    static final String DR = "dr";
    static final String V2G = "v2g";
    static final String EXCLUSIVE_EV_MODE = "exclusive_ev_mode";

    /** The columns of a table of houses (with {@link #ID}) and of guest EVs: the fields of their entries. */
    static final Set<String> HOUSE_TABLE_TEXTS = Set.of(NAME, COMMUNITY, DR_ENROLLED);
    static final Set<String> HOUSE_TABLE_NUMBERS = Set.of(CHARGER_KW, PV_KWH, INTERRUPTIBLE_KWH,
            UNINTERRUPTIBLE_KWH, DR_CALLABLE_KWH);
    static final Set<String> GUEST_EV_TABLE_TEXTS = Set.of(COMMUNITY);
    static final Set<String> GUEST_EV_TABLE_NUMBERS = Set.of(ARRIVAL_HOUR, DEPARTURE_HOUR, BATTERY_KWH, SOC_ARRIVAL,
            SOC_REQUIRED, CHARGE_KW, DISCHARGE_KW, CHARGE_EFFICIENCY, DISCHARGE_EFFICIENCY);
    static final List<String> HOUSE_SERIES_KEYS = List.of(HOUSE, PERIOD);
    static final Set<String> HOUSE_SERIES_COLUMNS = Set.of(PV_KWH, INTERRUPTIBLE_KWH, UNINTERRUPTIBLE_KWH,
            DR_CALLABLE_KWH);
    static final List<String> PRICE_SERIES_KEYS = List.of(PERIOD);
    static final Set<String> PRICE_SERIES_COLUMNS = Set.of(GRID_BUY, GRID_SELL, P2P, FEED_IN, DR_INCENTIVE, DR_FINE,
            STANDBY, ENS, EV_CHARGE, EV_DISCHARGE);

    private CaseKeys() {
    }
}
