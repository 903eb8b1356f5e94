package org.cemc.result;

/** The terms (i)-(viii) of the paper's objective (eq. 1), the rows of its Table I. */
public enum ProfitTerm {
    GRID("grid", "Profit from grid exchange", "(i) TPG, eq. 2"),
    DEMAND_RESPONSE("demand_response", "Profit from DR programs", "(ii) TPDR, eq. 3"),
    P2P("p2p", "Profit from P2P trading", "(iii) TPP2P, eq. 4"),
    SOCIAL_WELFARE("social_welfare", "Social welfare value", "(iv) TPSW, eq. 5"),
    PARKING_HOST("parking_host", "Profit from parking hosting", "(v) TPHP, eq. 6"),
    STANDBY("standby", "Stand-by payments", "(vi) SCPU"),
    ENS_PENALTY("ens_penalty", "Penalty for energy not supplied", "(vii) -TENSIC, eq. 7"),
    GUEST_EV_ENERGY("guest_ev_energy", "Guest-EV power exchange", "(viii) TPEV, eq. 8");

    private final String key;
    private final String label;
    private final String paperReference;

    ProfitTerm(String key, String label, String paperReference) {
        this.key = key;
        this.label = label;
        this.paperReference = paperReference;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String paperReference() {
        return paperReference;
    }
}
