package org.cemc.study.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small studies written into a test's folder: a case of two houses whose series cover a few days from a start date
 * on the New York clock, its values encoding where they come from, and the study.yaml around it.
 */
final class StudyFolders {
    static final Path EXAMPLE = Path.of("../examples/year-study");

    private StudyFolders() {
    }

    /**
     * A case of houses "a" (charger 7.2 kW, DR-enrolled) and "b" in community ec1 whose series hold {@code periods}
     * periods of {@code periodHours}: house a's PV in series period i is i / 1000 kWh, so a slice shows which
     * periods it took. Its prices file holds one day by clock period: grid_buy in the row of clock hour h (of
     * period r) is 0.1 + r / 1000, so a day's prices show which clock rows they took.
     */
    static StudyBuilder hourlyCase(Path folder, String start, int periods, double periodHours) {
        return new StudyBuilder(folder, start, periods, periodHours);
    }

    /**
     * study.yaml around the example's case and real-year data for 1 and 2 June 2025, with {@code houses} as
     * real_year's houses file and {@code extra} (study.yaml lines) at its end.
     */
    static Path realYearStudy(Path folder, String houses, String extra) throws IOException {
        Path example = EXAMPLE.toAbsolutePath().normalize();
        Files.writeString(folder.resolve("houses.csv"), houses);
        Path study = folder.resolve("study.yaml");
        Files.writeString(study, String.join("\n",
                "case: " + example.resolve("case"),
                "zone: America/New_York",
                "real_year:",
                "  weather: " + example.resolve("data/tmy3-723170-greensboro-nc.csv"),
                "  load_profile: " + example.resolve("data/bdew-slp-1999-h0-selp_series.csv"),
                "  year: 2025",
                "  houses: houses.csv",
                "dates: {from: 2025-06-01, to: 2025-06-02}",
                extra,
                ""));
        return study;
    }

    static final class StudyBuilder {
        private final Path folder;
        private final String start;
        private final int periods;
        private final double periodHours;
        private String dates = "{from: 2025-03-08, to: 2025-03-10}";
        private String variants = "";
        private String extraStudy = "";
        private String extraPrices = "";
        private String guestEvs = "";
        private boolean yearLongPrices;

        private StudyBuilder(Path folder, String start, int periods, double periodHours) {
            this.folder = folder;
            this.start = start;
            this.periods = periods;
            this.periodHours = periodHours;
        }

        StudyBuilder dates(String from, String to) {
            this.dates = "{from: " + from + ", to: " + to + "}";
            return this;
        }

        /** YAML lines under {@code variants:}, indented by two spaces. */
        StudyBuilder variants(String lines) {
            this.variants = "variants:\n" + lines;
            return this;
        }

        StudyBuilder study(String lines) {
            this.extraStudy = lines;
            return this;
        }

        /** YAML lines under the case's {@code prices:}, indented by two spaces. */
        StudyBuilder prices(String lines) {
            this.extraPrices = lines;
            return this;
        }

        /** The case's guest-EV block, whole lines from the top level. */
        StudyBuilder guestEvs(String lines) {
            this.guestEvs = lines;
            return this;
        }

        /** A prices file of one row per series period (grid_buy 0.1 + i / 100000 in period i) instead of a day. */
        StudyBuilder yearLongPrices() {
            this.yearLongPrices = true;
            return this;
        }

        Path write() {
            try {
                Path caseFolder = folder.resolve("case");
                Files.createDirectories(caseFolder);
                Files.writeString(caseFolder.resolve("case.yaml"), String.join("\n",
                        "name: two houses",
                        "periods: " + periods,
                        "period_hours: " + periodHours,
                        "communities: [{id: ec1}]",
                        "houses:",
                        "  - {id: a, community: ec1, charger_kw: 7.2, dr_enrolled: true}",
                        "  - {id: b, community: ec1}",
                        "house_series: houses.csv",
                        "prices:",
                        "  series: prices.csv",
                        "  grid_sell: 0.04",
                        "  p2p: 0.07",
                        "  dr_incentive: 0.2",
                        "  dr_fine: 0.3",
                        "  standby: 0.01",
                        "  ens: 1.0",
                        "  social_welfare_value: 0.01",
                        "  parking_fee: 0.5",
                        extraPrices,
                        guestEvs,
                        ""));
                List<String> houses = new ArrayList<>(List.of("house,period,pv_kwh,interruptible_kwh,"
                        + "uninterruptible_kwh,dr_callable_kwh"));
                for (int i = 0; i < periods; i++) {
                    houses.add("a," + i + "," + i / 1000.0 + ",0.5,0.3,0.1");
                }
                for (int i = 0; i < periods; i++) {
                    houses.add("b," + i + ",0,0.4,0.2,0");
                }
                Files.write(caseFolder.resolve("houses.csv"), houses);
                List<String> prices = new ArrayList<>(List.of("period,grid_buy"));
                int rows = yearLongPrices ? periods : (int) Math.round(24 / periodHours);
                for (int r = 0; r < rows; r++) {
                    prices.add(r + "," + (yearLongPrices ? 0.1 + r / 100000.0 : 0.1 + r / 1000.0));
                }
                Files.write(caseFolder.resolve("prices.csv"), prices);
                Path study = folder.resolve("study.yaml");
                Files.writeString(study, String.join("\n",
                        "name: a test study",
                        "case: case/",
                        "zone: America/New_York",
                        "start: " + start,
                        "dates: " + dates,
                        extraStudy,
                        variants,
                        ""));
                return study;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
