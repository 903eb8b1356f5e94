package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.TestCommunities;
import org.cemc.model.HouseQuantity;
import org.cemc.result.FirstStage;
import org.cemc.scenario.FleetScenarios;
import org.cemc.scenario.Reduction;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.RunListener;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.schedule.StochasticOutcome;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.Shape;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

/**
 * The two-stage stochastic program decomposed over K12 (PoolDecomposition.twoStage) against its direct MILP, on
 * cases small enough to solve exactly: the expected profit within the gap it reports, a bound never below the
 * optimum, schedules never above it, every scenario's schedule checked and the first stage shared.
 */
class TwoStageDecompositionTest {
    private static final Offset<Double> MONEY = within(1e-6);
    private static final SolverSettings EXACT = new SolverSettings(SolverBackend.CBC, 60, 1e-9, false);

    private static StochasticOutcome solve(CommunityCase base, FleetScenarios scenarios, SolveMethod method) {
        return Scheduler.runStochastic(base, scenarios, EXACT, method, RunListener.SILENT);
    }

    private static FleetScenarios scenarios(List<List<GuestEv>> fleets, double... probabilities) {
        List<Reduction.Cluster<List<GuestEv>>> clusters = new ArrayList<>();
        for (int s = 0; s < fleets.size(); s++) {
            clusters.add(new Reduction.Cluster<>(s + 1, fleets.get(s), 1, probabilities[s], List.of(fleets.get(s))));
        }
        return new FleetScenarios(clusters);
    }

    /**
     * StochasticProgramTest's house: 1 kWh interruptible demand in each of two hours, a charger; exporting pays 0.50
     * in hour 0, buying costs 0.10, unserved demand 0.22; a guest EV discharging is paid 0.10 a kWh. Scenario 1
     * (p = 0.5) brings a guest with 10 kWh to sell, scenario 2 none. Hour 0 in export mode earns 7.2 x (0.50 -
     * 0.10) = 2.88 from the guest in scenario 1 but leaves hour 0's demand unserved (-0.22, K5) in both: 0.5 x
     * 2.88 - 0.22 - 0.10 = 1.12, the optimum (import mode instead: -0.20). The decomposition's block in scenario 1
     * discharges the guest, so the shared recovery puts the house in export mode in hour 0 for both scenarios:
     * 1.12. Its bound relaxes the block house's first stage: each scenario at its own best, 0.5 x 2.56 + 0.5 x
     * (-0.20) = 1.18, the perfect-information value; the gap it reports is the 0.06 that knowing the day is worth.
     */
    @Test
    void aGuestDischargingInOneScenarioPutsItsHostInExportModeInEvery() {
        CommunityCase base = TestCommunities.periods(2)
                .house("h", h -> h.interruptible(1).charger(7.2))
                .prices(p -> p.gridBuy(0.10).gridSell(0.50, 0.0).ens(0.22).evCharge(0.10).evDischarge(0.10))
                .build();
        List<GuestEv> withEv = TestCommunities.periods(2).ev("ev", 0, 2, 0.9, 0.5).build().guestEvs();
        FleetScenarios scenarios = scenarios(List.of(withEv, List.of()), 0.5, 0.5);

        StochasticOutcome decomposed = solve(base, scenarios, SolveMethod.DECOMPOSITION);

        assertThat(decomposed.trusted()).isTrue();
        assertThat(decomposed.size().form()).contains("decomposed over K12 in 2 scenarios");
        assertThat(decomposed.expectedProfit()).isCloseTo(1.12, MONEY);
        assertThat(decomposed.solve().bound()).isCloseTo(1.18, MONEY);
        for (StochasticOutcome.Scenario s : decomposed.scenarios()) {
            assertThat(s.schedule().orElseThrow().house("h").get(HouseQuantity.EXPORT_MODE, 0))
                    .as("scenario %d", s.index()).isEqualTo(1);
        }
    }

    /**
     * Synthetic cases whose own guest EVs are split into three scenarios (all of them, every other one, none;
     * p = 0.5, 0.3, 0.2): as generated; with V2G paying (guests discharge and force export mode, so the scenarios'
     * first stages would differ if they could); with half the guests free to park in either EC (E1 relaxed).
     */
    @Test
    void theExpectedProfitIsTheDirectOptimumWithinTheReportedGapUnderABoundAboveIt() {
        CommunityCase v2g = SyntheticCase.generate(2, 6, 6, 4);
        List<CommunityCase> cases = List.of(SyntheticCase.generate(2, 6, 4, 1),
                v2g.withPrices(PoolDecompositionTest.profitableDischarge(v2g.prices())),
                SyntheticCase.generate(Shape.of(2, 6, 6).withAnyCommunityShare(0.5), 2));
        for (CommunityCase base : cases) {
            List<GuestEv> all = base.guestEvs();
            List<GuestEv> everyOther = new ArrayList<>();
            for (int e = 0; e < all.size(); e += 2) {
                everyOther.add(all.get(e));
            }
            FleetScenarios scenarios = scenarios(List.of(all, everyOther, List.of()), 0.5, 0.3, 0.2);
            String name = base.name();

            double optimum = solve(base, scenarios, SolveMethod.DIRECT).solve().objective();
            StochasticOutcome decomposed = solve(base, scenarios, SolveMethod.DECOMPOSITION);

            assertThat(decomposed.trusted()).as(name + ": checked, first stage shared").isTrue();
            SolveResult result = decomposed.solve();
            assertThat(decomposed.expectedProfit()).as(name).isCloseTo(result.objective(), MONEY);
            assertThat(result.bound()).as(name + ": bound").isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(result.objective()).as(name + ": schedules").isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(optimum - result.objective()).as(name + ": within the reported gap")
                    .isLessThanOrEqualTo(result.relativeGap() * Math.abs(result.objective()) + 1e-6);
        }
    }

    /** With one scenario the two-stage program is the day itself: the deterministic decomposition's result. */
    @Test
    void oneScenarioIsTheDeterministicDecomposition() {
        CommunityCase day = SyntheticCase.generate(2, 6, 4, 3);

        StochasticOutcome twoStage = solve(day, scenarios(List.of(day.guestEvs()), 1.0), SolveMethod.DECOMPOSITION);
        Outcome deterministic = Scheduler.run(day, EXACT, SolveMethod.DECOMPOSITION);

        assertThat(twoStage.solve().objective()).isCloseTo(deterministic.solve().objective(), MONEY);
        assertThat(twoStage.solve().bound()).isCloseTo(deterministic.solve().bound(), MONEY);
        assertThat(FirstStage.of(twoStage.scenarios().get(0).schedule().orElseThrow()))
                .isEqualTo(FirstStage.of(deterministic.schedule().orElseThrow()));
    }
}
