package org.cemc.input;

import java.util.List;
import java.util.Set;

/**
 * The field names of case.yaml and the column names of its CSV files (docs/case-format.md), spelled once for the
 * reader's sections, their messages and {@link CaseWriter}, and public so that a study's variants (cemc-study, which
 * names case parameters by these keys) spell them no other way. {@link CaseDocument} declares the same names in
 * camelCase for the YAML parser; CaseKeysTest holds the two together.
 */
public final class CaseKeys {
    // the top level
    public static final String NAME = "name";
    public static final String DATE = "date";
    public static final String PERIODS = "periods";
    public static final String PERIOD_HOURS = "period_hours";
    public static final String CURRENCY = "currency";
    public static final String COMMUNITIES = "communities";
    public static final String HOUSES = "houses";
    public static final String HOUSE_SERIES = "house_series";
    public static final String PRICES = "prices";
    public static final String GUEST_EVS = "guest_evs";
    public static final String GUEST_EV_DEFAULTS = "guest_ev_defaults";
    public static final String GUEST_EV_SCENARIOS = "guest_ev_scenarios";
    public static final String OPTIONS = "options";
    public static final String SETTLEMENT = "settlement";

    // an entry of communities, houses or guest_evs
    public static final String ID = "id";
    public static final String COMMUNITY = "community";

    // a house (and its display name, NAME); its energies are columns of the house-series file or constants in its entry
    public static final String CHARGER_KW = "charger_kw";
    public static final String DR_ENROLLED = "dr_enrolled";
    public static final String PV_KWH = "pv_kwh";
    public static final String INTERRUPTIBLE_KWH = "interruptible_kwh";
    public static final String UNINTERRUPTIBLE_KWH = "uninterruptible_kwh";
    public static final String DR_CALLABLE_KWH = "dr_callable_kwh";

    // the key columns of the CSV files
    public static final String HOUSE = "house";
    public static final String PERIOD = "period";

    // prices; those per kWh or hour are columns of the prices file or constants under prices:
    public static final String SERIES = "series";
    public static final String P2P_RULE = "p2p_rule";
    public static final String GRID_BUY = "grid_buy";
    public static final String GRID_SELL = "grid_sell";
    public static final String P2P = "p2p";
    public static final String FEED_IN = "feed_in";
    public static final String DR_INCENTIVE = "dr_incentive";
    public static final String DR_FINE = "dr_fine";
    public static final String STANDBY = "standby";
    public static final String ENS = "ens";
    public static final String EV_CHARGE = "ev_charge";
    public static final String EV_DISCHARGE = "ev_discharge";
    public static final String SOCIAL_WELFARE_VALUE = "social_welfare_value";
    public static final String PARKING_FEE = "parking_fee";

    // a guest EV, listed or as distributions
    public static final String ARRIVAL_HOUR = "arrival_hour";
    public static final String DEPARTURE_HOUR = "departure_hour";
    public static final String BATTERY_KWH = "battery_kwh";
    public static final String SOC_ARRIVAL = "soc_arrival";
    public static final String SOC_REQUIRED = "soc_required";
    public static final String CHARGE_KW = "charge_kw";
    public static final String DISCHARGE_KW = "discharge_kw";
    public static final String CHARGE_EFFICIENCY = "charge_efficiency";
    public static final String DISCHARGE_EFFICIENCY = "discharge_efficiency";

    // guest_ev_scenarios, and a truncated normal distribution in it
    public static final String SAMPLES = "samples";
    public static final String REPRESENTATIVES = "representatives";
    public static final String SEED = "seed";
    public static final String FLEET_SIZE_MEAN = "fleet_size_mean";
    public static final String FLEETS = "fleets";
    public static final String MEAN = "mean";
    public static final String STD = "std";
    public static final String MIN = "min";
    public static final String MAX = "max";

    // settlement, given as its rule or with the rule's sampling (and SEED above)
    public static final String RULE = "rule";
    public static final String PERMUTATIONS = "permutations";

    // options (with p2p and guest_evs above)
    public static final String DR = "dr";
    public static final String V2G = "v2g";
    public static final String EXCLUSIVE_EV_MODE = "exclusive_ev_mode";

    /** The columns of a table of houses (with {@link #ID}) and of guest EVs: the fields of their entries. */
    public static final Set<String> HOUSE_TABLE_TEXTS = Set.of(NAME, COMMUNITY, DR_ENROLLED);
    public static final Set<String> HOUSE_TABLE_NUMBERS = Set.of(CHARGER_KW, PV_KWH, INTERRUPTIBLE_KWH,
            UNINTERRUPTIBLE_KWH, DR_CALLABLE_KWH);
    public static final Set<String> GUEST_EV_TABLE_TEXTS = Set.of(COMMUNITY);
    public static final Set<String> GUEST_EV_TABLE_NUMBERS = Set.of(ARRIVAL_HOUR, DEPARTURE_HOUR, BATTERY_KWH, SOC_ARRIVAL,
            SOC_REQUIRED, CHARGE_KW, DISCHARGE_KW, CHARGE_EFFICIENCY, DISCHARGE_EFFICIENCY);
    public static final List<String> HOUSE_SERIES_KEYS = List.of(HOUSE, PERIOD);
    public static final Set<String> HOUSE_SERIES_COLUMNS = Set.of(PV_KWH, INTERRUPTIBLE_KWH, UNINTERRUPTIBLE_KWH,
            DR_CALLABLE_KWH);
    public static final List<String> PRICE_SERIES_KEYS = List.of(PERIOD);
    public static final Set<String> PRICE_SERIES_COLUMNS = Set.of(GRID_BUY, GRID_SELL, P2P, FEED_IN, DR_INCENTIVE, DR_FINE,
            STANDBY, ENS, EV_CHARGE, EV_DISCHARGE);

    private CaseKeys() {
    }
}
