package org.cemc.study.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cemc.input.CaseKeys;

/**
 * A case parameter a variant may set (docs/studies.md, "Variants"): the case format's own key, and where it goes
 * in the case. Prices per kWh or hour become a constant for every period of the day (the case's column of that price,
 * if any, is not used); the options are switches; {@code charger_share} chooses which houses have a charger.
 */
enum Parameter {
    GRID_BUY(CaseKeys.GRID_BUY, Kind.PRICE),
    GRID_SELL(CaseKeys.GRID_SELL, Kind.PRICE),
    FEED_IN(CaseKeys.FEED_IN, Kind.PRICE),
    DR_INCENTIVE(CaseKeys.DR_INCENTIVE, Kind.PRICE),
    DR_FINE(CaseKeys.DR_FINE, Kind.PRICE),
    STANDBY(CaseKeys.STANDBY, Kind.PRICE),
    ENS(CaseKeys.ENS, Kind.PRICE),
    EV_CHARGE(CaseKeys.EV_CHARGE, Kind.PRICE),
    EV_DISCHARGE(CaseKeys.EV_DISCHARGE, Kind.PRICE),
    SOCIAL_WELFARE_VALUE(CaseKeys.SOCIAL_WELFARE_VALUE, Kind.PRICE_CONSTANT),
    PARKING_FEE(CaseKeys.PARKING_FEE, Kind.PRICE_CONSTANT),
    P2P_RULE(CaseKeys.P2P_RULE, Kind.P2P_RULE),
    P2P(CaseKeys.P2P, Kind.OPTION),
    DR(CaseKeys.DR, Kind.OPTION),
    GUEST_EVS(CaseKeys.GUEST_EVS, Kind.OPTION),
    V2G(CaseKeys.V2G, Kind.OPTION),
    EXCLUSIVE_EV_MODE(CaseKeys.EXCLUSIVE_EV_MODE, Kind.OPTION),
    CHARGER_SHARE("charger_share", Kind.CHARGER_SHARE);

    enum Kind {
        /** A price of the prices file or a constant under {@code prices:}; set as a constant. */
        PRICE,
        /** A constant under {@code prices:} only. */
        PRICE_CONSTANT,
        /** {@code prices.p2p_rule}. */
        P2P_RULE,
        /** A switch under {@code options:}, true or false. */
        OPTION,
        /** The share of houses with a charger, 0 to 1 ({@link ChargerShare}). */
        CHARGER_SHARE
    }

    private final String key;
    private final Kind kind;

    Parameter(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    static Optional<Parameter> named(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** Every parameter's key, in the order of docs/studies.md, for messages. */
    static List<String> keys() {
        return Arrays.stream(values()).map(Parameter::key).toList();
    }
}
