package org.cemc.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.cemc.result.FirstStage;
import org.cemc.scenario.FleetScenarios;
import org.cemc.scenario.Reduction;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * The two-stage program where its first stage matters: a house that may only export V2G energy in export mode,
 * which forbids buying its interruptible demand from the grid (K5).
 */
class StochasticProgramTest {
    private static final SolverSettings EXACT = new SolverSettings(SolverSettings.defaults().backend(), 30, 1e-9, false);

    /**
     * One house, two hours, 1 kWh interruptible demand each hour and a charger. Hour 0 exports at 0.50 while
     * buying costs 0.10 and leaving demand unserved 0.22; a guest EV discharging pays the host's export, less the
     * 0.10 it is paid.
     */
    private static final CommunityCase BASE = TestCommunities.periods(2)
            .house("h", h -> h.interruptible(1).charger(7.2))
            .prices(p -> p.gridBuy(0.10).gridSell(0.50, 0.0).ens(0.22).evCharge(0.10).evDischarge(0.10))
            .build();

    /** A lossless guest EV at 90 % parked both hours that must leave at 50 %: 10 kWh it may sell. */
    private static final List<GuestEv> WITH_EV = TestCommunities.periods(2).ev("ev", 0, 2, 0.9, 0.5).build().guestEvs();
    private static final List<GuestEv> WITHOUT_EV = List.of();

    private static FleetScenarios scenarios(double pWith) {
        return new FleetScenarios(List.of(
                new Reduction.Cluster<>(1, WITH_EV, 1, pWith, List.of(WITH_EV)),
                new Reduction.Cluster<>(2, WITHOUT_EV, 1, 1 - pWith, List.of(WITHOUT_EV))));
    }

    private static double perfectInformation(List<GuestEv> fleet) {
        return Scheduler.run(BASE.withGuestEvs(fleet), EXACT).profit().orElseThrow().total();
    }

    @Test
    void withOneScenarioItEqualsTheDeterministicSolveOfThatScenario() {
        FleetScenarios one = new FleetScenarios(List.of(new Reduction.Cluster<>(1, WITH_EV, 1, 1.0, List.of(WITH_EV))));

        StochasticOutcome stochastic = Scheduler.runStochastic(BASE, one, EXACT);

        assertThat(stochastic.trusted()).isTrue();
        assertThat(stochastic.expectedProfit()).isCloseTo(perfectInformation(WITH_EV), within(1e-6));
    }

    @Test
    void withTwoScenariosItEarnsAtMostTheAverageOfThePerfectInformationSolvesAndEveryScheduleIsChecked() {
        // With the EV: export 7.2 kWh in hour 0 at 0.50 - 0.10 = 2.88, and leave hour 0's demand unserved
        // (-0.22, export mode forbids buying it): 2.66, minus hour 1's purchase 0.10 = 2.56. Without it: buy both
        // hours, -0.20. Together (p = 0.5 each) export mode in hour 0 is decided once: with it 0.5 * 2.56 +
        // 0.5 * (-0.22 - 0.10) = 1.12; without it 0.5 * (-0.20) * 2 = -0.20. So 1.12, below the perfect
        // information average 0.5 * 2.56 + 0.5 * (-0.20) = 1.18 by 0.06: the price of not knowing.
        StochasticOutcome stochastic = Scheduler.runStochastic(BASE, scenarios(0.5), EXACT);
        double perfect = 0.5 * perfectInformation(WITH_EV) + 0.5 * perfectInformation(WITHOUT_EV);

        assertThat(stochastic.trusted()).isTrue();
        assertThat(stochastic.scenarios()).allSatisfy(s -> assertThat(s.check().orElseThrow().passed()).isTrue());
        assertThat(perfect).isCloseTo(1.18, within(1e-6));
        assertThat(stochastic.expectedProfit()).isCloseTo(1.12, within(1e-6)).isLessThanOrEqualTo(perfect);
    }

    @Test
    void evaluatingTheScheduleOnTheScenariosItWasBuiltFromReproducesItsProfit() {
        StochasticOutcome stochastic = Scheduler.runStochastic(BASE, scenarios(0.5), EXACT);
        FirstStage firstStage = FirstStage.of(stochastic.scenarios().get(0).schedule().orElseThrow());

        Evaluation replay = Evaluation.run(BASE, firstStage, List.of(WITH_EV, WITHOUT_EV), EXACT, SolveMethod.DIRECT,
                true, 1, day -> { });

        for (int s = 0; s < 2; s++) {
            assertThat(replay.days().get(s).profit())
                    .isCloseTo(stochastic.scenarios().get(s).profit().orElseThrow().total(), within(1e-6));
        }
        assertThat(0.5 * replay.days().get(0).profit() + 0.5 * replay.days().get(1).profit())
                .isCloseTo(stochastic.expectedProfit(), within(1e-6));
        assertThat(replay.meanPerfectInformationProfit()).isGreaterThanOrEqualTo(replay.meanProfit() - 1e-9);
    }

    @Test
    void aScheduleBuiltForTheWrongDayIsWorseOutOfSample() {
        // Built knowing there is no EV, the house never enters export mode; replayed on the day with the EV it
        // cannot sell the EV's energy: -0.20 against the 2.56 it could have made.
        FirstStage noEvPlan = FirstStage.of(Scheduler.run(BASE.withGuestEvs(WITHOUT_EV), EXACT).schedule().orElseThrow());

        Evaluation replay = Evaluation.run(BASE, noEvPlan, List.of(WITH_EV), EXACT, SolveMethod.DIRECT, true,
                1, day -> { });

        assertThat(replay.days().get(0).profit()).isCloseTo(-0.20, within(1e-6));
        assertThat(replay.days().get(0).perfectInformationProfit()).isCloseTo(2.56, within(1e-6));
    }

    /** Days evaluated three at a time are the days evaluated one at a time, in the same order; progress counts up. */
    @Test
    void evaluatingDaysInParallelGivesTheSameDaysInOrder() {
        FirstStage firstStage = FirstStage.of(Scheduler.run(BASE.withGuestEvs(WITH_EV), EXACT).schedule().orElseThrow());
        List<List<GuestEv>> fleets = List.of(WITH_EV, WITHOUT_EV, WITH_EV, WITHOUT_EV, WITH_EV);
        List<Integer> reported = new java.util.ArrayList<>();

        Evaluation oneByOne = Evaluation.run(BASE, firstStage, fleets, EXACT, SolveMethod.DIRECT, true, 1, day -> { });
        Evaluation threeAtOnce = Evaluation.run(BASE, firstStage, fleets, EXACT, SolveMethod.DIRECT, true, 3,
                reported::add);

        assertThat(threeAtOnce.days()).isEqualTo(oneByOne.days());
        assertThat(threeAtOnce.days()).extracting(Evaluation.Day::guestEvs).containsExactly(1, 0, 1, 0, 1);
        assertThat(reported).containsExactly(1, 2, 3, 4, 5);
    }
}
