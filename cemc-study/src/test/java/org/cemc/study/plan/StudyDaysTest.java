package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case whose series cover several days, cut into the days of the New York clock. House a's PV in series period i
 * is i / 1000 kWh, and the day's prices file gives grid_buy 0.1 + r / 1000 in the row r of each clock period, so
 * every value of a day's case says which series period and which clock row it came from (StudyFolders).
 */
class StudyDaysTest {
    private static final double EXACT = 1e-12;

    private static CommunityCase day(Study study, String date) {
        return study.caseOf(new StudyJob(LocalDate.parse(date), study.variants().get(0)));
    }

    private static double[] pvOfA(CommunityCase day) {
        return day.houses().get(0).pv().toArray();
    }

    @Test
    void theSpringForwardDayHas23HourlyPeriodsCutFromItsMidnight(@TempDir Path folder) {
        // Series period 0 is 8 March 00:00 EST. 9 March's midnight is 24 h later, and the next midnight (00:00 EDT)
        // 23 h after that: periods 24 to 46. 10 March follows from period 47.
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).write());

        CommunityCase spring = day(study, "2025-03-09");
        CommunityCase after = day(study, "2025-03-10");

        assertThat(spring.grid().periods()).isEqualTo(23);
        assertThat(pvOfA(spring)).containsExactly(IntStream.rangeClosed(24, 46).mapToDouble(i -> i / 1000.0).toArray());
        assertThat(after.grid().periods()).isEqualTo(24);
        assertThat(pvOfA(after)[0]).isEqualTo(0.047);
        assertThat(pvOfA(day(study, "2025-03-08"))).hasSize(24).startsWith(0.0, 0.001);
        House b = spring.houses().get(1);
        assertThat(b.interruptible().toArray()).hasSize(23).containsOnly(0.4);
        assertThat(b.chargerKw()).isZero();
        assertThat(spring.houses().get(0).drEnrolled()).isTrue();
    }

    @Test
    void pricesByClockHourSkipTwoOClockOnTheSpringForwardDay(@TempDir Path folder) {
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).write());

        double[] gridBuy = day(study, "2025-03-09").prices().gridBuy().toArray();

        // Periods start at 00:00, 01:00, then 03:00 (EDT, 2 h after midnight), ..., 23:00: clock rows 0, 1, 3, ..., 23.
        double[] expected = IntStream.concat(IntStream.of(0, 1), IntStream.rangeClosed(3, 23))
                .mapToDouble(r -> 0.1 + r / 1000.0).toArray();
        assertThat(gridBuy).hasSize(23);
        for (int p = 0; p < 23; p++) {
            assertThat(gridBuy[p]).as("period %d", p).isCloseTo(expected[p], within(EXACT));
        }
        // Constants of the case apply to every period of any day.
        assertThat(day(study, "2025-03-09").prices().gridSell().toArray()).hasSize(23).containsOnly(0.04);
    }

    @Test
    void theFallBackDayHas25HourlyPeriodsAndOneOClockTwice(@TempDir Path folder) {
        // From 1 November 00:00 EDT: 2 November's midnight is period 24, and its day lasts 25 h (periods 24 to 48).
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-11-01", 73, 1)
                .dates("2025-11-01", "2025-11-03").write());

        CommunityCase fall = day(study, "2025-11-02");

        assertThat(fall.grid().periods()).isEqualTo(25);
        assertThat(pvOfA(fall)).containsExactly(IntStream.rangeClosed(24, 48).mapToDouble(i -> i / 1000.0).toArray());
        double[] gridBuy = fall.prices().gridBuy().toArray();
        // Clock rows 0, 1, 1 (01:00 EST, after 01:00 EDT), 2, ..., 23.
        assertThat(gridBuy[1]).isCloseTo(0.101, within(EXACT));
        assertThat(gridBuy[2]).isCloseTo(0.101, within(EXACT));
        assertThat(gridBuy[3]).isCloseTo(0.102, within(EXACT));
        assertThat(gridBuy[24]).isCloseTo(0.123, within(EXACT));
    }

    @Test
    void quarterHoursMake92PeriodsOnTheSpringForwardDay(@TempDir Path folder) {
        // 71 h of quarter hours from 8 March: 9 March is quarter hours 96 to 187 (23 h = 92 of them).
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 284, 0.25).write());

        CommunityCase spring = day(study, "2025-03-09");

        assertThat(spring.grid().periods()).isEqualTo(92);
        assertThat(spring.grid().periodHours()).isEqualTo(0.25);
        assertThat(pvOfA(spring)[0]).isEqualTo(0.096);
        assertThat(pvOfA(spring)[91]).isEqualTo(0.187);
        // Period 8 starts 2 h after midnight, at 03:00 EDT: the quarter-hour row 12 of the day's 96.
        assertThat(spring.prices().gridBuy().at(7)).isCloseTo(0.1 + 7 / 1000.0, within(EXACT));
        assertThat(spring.prices().gridBuy().at(8)).isCloseTo(0.1 + 12 / 1000.0, within(EXACT));
    }

    @Test
    void pricesCoveringTheWholeSeriesAreSlicedLikeTheHouses(@TempDir Path folder) {
        // grid_buy is 0.1 + i / 100000 in series period i; 9 March takes periods 24 to 46.
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).yearLongPrices().write());

        double[] gridBuy = day(study, "2025-03-09").prices().gridBuy().toArray();

        assertThat(gridBuy).hasSize(23);
        assertThat(gridBuy[0]).isCloseTo(0.10024, within(EXACT));
        assertThat(gridBuy[22]).isCloseTo(0.10046, within(EXACT));
    }
}
