package org.cemc.model;

/**
 * The decision variables of a house in one period (design model.md, "Decision variables"). The same name is
 * used for the variable in the model (e.g. {@code ec1-h3_self_supply_t14}) and for the column in
 * {@code schedule.csv} (with its unit appended).
 */
public enum HouseQuantity {
    SELF_SUPPLY("self_supply", "P^Self Supply", false),
    DR_CURTAILED("dr_curtailed", "DR", false),
    GRID_INTERRUPTIBLE("grid_interruptible", "PTIDFG", false),
    GRID_UNINTERRUPTIBLE("grid_uninterruptible", "PTUIDFG", false),
    GRID_IMPORT("grid_import", "PTFG", false),
    PV_EXPORT("pv_export", "-", false),
    GRID_EXPORT("grid_export", "PT2G", false),
    P2P_SOLD("p2p_sold", "PT2P2P", false),
    P2P_BOUGHT("p2p_bought", "PTFP2P", false),
    NOT_SUPPLIED("not_supplied", "ENS", false),
    EXPORT_MODE("export_mode", "v", true),
    P2P_BUYER("p2p_buyer", "r", true);

    private final String key;
    private final String paperSymbol;
    private final boolean binary;

    HouseQuantity(String key, String paperSymbol, boolean binary) {
        this.key = key;
        this.paperSymbol = paperSymbol;
        this.binary = binary;
    }

    /** Name used in variable names and CSV headers. */
    public String key() {
        return key;
    }

    public String paperSymbol() {
        return paperSymbol;
    }

    public boolean binary() {
        return binary;
    }

    /**
     * Whether the quantity is decided the day before, once for every guest-EV scenario (the first stage of the
     * stochastic program): a house's export mode, its P2P role and its DR curtailment.
     */
    public boolean firstStage() {
        return this == EXPORT_MODE || this == P2P_BUYER || this == DR_CURTAILED;
    }

    /** Column header in schedule.csv: energies carry their unit, binaries do not. */
    public String column() {
        return binary ? key : key + "_kwh";
    }
}
