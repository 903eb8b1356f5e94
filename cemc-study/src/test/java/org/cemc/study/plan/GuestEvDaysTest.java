package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.input.CaseReader;
import org.cemc.scenario.EvSampler;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each day's guest EVs: drawn per date from the case's distributions, or the case's list; in elapsed hours. */
class GuestEvDaysTest {
    private static final String DISTRIBUTIONS = String.join("\n",
            "guest_ev_scenarios:",
            "  fleet_size_mean: 4",
            "  arrival_hour: {mean: 8.5, std: 1.5, min: 6, max: 12}",
            "  departure_hour: {mean: 17.0, std: 1.5, min: 13, max: 21}",
            "  soc_arrival: {mean: 0.5, std: 0.15, min: 0.2, max: 0.8}",
            "  battery_kwh: 25",
            "  soc_required: 0.9",
            "  charge_kw: 7.2",
            "  discharge_kw: 7.2",
            "  charge_efficiency: 0.95",
            "  discharge_efficiency: 0.95");

    @Test
    void theDaySeedIsTheStudySeedFollowedByTheDate() {
        assertThat(GuestEvDays.daySeed(42, LocalDate.of(2025, 3, 9))).isEqualTo(4_220_250_309L);
        assertThat(GuestEvDays.daySeed(0, LocalDate.of(2025, 12, 31))).isEqualTo(20_251_231L);
    }

    @Test
    void aDaysDrawIsTheSameWhateverOtherDaysRun(@TempDir Path folder) {
        Study whole = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).guestEvs(DISTRIBUTIONS)
                .study("guest_evs: {seed: 7}").write());
        Study oneDay = whole.restrictedTo(Optional.of(LocalDate.of(2025, 3, 10)), Optional.empty(), List.of());

        List<GuestEv> inWhole = whole.caseOf(new StudyJob(LocalDate.of(2025, 3, 10), Variant.base())).guestEvs();
        List<GuestEv> alone = oneDay.caseOf(new StudyJob(LocalDate.of(2025, 3, 10), Variant.base())).guestEvs();
        List<GuestEv> dayBefore = whole.caseOf(new StudyJob(LocalDate.of(2025, 3, 8), Variant.base())).guestEvs();

        assertThat(inWhole).isNotEmpty().isEqualTo(alone).isNotEqualTo(dayBefore);
        assertThat(inWhole).extracting(GuestEv::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("guest[0-9]+"));
    }

    @Test
    void onTheSpringForwardDayADrawnGuestArrivesAnHourEarlierInElapsedTime(@TempDir Path folder) {
        // Prices for every series period, so that core reads the case folder as it is, for its distributions.
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).guestEvs(DISTRIBUTIONS).yearLongPrices()
                .study("guest_evs: {seed: 7}").write();
        GuestEvScenarios spec = CaseReader.read(folder.resolve("case")).guestEvScenarios().orElseThrow();
        LocalDate spring = LocalDate.of(2025, 3, 9);
        // The same draw by hand, in clock hours: every arrival and departure is after 03:00, so 1 h earlier.
        List<GuestEv> clock = new EvSampler(spec, new Well19937c(GuestEvDays.daySeed(7, spring))).fleet("guest");

        List<GuestEv> drawn = Study.read(study).caseOf(new StudyJob(spring, Variant.base())).guestEvs();

        assertThat(drawn).hasSameSizeAs(clock).isNotEmpty();
        for (int i = 0; i < clock.size(); i++) {
            assertThat(drawn.get(i).id()).isEqualTo(clock.get(i).id());
            assertThat(drawn.get(i).arrivalHour()).isCloseTo(clock.get(i).arrivalHour() - 1, within(1e-12));
            assertThat(drawn.get(i).departureHour()).isCloseTo(clock.get(i).departureHour() - 1, within(1e-12));
            assertThat(drawn.get(i).socArrival()).isEqualTo(clock.get(i).socArrival());
        }
    }

    @Test
    void withoutASeedInTheStudyTheCasesSeedDraws(@TempDir Path folder) {
        // The case's guest_ev_scenarios seed is 42 by default.
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).guestEvs(DISTRIBUTIONS).yearLongPrices()
                .write();
        GuestEvScenarios spec = CaseReader.read(folder.resolve("case")).guestEvScenarios().orElseThrow();
        LocalDate day = LocalDate.of(2025, 3, 8);

        List<GuestEv> drawn = Study.read(study).caseOf(new StudyJob(day, Variant.base())).guestEvs();

        assertThat(drawn).isEqualTo(new EvSampler(spec, new Well19937c(GuestEvDays.daySeed(42, day))).fleet("guest"));
    }

    @Test
    void listedGuestEvsComeEveryDayWithTheirClockHoursInElapsedTime(@TempDir Path folder) {
        Path study = StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).guestEvs(String.join("\n",
                "guest_evs:",
                "  - {id: visitor, community: ec1, arrival_hour: 8.5, departure_hour: 17, battery_kwh: 25,",
                "     soc_arrival: 0.5, soc_required: 0.9, charge_kw: 7.2, discharge_kw: 0,",
                "     charge_efficiency: 0.95, discharge_efficiency: 0.95}")).write();
        Study read = Study.read(study);

        GuestEv ordinary = read.caseOf(new StudyJob(LocalDate.of(2025, 3, 8), Variant.base())).guestEvs().get(0);
        GuestEv spring = read.caseOf(new StudyJob(LocalDate.of(2025, 3, 9), Variant.base())).guestEvs().get(0);

        assertThat(ordinary.arrivalHour()).isEqualTo(8.5);
        assertThat(ordinary.departureHour()).isEqualTo(17);
        // 08:30 EDT is 7.5 h after midnight (EST); 17:00 EDT 16 h.
        assertThat(spring.arrivalHour()).isEqualTo(7.5);
        assertThat(spring.departureHour()).isEqualTo(16);
        assertThat(spring.id()).isEqualTo("visitor");
        assertThat(spring.community()).contains("ec1");
    }
}
