package org.cemc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Prices;
import org.cemc.community.TimeGrid;
import org.cemc.input.CaseReader;
import org.cemc.input.CaseWriter;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCaseTest {
    @TempDir
    Path temp;

    @Test
    void theSameSeedGeneratesTheSameCaseByteForByte() throws IOException {
        CaseWriter.write(temp.resolve("a"), SyntheticCase.generate(4, 18, 12, 5));
        CaseWriter.write(temp.resolve("b"), SyntheticCase.generate(4, 18, 12, 5));
        CaseWriter.write(temp.resolve("c"), SyntheticCase.generate(4, 18, 12, 6));

        for (String file : new String[] {"case.yaml", "house-list.csv", "guest-ev-list.csv", "houses.csv",
            "prices.csv"}) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file)));
        }
        assertThat(Files.readAllBytes(temp.resolve("c").resolve("houses.csv")))
                .isNotEqualTo(Files.readAllBytes(temp.resolve("a").resolve("houses.csv")));
    }

    @Test
    void aGeneratedCasePassesValidationAndReadsBackAsWritten() throws IOException {
        CommunityCase generated = SyntheticCase.generate(3, 18, 9, 2);
        CaseWriter.write(temp, generated);

        CommunityCase read = CaseReader.read(temp);

        assertThat(read.houses()).isEqualTo(generated.houses());
        assertThat(read.guestEvs()).isEqualTo(generated.guestEvs());
        assertThat(read.communities()).hasSize(3);
        assertThat(read.prices().p2p()).isEqualTo(generated.prices().p2p());
        assertThat(read.houses()).anyMatch(h -> h.chargerKw() > 0).anyMatch(h -> h.pv().sum() == 0)
                .anyMatch(h -> h.pv().sum() > 0);
    }

    @Test
    void everySolverFindsTheSameOptimumOfAGeneratedCaseAndItPassesTheChecker() {
        CommunityCase community = SyntheticCase.generate(2, 18, 6, 3);
        Double first = null;
        for (SolverBackend backend : SolverBackend.values()) {
            assumeTrue(MilpSolver.isAvailable(backend));
            Outcome outcome = Scheduler.run(community, new SolverSettings(backend, 60, 1e-6, false));
            assertThat(outcome.schedule()).as(backend + " checked schedule").isPresent();
            double objective = outcome.solve().objective();
            // A bound is never below the optimum it bounds, and the schedule never above it.
            assertThat(outcome.solve().bound()).isGreaterThanOrEqualTo(objective - 1e-6);
            if (first == null) {
                first = objective;
            }
            assertThat(objective).as(backend.cliName()).isCloseTo(first, within(1e-4 * Math.abs(first)));
        }
    }

    @Test
    void aTwoDayHalfHourCaseHas96HalfHourPeriodsRepeatsDayOneOnDayTwoAndReadsBack() throws IOException {
        CommunityCase generated = SyntheticCase.generate(2, 6, 3, 7, 2, 30);
        CaseWriter.write(temp, generated);

        CommunityCase read = CaseReader.read(temp);

        assertThat(read.grid()).isEqualTo(new TimeGrid(96, 0.5));
        assertThat(read.houses()).isEqualTo(generated.houses());
        assertThat(read.guestEvs()).isEqualTo(generated.guestEvs());
        assertThat(read.prices().p2p()).isEqualTo(generated.prices().p2p());
        for (House house : read.houses()) {
            assertThat(house.pv().length()).isEqualTo(96);
            for (int t = 0; t < 48; t++) {
                assertThat(house.pv().at(t + 48)).as(house.id() + " pv " + t).isEqualTo(house.pv().at(t));
                assertThat(house.interruptible().at(t + 48)).isEqualTo(house.interruptible().at(t));
                assertThat(house.uninterruptible().at(t + 48)).isEqualTo(house.uninterruptible().at(t));
                assertThat(house.drCallable().at(t + 48)).isEqualTo(house.drCallable().at(t));
            }
        }
        Prices prices = read.prices();
        for (int t = 0; t < 48; t++) {
            assertThat(prices.gridBuy().at(t + 48)).isEqualTo(prices.gridBuy().at(t));
            assertThat(prices.p2p().at(t + 48)).isEqualTo(prices.p2p().at(t));
        }
        // Prices follow the clock hour: 12:30-13:00 (period 25) is before the 13:00-20:00 peak, 13:00-13:30 in it,
        // and so is 13:00-13:30 of day two (period 74).
        assertThat(prices.gridBuy().at(25)).isEqualTo(0.11);
        assertThat(prices.gridBuy().at(26)).isEqualTo(0.18);
        assertThat(prices.gridBuy().at(74)).isEqualTo(0.18);
        assertThat(read.houses()).anyMatch(h -> h.pv().sum() > 0);
    }

    @Test
    void aHalfHourPeriodHoldsAboutHalfTheHourlyCasePvAndAThirdOfAnHourTheMiddleThirdExactly() {
        // The same seed draws the same houses and skies at any horizon, so house i is the same house in each case.
        CommunityCase hourly = SyntheticCase.generate(2, 6, 3, 7);
        CommunityCase halfHours = SyntheticCase.generate(2, 6, 3, 7, 2, 30);
        CommunityCase thirds = SyntheticCase.generate(2, 6, 3, 7, 1, 20);
        for (int i = 0; i < hourly.houses().size(); i++) {
            House hour = hourly.houses().get(i);
            for (int h = 0; h < 24; h++) {
                // A period holds the curve P (kW), read at its middle, times its length: the hour h to h+1 holds
                // P(h+1/2) x 1 h, the half hour h to h+1/2 holds P(h+1/4) x 1/2 h. Half of the hourly energy is
                // P(h+1/2) x 1/2 h, so the two differ by 1/2 h x |P(h+1/4) - P(h+1/2)| <= 1/2 x 1/4 x max|P'|. PV is
                // kWp x sky x 0.75 sin^1.4(pi x), x = (t - 6.5) / 14.3, whose slope is at most
                // 6 kWp x 1 x 0.75 x 1.4 x pi / 14.3 = 1.384 kW per hour: 0.173 kWh, plus the 0.0005 kWh rounding
                // of each value (1.5 x 0.0005). Unscaled half-hours would be off by the whole half, up to 2.25 kWh.
                for (int half = 0; half < 2; half++) {
                    assertThat(halfHours.houses().get(i).pv().at(2 * h + half)).as(hour.id() + " at " + h)
                            .isCloseTo(hour.pv().at(h) / 2, within(0.5 * 0.25 * 1.384 + 0.00075));
                }
                // 20 minutes split the hour in three, and the middle third h+1/3 to h+2/3 has the hour's middle as
                // its own: P(h+1/2) x 1/3 h, exactly a third of the hourly energy up to both roundings.
                assertThat(thirds.houses().get(i).pv().at(3 * h + 1)).as(hour.id() + " at " + h)
                        .isCloseTo(hour.pv().at(h) / 3, within(0.0005 + 0.0005 / 3 + 1e-12));
            }
        }
        assertThat(hourly.houses()).anyMatch(h -> h.pv().at(12) > 1);
    }

    @Test
    void aPeriodLengthThatDoesNotDivideTheHourOrNoDaysIsRefused() {
        assertThatThrownBy(() -> SyntheticCase.generate(1, 3, 1, 1, 1, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7");
        assertThatThrownBy(() -> SyntheticCase.generate(1, 3, 1, 1, 0, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
