package org.cemc.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid case folder written to disk for tests (two houses, two hourly periods, one guest EV), whose files
 * a test can then break one at a time.
 */
public final class CaseFolder {
    public static final String CASE_YAML = """
            name: two houses
            periods: 2
            period_hours: 1
            currency: USD
            communities:
              - {id: ec1, name: Street one}
            houses:
              - {id: a, community: ec1, charger_kw: 7.2, dr_enrolled: true}
              - {id: b, community: ec1}
            house_series: houses.csv
            prices:
              series: prices.csv
              standby: 0.1
              social_welfare_value: 0.055
              parking_fee: 1.0
            guest_evs:
              - {id: ev1, community: ec1, arrival_hour: 0, departure_hour: 2, battery_kwh: 25, soc_arrival: 0.5,
                 soc_required: 0.6, charge_kw: 7.2, discharge_kw: 0, charge_efficiency: 0.95, discharge_efficiency: 0.95}
            options:
              p2p: true
            """;
    public static final String HOUSES_CSV = """
            house,period,pv_kwh,interruptible_kwh,uninterruptible_kwh,dr_callable_kwh
            a,0,3,1,0.5,0.5
            a,1,0,1,0.5,0
            b,0,0,2,1,0
            b,1,0,2,1,0
            """;
    public static final String PRICES_CSV = """
            period,grid_buy,grid_sell,p2p,dr_incentive,dr_fine,ens
            0,0.2,0.05,0.1,0.05,0.03,0.22
            1,0.2,0.05,0.1,0.05,0.03,0.22
            """;

    private final Path folder;

    private CaseFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes the valid case into {@code folder}. */
    public static CaseFolder writeTo(Path folder) {
        CaseFolder caseFolder = new CaseFolder(folder);
        caseFolder.write("case.yaml", CASE_YAML);
        caseFolder.write("houses.csv", HOUSES_CSV);
        caseFolder.write("prices.csv", PRICES_CSV);
        return caseFolder;
    }

    public Path path() {
        return folder;
    }

    public String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CaseFolder write(String file, String text) {
        try {
            Files.writeString(folder.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of {@code from} in {@code file}, failing if it is not there. */
    public CaseFolder replace(String file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(file + " has no \"" + from + "\"");
        }
        return write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    public CaseFolder delete(String file) {
        try {
            Files.delete(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
