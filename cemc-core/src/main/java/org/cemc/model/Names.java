package org.cemc.model;

/** The naming grammar of variables and rows, {@code <owner>_<quantity>[_t<period>]}, e.g. {@code ec1-h3_soc_t14}. */
final class Names {
    private Names() {
    }

    static String of(String owner, String quantity, int period) {
        return owner + "_" + quantity + "_t" + period;
    }

    static String of(String owner, String quantity) {
        return owner + "_" + quantity;
    }
}
