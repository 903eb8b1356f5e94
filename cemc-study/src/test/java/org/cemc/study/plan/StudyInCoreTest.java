package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.Prices;
import org.cemc.input.CaseReader;
import org.cemc.input.CaseWriter;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's case is what {@code cemc solve} reads: written as a case folder by core's writer and read back by core's
 * reader it is the same case, and core schedules it with the checker's approval.
 */
class StudyInCoreTest {
    private static Study example;

    @BeforeAll
    static void readExample() {
        example = Study.read(StudyFolders.EXAMPLE);
    }

    /**
     * The writer keeps the P2P price as its clearing series (CaseWriter's Javadoc), so a computed rule reads back as
     * {@code series} with the same clearing prices: compared as that, every other price as it is.
     */
    private static void assertSamePrices(Prices back, Prices job) {
        assertThat(back.p2p()).isEqualTo(job.p2p());
        assertThat(back.withP2pMarket(job.p2pMarket())).isEqualTo(job);
    }

    private static void assertRoundTrips(CommunityCase job, Path folder) throws IOException {
        CaseWriter.write(folder, job);
        CommunityCase back = CaseReader.read(folder);

        assertThat(back.grid()).isEqualTo(job.grid());
        assertThat(back.date()).isEqualTo(job.date());
        assertThat(back.communities()).isEqualTo(job.communities());
        assertThat(back.houses()).isEqualTo(job.houses());
        assertThat(back.guestEvs()).isEqualTo(job.guestEvs());
        assertThat(back.guestEvScenarios()).isEmpty();
        assertThat(back.switches()).isEqualTo(job.switches());
        assertSamePrices(back.prices(), job.prices());
    }

    @Test
    void theFallBackDayOfEachVariantRoundTripsThroughCoresWriterAndReader(@TempDir Path folder) throws IOException {
        LocalDate fallBack = LocalDate.of(2025, 11, 2);
        for (Variant variant : example.variants()) {
            CommunityCase job = example.caseOf(new StudyJob(fallBack, variant));
            assertThat(job.grid().periods()).isEqualTo(25);
            assertThat(job.guestEvs()).isNotEmpty();
            assertRoundTrips(job, folder.resolve(variant.name()));
        }
    }

    @Test
    void aCaseSeriesDayWithASweptSwitchAndChargerShareRoundTrips(@TempDir Path folder) throws IOException {
        Study study = Study.read(StudyFolders.hourlyCase(folder.resolve("study"), "2025-03-08", 71, 1)
                .variants("  list:\n    - {name: all-off, p2p: false, dr: false, v2g: false, exclusive_ev_mode: true,"
                        + " charger_share: 1, standby: 0.02, p2p_rule: mid-market}\n").write());
        CommunityCase job = study.caseOf(new StudyJob(LocalDate.of(2025, 3, 9), study.variants().get(0)));

        assertThat(job.switches().p2p()).isFalse();
        assertThat(job.switches().exclusiveEvMode()).isTrue();
        assertThat(job.houses()).allSatisfy(house -> assertThat(house.chargerKw()).isEqualTo(7.2));
        assertThat(job.prices().standby().toArray()).hasSize(23).containsOnly(0.02);
        assertRoundTrips(job, folder.resolve("written"));
    }

    @Test
    void oneJobOfTheExampleIsScheduledAndPassesTheChecker() {
        Study springDay = example.restrictedTo(Optional.of(LocalDate.of(2025, 3, 9)),
                Optional.of(LocalDate.of(2025, 3, 9)), List.of("grid-sell-0.03_p2p-rule-sdr"));
        StudyJob job = springDay.jobs().get(0);

        Outcome outcome = Scheduler.run(springDay.caseOf(job), SolverSettings.defaults());

        assertThat(outcome.schedule()).isPresent();
        assertThat(outcome.check()).hasValueSatisfying(check -> assertThat(check.passed()).isTrue());
        assertThat(outcome.community().grid().periods()).isEqualTo(23);
    }
}
