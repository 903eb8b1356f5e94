package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.input.InvalidCaseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example study: what read() makes of it, its jobs, and --from/--to/--variants. */
class StudyTest {
    private static Study example;

    @BeforeAll
    static void readExample() {
        example = Study.read(StudyFolders.EXAMPLE);
    }

    @Test
    void readsTheExampleYearWithItsFourVariantsInTheSweepsOrder() {
        assertThat(example.name()).isEqualTo("A year of 18 houses in Greensboro, NC");
        assertThat(example.folder()).isEqualTo(StudyFolders.EXAMPLE.toAbsolutePath().normalize());
        assertThat(example.currency()).isEqualTo("USD");
        // 2025 is not a leap year.
        assertThat(example.dates()).hasSize(365).startsWith(LocalDate.of(2025, 1, 1))
                .endsWith(LocalDate.of(2025, 12, 31));
        // The first parameter of the sweep varies slowest.
        assertThat(example.variants()).extracting(Variant::name).containsExactly(
                "grid-sell-0.03_p2p-rule-sdr", "grid-sell-0.03_p2p-rule-mid-market",
                "grid-sell-0.06_p2p-rule-sdr", "grid-sell-0.06_p2p-rule-mid-market");
        assertThat(example.variants().get(1).parameters()).containsEntry("grid_sell", "0.03")
                .containsEntry("p2p_rule", "mid-market").hasSize(2);
        assertThat(example.sweptParameters()).containsExactly("grid_sell", "p2p_rule");
        assertThat(example.warnings()).isEmpty();
    }

    @Test
    void jobsAreDateMajorWithTheVariantsInOrder() {
        List<StudyJob> jobs = example.jobs();
        assertThat(jobs).hasSize(365 * 4);
        assertThat(jobs.get(0).id()).isEqualTo("2025-01-01/grid-sell-0.03_p2p-rule-sdr");
        assertThat(jobs.get(3).id()).isEqualTo("2025-01-01/grid-sell-0.06_p2p-rule-mid-market");
        assertThat(jobs.get(4).id()).isEqualTo("2025-01-02/grid-sell-0.03_p2p-rule-sdr");
        assertThat(jobs.get(jobs.size() - 1).id()).isEqualTo("2025-12-31/grid-sell-0.06_p2p-rule-mid-market");
    }

    @Test
    void restrictedToKeepsTheDatesAskedAndTheVariantsInTheFilesOrder() {
        Study march = example.restrictedTo(Optional.of(LocalDate.of(2025, 3, 8)),
                Optional.of(LocalDate.of(2025, 3, 10)),
                List.of("grid-sell-0.06_p2p-rule-sdr", "grid-sell-0.03_p2p-rule-sdr"));

        assertThat(march.dates()).containsExactly(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 9),
                LocalDate.of(2025, 3, 10));
        // The file's order, not the option's.
        assertThat(march.variants()).extracting(Variant::name)
                .containsExactly("grid-sell-0.03_p2p-rule-sdr", "grid-sell-0.06_p2p-rule-sdr");
        assertThat(march.jobs()).extracting(StudyJob::id).containsExactly(
                "2025-03-08/grid-sell-0.03_p2p-rule-sdr", "2025-03-08/grid-sell-0.06_p2p-rule-sdr",
                "2025-03-09/grid-sell-0.03_p2p-rule-sdr", "2025-03-09/grid-sell-0.06_p2p-rule-sdr",
                "2025-03-10/grid-sell-0.03_p2p-rule-sdr", "2025-03-10/grid-sell-0.06_p2p-rule-sdr");
        assertThat(march.sweptParameters()).containsExactly("grid_sell", "p2p_rule");
    }

    @Test
    void restrictedToOneEndKeepsTheOtherAndEveryVariant() {
        Study december = example.restrictedTo(Optional.of(LocalDate.of(2025, 12, 30)), Optional.empty(), List.of());

        assertThat(december.dates()).containsExactly(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31));
        assertThat(december.variants()).hasSize(4);
    }

    @Test
    void refusesFromAfterTo() {
        assertThatThrownBy(() -> example.restrictedTo(Optional.of(LocalDate.of(2025, 6, 2)),
                Optional.of(LocalDate.of(2025, 6, 1)), List.of()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("--from 2025-06-02 is after --to 2025-06-01, so no day is left; give --from on or "
                        + "before --to.");
    }

    @Test
    void refusesDatesOutsideTheFilesRange() {
        assertThatThrownBy(() -> example.restrictedTo(Optional.of(LocalDate.of(2024, 12, 31)), Optional.empty(),
                List.of()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("--from 2024-12-31 is outside study.yaml's dates, 2025-01-01 to 2025-12-31 (")
                .hasMessageEndingWith("study.yaml); choose a date within it.");
        assertThatThrownBy(() -> example.restrictedTo(Optional.empty(), Optional.of(LocalDate.of(2026, 1, 1)),
                List.of()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("--to 2026-01-01 is outside study.yaml's dates");
    }

    @Test
    void refusesAnUnknownVariantListingTheKnownOnes() {
        assertThatThrownBy(() -> example.restrictedTo(Optional.empty(), Optional.empty(), List.of("no-p2p")))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("--variants: \"no-p2p\" is not a variant of ")
                .hasMessageEndingWith("; its variants are grid-sell-0.03_p2p-rule-sdr, "
                        + "grid-sell-0.03_p2p-rule-mid-market, grid-sell-0.06_p2p-rule-sdr, "
                        + "grid-sell-0.06_p2p-rule-mid-market.");
    }

    @Test
    void theSpringForwardDayOfTheExampleHas23HourlyPeriodsAndItsVariantsPrices() {
        StudyJob job = new StudyJob(LocalDate.of(2025, 3, 9), example.variants().get(1));

        CommunityCase day = example.caseOf(job);

        assertThat(day.grid().periods()).isEqualTo(23);
        assertThat(day.date()).contains(LocalDate.of(2025, 3, 9));
        assertThat(day.houses()).hasSize(18);
        assertThat(day.prices().gridSell().toArray()).containsOnly(0.03);
        // Period 15 starts 15 h after midnight, at 16:00 EDT, the first hour of case/prices.csv's peak (16:00 to
        // 21:00); period 14 at 15:00. On an ordinary day the peak starts at period 16.
        assertThat(day.prices().gridBuy().at(14)).isEqualTo(0.13);
        assertThat(day.prices().gridBuy().at(15)).isEqualTo(0.22);
        assertThat(day.guestEvScenarios()).isEmpty();
        assertThat(day.guestEvs()).allSatisfy(ev -> assertThat(ev.id()).startsWith("guest"));
    }

    @Test
    void casesMadeOnSeveralThreadsAreTheCasesMadeOnOne() {
        Study days = example.restrictedTo(Optional.of(LocalDate.of(2025, 3, 7)), Optional.of(LocalDate.of(2025, 3, 10)),
                List.of());
        List<StudyJob> jobs = days.jobs();

        List<CommunityCase> oneThread = jobs.stream().map(days::caseOf).toList();
        List<CommunityCase> severalThreads = jobs.parallelStream().map(days::caseOf).toList();

        assertThat(oneThread).hasSize(16);
        assertThat(severalThreads).isEqualTo(oneThread);
    }
}
