package org.cemc.result;

import java.util.Arrays;
import java.util.List;

/**
 * One flow of a house's day, signed as the house sees it (+ received, − paid). Each belongs to one term of the
 * paper's objective; the terms are the flows summed (so the profit table and the settlement always agree). Every
 * flow is money except {@link #SOCIAL_WELFARE}, the value the objective puts on self-supplied and P2P-sold kWh,
 * which nobody pays ({@link #cash()}).
 */
public enum Flow {
    GRID_PURCHASE("grid_purchase", "Grid energy bought", ProfitTerm.GRID),
    GRID_SALE("grid_sale", "Grid energy sold", ProfitTerm.GRID),
    DR_INCENTIVE("dr_incentive", "DR incentive", ProfitTerm.DEMAND_RESPONSE),
    DR_FINE("dr_fine", "DR fine", ProfitTerm.DEMAND_RESPONSE),
    P2P_RECEIVED("p2p_received", "P2P energy sold", ProfitTerm.P2P),
    P2P_PAID("p2p_paid", "P2P energy bought", ProfitTerm.P2P),
    SOCIAL_WELFARE("social_welfare_value", "Social-welfare value (not money)", ProfitTerm.SOCIAL_WELFARE),
    PARKING_FEES("parking_fees", "Parking fees received", ProfitTerm.PARKING_HOST),
    STANDBY("standby", "Stand-by payment", ProfitTerm.STANDBY),
    ENS_PENALTY("ens_penalty", "Penalty for energy not supplied", ProfitTerm.ENS_PENALTY),
    EV_CHARGING_RECEIVED("ev_charging_received", "Guest-EV charging paid to the host", ProfitTerm.GUEST_EV_ENERGY),
    EV_DISCHARGE_PAID("ev_discharge_paid", "Guest-EV discharge paid by the host", ProfitTerm.GUEST_EV_ENERGY);

    private final String key;
    private final String label;
    private final ProfitTerm term;

    Flow(String key, String label, ProfitTerm term) {
        this.key = key;
        this.label = label;
        this.term = term;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public ProfitTerm term() {
        return term;
    }

    /** Whether the flow is money a house pays or receives (every flow but the social-welfare value). */
    public boolean cash() {
        return this != SOCIAL_WELFARE;
    }

    private static final List<Flow> CASH_FLOWS = Arrays.stream(values()).filter(Flow::cash).toList();

    /** The money flows, in declaration order: a house's cash net is their sum. */
    public static List<Flow> cashFlows() {
        return CASH_FLOWS;
    }
}
