package org.cemc.study.year;

import java.nio.file.Path;

/** The year study's real data, as shipped in examples/year-study/data (tests run in the module's folder). */
final class DataFiles {
    static final Path FOLDER = Path.of("../examples/year-study/data");
    static final Path TMY3 = FOLDER.resolve("tmy3-723170-greensboro-nc.csv");
    static final Path H0 = FOLDER.resolve("bdew-slp-1999-h0-selp_series.csv");

    private DataFiles() {
    }
}
