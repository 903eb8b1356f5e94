package org.cemc.input;

import java.io.IOException;
import java.util.Locale;

/**
 * The largest inputs CEMC reads (docs/case-format.md, "Size caps"). Each file's size is checked before it is parsed,
 * so that a file too large for its role is refused at once, naming its size, the cap and what to do, rather than
 * read for minutes or until memory runs out. The caps are set from what our scale target (180,000 houses over 96
 * periods, 30,000 guest EVs, 10,000 communities) writes, with several times that as headroom.
 */
final class SizeCaps {
    /**
     * case.yaml: above what read before (the YAML parser refused more than 3 Mi characters, after scanning them: a
     * 100 MB value took it 20 minutes and more), so no case that read is refused. At our scale target, with houses
     * and guest EVs in CSV tables, case.yaml is 0.47 MB (10,000 communities).
     */
    static final long CASE_YAML_BYTES = 4L << 20;
    /** A CSV table of houses or guest EVs, one short line each: 4.9 MB for 180,000 houses, 2.9 MB for 30,000 EVs. */
    static final long ENTRY_TABLE_BYTES = 64L << 20;
    /** A CSV file of series (house series, prices, first-stage.csv): 594 MB for 180,000 houses over 96 periods. */
    static final long SERIES_TABLE_BYTES = 2L << 30;
    /**
     * A run of characters without a space or line break in case.yaml, checked before parsing: the YAML parser scans
     * a value without spaces in time quadratic in its length (one run of 4 M characters: 3.5 s). With this cap a
     * case.yaml at its byte cap, made of the longest runs allowed, is parsed in 0.3 s (1.3 s in a fresh JVM; with
     * runs of 1 M, 1.3 s warm). Values of a case are short, and YAML writers put spaces between them (only fully
     * minified JSON runs long).
     */
    static final int YAML_RUN_CHARS = 100_000;
    /** Any text in case.yaml: ids have at most 64 characters and names 80; file names and the case name fit. */
    static final int YAML_TEXT_CHARS = 10_000;
    /** Any number in case.yaml: a double written in full has at most 25 characters. */
    static final int YAML_NUMBER_CHARS = 100;
    /** case.yaml nests 3 levels at most (guest_ev_scenarios.arrival_hour.mean). */
    static final int YAML_NESTING_DEPTH = 10;

    static final String SEE = " (docs/case-format.md, \"Size caps\").";

    private SizeCaps() {
    }

    /**
     * Refuses {@code file} when it holds more than {@code cap} bytes.
     *
     * @param role what the file is, e.g. "case.yaml" or "a CSV file of series"
     * @param advice what to do instead, e.g. "give the houses as a CSV table"
     */
    static void check(CaseFiles files, String file, long cap, String role, String advice) {
        long size;
        try {
            size = files.size(file);
        } catch (IOException e) {
            throw new InvalidCaseException(files.describe(file) + ": cannot be read (" + e.getMessage() + ").");
        }
        if (size > cap) {
            throw new InvalidCaseException(files.describe(file) + " is " + bytes(size) + ", above the cap of "
                    + bytes(cap) + " for " + role + "; " + advice + SEE);
        }
    }

    /** "104,857,607 bytes (100 MiB)" */
    static String bytes(long size) {
        String[] units = {"KiB", "MiB", "GiB"};
        int unit = -1;
        double scaled = size;
        while (unit < units.length - 1 && scaled >= 1024) {
            scaled /= 1024;
            unit++;
        }
        String plain = String.format(Locale.ROOT, "%,d bytes", size);
        return unit < 0 ? plain : plain + " (" + PlausibleRanges.number(Math.round(scaled * 10) / 10.0) + " "
                + units[unit] + ")";
    }
}
