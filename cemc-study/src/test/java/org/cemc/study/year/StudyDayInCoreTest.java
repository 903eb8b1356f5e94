package org.cemc.study.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.House;
import org.cemc.community.P2pMarket;
import org.cemc.community.Prices;
import org.cemc.community.Series;
import org.cemc.community.Switches;
import org.cemc.input.CaseReader;
import org.cemc.input.CaseWriter;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day of the real year as core takes it: written as a case folder, read back as any case, and scheduled. */
class StudyDayInCoreTest {

    @Test
    void theFallBackDayIsACaseOfTwentyFiveHoursThatCoreReadsWithoutWarningAndSchedules(@TempDir Path folder)
            throws IOException {
        TypicalYear weather = Tmy3Reader.read(DataFiles.TMY3);
        HouseholdLoad load = new HouseholdLoad(H0ProfileReader.read(DataFiles.H0), Set.of());
        RealYear year = RealYear.standard(weather, load, new StudyYear(2025), ZoneId.of("America/New_York"));
        LocalDate fallBack = LocalDate.of(2025, 11, 2);
        StudyDay day = year.day(fallBack, List.of(new StudyHouse("ec1-h1", "ec1", 6, 3000),
                new StudyHouse("ec1-h2", "ec1", 0, 4500), new StudyHouse("ec2-h1", "ec2", 4, 3500)));
        CommunityCase community = new CommunityCase("year study, 2 November 2025", Optional.of(fallBack), "USD",
                day.grid(), List.of(new EnergyCommunity("ec1", "ec1"), new EnergyCommunity("ec2", "ec2")),
                day.houses(), List.of(), Optional.empty(), prices(day.grid().periods()), Switches.defaults());

        CaseWriter.write(folder, community);
        CaseReader.ReadCase read = CaseReader.readWithWarnings(folder);

        // 25 h is a day (docs/case-format.md, "Horizon"), and every value is in its usual range.
        assertThat(read.warnings()).isEmpty();
        assertThat(read.community().grid().periods()).isEqualTo(25);
        for (int h = 0; h < day.houses().size(); h++) {
            House written = day.houses().get(h);
            House back = read.community().houses().get(h);
            assertThat(back.id()).isEqualTo(written.id());
            for (int t = 0; t < 25; t++) {
                assertThat(back.pv().at(t)).isCloseTo(written.pv().at(t), within(1e-9));
                assertThat(back.uninterruptible().at(t)).isCloseTo(written.uninterruptible().at(t), within(1e-9));
            }
        }

        Outcome outcome = Scheduler.run(read.community(), SolverSettings.defaults());

        assertThat(outcome.check()).hasValueSatisfying(check -> assertThat(check.passed()).isTrue());
        assertThat(outcome.schedule()).isPresent();
    }

    /** A flat tariff: 0.20 to buy, 0.05 to sell, P2P at 0.12, ENS 0.22; no DR, stand-by or guests to pay. */
    private static Prices prices(int periods) {
        Series zero = Series.constant(periods, 0);
        Series buy = Series.constant(periods, 0.20);
        Series sell = Series.constant(periods, 0.05);
        return new Prices(buy, sell, P2pMarket.series(Series.constant(periods, 0.12)), zero, zero, zero,
                Series.constant(periods, 0.22), buy, sell, 0.055, 0);
    }
}
