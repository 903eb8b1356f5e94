package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cemc.input.InvalidCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed study.yaml gets one paragraph naming the file, the field (and the variant) and what is wrong, as a bad
 * case does; a variant that makes the case invalid gets core's own message about the case, prefixed with the variant.
 */
class StudyErrorsTest {
    /** 2025-03-08 to 2025-03-10 on the New York clock: 24 + 23 + 24 hours. */
    private static final int THREE_DAYS = 71;

    @Test
    void refusesAnUnknownParameterNamingTheFileTheVariantAndTheKnownParameters(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  list:\n    - {name: cheap, grid_sel: 0.02}\n").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field variants.list[0].grid_sel: variant \"cheap\" sets \"grid_sel\", which is "
                        + "not a parameter a variant may set; the parameters are grid_buy, grid_sell, feed_in, "
                        + "dr_incentive, dr_fine, standby, ens, ev_charge, ev_discharge, social_welfare_value, "
                        + "parking_fee, p2p_rule, p2p, dr, guest_evs, v2g, exclusive_ev_mode, charger_share "
                        + "(docs/studies.md, \"Variants\").");
    }

    @Test
    void refusesAnUnknownParameterOfASweep(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  sweep:\n    feed_in_tariff: [0.02, 0.05]\n").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(study + ", field variants.sweep.feed_in_tariff: the sweep sets "
                        + "\"feed_in_tariff\", which is not a parameter a variant may set; the parameters are "
                        + "grid_buy");
    }

    @Test
    void refusesACaseThatSharesItsDaysByAnotherRuleThanTheP2pPrice(@TempDir Path folder) throws IOException {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1).write();
        Path caseYaml = folder.resolve("case").resolve("case.yaml");
        Files.writeString(caseYaml, Files.readString(caseYaml) + "settlement: equal-surplus\n");

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(study + ", field case: the case names settlement: equal-surplus, but a study "
                        + "settles every day at the P2P price");
    }

    @Test
    void refusesAnEmptyDateRange(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .dates("2025-03-10", "2025-03-09").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field dates: from 2025-03-10 is after to 2025-03-09, so the range has no day; "
                        + "give from on or before to.");
    }

    @Test
    void aVariantWithANegativeStandbyGetsCoresMessagePrefixedWithTheVariant(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  list:\n    - {name: ok, standby: 0.02}\n    - {name: paid-to-wait, standby: -0.01}\n")
                .write();

        // Core's message for a case whose standby is -0.01: "<case.yaml>, field prices.standby: is -0.01 in period
        // 0; this price must be >= 0 (...)." The variant "ok" before it is read without complaint.
        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(study + ", variant \"paid-to-wait\" (standby: -0.01) makes the case invalid: "
                        + folder.resolve("case").toAbsolutePath().normalize().resolve("case.yaml")
                        + " (made by the study for 2025-03-08, variant paid-to-wait), field prices.standby: is -0.01 "
                        + "in period 0; this price must be >= 0")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFeedInAboveTheImportPriceIsCoresRuleToo(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  list:\n    - {name: generous, p2p_rule: mid-market, feed_in: 0.5}\n").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining(", variant \"generous\" (feed_in: 0.5, p2p_rule: mid-market) makes the case "
                        + "invalid: ")
                .hasMessageContaining("field prices.feed_in: is 0.5 in period 0, above grid_buy 0.1");
    }

    @Test
    void refusesAValueOfTheWrongKindNamingTheParameter(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  sweep:\n    p2p: [true, maybe]\n").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field variants.sweep.p2p: the sweep sets p2p to \"maybe\", which is not true "
                        + "or false; e.g. p2p: false.");
    }

    @Test
    void refusesAChargerShareAboveOne(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  sweep:\n    charger_share: [0.5, 1.5]\n").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageEndingWith("the sweep sets charger_share to \"1.5\", which is not a share from 0 to 1; e.g. "
                        + "charger_share: 0.5.");
    }

    @Test
    void refusesAnUnknownFieldListingTheAllowedOnes(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1).study("date: 2025-03-08").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field date: unknown field \"date\"; the fields allowed there are case, "
                        + "charger_seed, dates, guest_evs, name, real_year, start, variants, zone.");
    }

    @Test
    void refusesBothASweepAndAList(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .variants("  sweep: {dr: [true, false]}\n  list: [{name: a}]\n").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(study + ", field variants: gives both sweep and list; keep one");
    }

    @Test
    void refusesDatesTheSeriesDoNotCoverNamingThem(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1)
                .dates("2025-03-09", "2025-03-12").write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field dates: the series cover 71 periods of 1.0 h from 2025-03-08 00:00 on the "
                        + "clock of America/New_York, which does not hold 2 dates: 2025-03-11, 2025-03-12; choose "
                        + "dates within the series, or give series covering them.");
    }

    @Test
    void refusesAStudyWithoutAStartForTheCasesOwnSeries(@TempDir Path folder) throws IOException {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1).write();
        Files.writeString(study, Files.readString(study).replace("start: 2025-03-08\n", ""));

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(study + ", field start: is missing; with the case's own series");
    }

    @Test
    void refusesAMissingStudyFile(@TempDir Path folder) {
        assertThatThrownBy(() -> Study.read(folder))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder.resolve("study.yaml") + " does not exist: a study is a folder holding study.yaml "
                        + "(docs/studies.md, \"The study file\").");
    }

    @Test
    void refusesAPricesFileThatIsNeitherADayNorTheSeries(@TempDir Path folder) throws IOException {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1).write();
        Path prices = folder.resolve("case/prices.csv");
        Files.writeString(prices, "period,grid_buy\n0,0.1\n1,0.1\n");

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageEndingWith("prices.csv has 2 rows; a study's prices file holds one day by clock period (24 "
                        + "rows of 1.0 h from 00:00) or one row per period of the case's series (71, case.yaml's "
                        + "periods).");
    }

    @Test
    void refusesARealYearWithoutEveryHouseOfTheCase(@TempDir Path folder) throws IOException {
        String houses = Files.readString(StudyFolders.EXAMPLE.resolve("real-year-houses.csv"))
                .replace("ec2-h8,2.5,3400\n", "");
        Path study = StudyFolders.realYearStudy(folder, houses, "");

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field real_year.houses: gives no pv_kwp and annual_kwh for house \"ec2-h8\" "
                        + "of the case; give a line for every house of the case.");
    }

    @Test
    void refusesAHouseOfARealYearWithANegativeAnnualUseNamingTheLine(@TempDir Path folder) throws IOException {
        String houses = Files.readString(StudyFolders.EXAMPLE.resolve("real-year-houses.csv"))
                .replace("ec1-h2,0,3100", "ec1-h2,0,-3100");
        Path study = StudyFolders.realYearStudy(folder, houses, "");

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(folder.resolve("houses.csv") + " line 3: house \"ec1-h2\": an annual use of "
                        + "-3100.0 kWh is out of range");
    }

    @Test
    void refusesAStartWithARealYear(@TempDir Path folder) throws IOException {
        Path study = StudyFolders.realYearStudy(folder, Files.readString(StudyFolders.EXAMPLE.resolve("real-year-houses.csv")),
                "start: 2025-01-01");

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(study + ", field start: is given with real_year, whose series start at 1 January of "
                        + "real_year.year; remove start.");
    }

    @Test
    void refusesAGuestEvSeedWhenTheCaseHasNoDistributions(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", THREE_DAYS, 1).study("guest_evs: {seed: 3}")
                .write();

        assertThatThrownBy(() -> Study.read(study))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith(study + ", field guest_evs: is given, but the case has no guest_ev_scenarios "
                        + "block");
    }

    @Test
    void aVariantIsCheckedOnTheClockHourTheSpringForwardDaySkips(@TempDir Path folder) throws IOException {
        // grid_buy is 0.01 in the 02:00 row only; a feed-in of 0.05 is above it there and nowhere else. 9 March has
        // no 02:00, so a study of that day alone never uses the row; one that runs 10 March too is refused in read().
        String variant = "  list:\n    - {name: mid, p2p_rule: mid-market, feed_in: 0.05}\n";
        Path bothDays = StudyFolders.hourlyCase(folder.resolve("both"), "2025-03-08", THREE_DAYS, 1)
                .dates("2025-03-09", "2025-03-10").variants(variant).write();
        Path springOnly = StudyFolders.hourlyCase(folder.resolve("spring"), "2025-03-08", THREE_DAYS, 1)
                .dates("2025-03-09", "2025-03-09").variants(variant).write();
        for (Path study : List.of(bothDays, springOnly)) {
            Path prices = study.resolveSibling("case/prices.csv");
            Files.writeString(prices, Files.readString(prices).replaceAll("(?m)^2,.*$", "2,0.01"));
        }

        assertThatThrownBy(() -> Study.read(bothDays))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("made by the study for 2025-03-10, variant mid), field prices.feed_in: is 0.05 "
                        + "in period 2, above grid_buy 0.01");
        assertThat(Study.read(springOnly).jobs()).hasSize(1);
    }
}
