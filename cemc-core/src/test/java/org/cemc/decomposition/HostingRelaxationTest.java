package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.community.TestCommunities;
import org.cemc.model.HousePeriodSheet;
import org.cemc.result.EvPlan;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.Shape;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

/**
 * E1 relaxed for guest EVs that may park in several ECs: such guests link no hosting block, the bound adds each
 * one's multiplier, and the schedule hosts each at most once. Checked against the direct MILP on cases small enough
 * to solve exactly, and on hand-worked cases.
 */
class HostingRelaxationTest {
    private static final Offset<Double> MONEY = within(1e-6);
    private static final SolverSettings SETTINGS = new SolverSettings(SolverBackend.CBC, 60, 1e-9, false);

    /**
     * Houses a (EC ec1) and b (EC ec2), each with a 7.2 kW charger and nothing else: no PV, no demand, not
     * enrolled, so each earns 0 on its own. Guest EV g may park at either, from 0 h to 4 h (periods 0-3), with
     * 12.5 of 25 kWh and lossless charging, and must leave with 22.5 kWh. Grid 0.10 both ways; g pays its host 0.30
     * per kWh charged (which the host buys at 0.10: 0.20 a kWh) and is paid 0.30 per kWh discharged (which the
     * host exports at 0.10: -0.20 a kWh, so g never discharges); parking 1 per hour.
     *
     * <p>The optimum: g at either house, 4 x 1 = 4.00 of parking, and its battery filled, 12.5 kWh at 0.20 = 2.50;
     * total 6.50. g's ceiling ignores its battery: 4.00 of parking plus 0.20 a kWh on a full 7.2 kWh every period
     * of its stay, 4 x 7.2 x 0.20 = 5.76, so 9.76. Alone at an idle 7.2 kW charger its battery holds it to 6.50, its
     * multiplier. The bound: the houses' 0 plus 6.50. Counting g's copy at each house would give 2 x 6.50; with the
     * deadline passed before the idle charger's MILP, the multiplier is the ceiling, 9.76.
     */
    @Test
    void aGuestOfTwoEcsIsBoundedByWhatItEarnsAloneAndHostedOnceAtTheFirstFreeCharger() {
        CommunityCase community = TestCommunities.periods(4)
                .house("a", h -> h.community("ec1").charger(7.2))
                .house("b", h -> h.community("ec2").charger(7.2))
                .prices(p -> p.gridBuy(0.10).gridSell(0.10).evCharge(0.30).evDischarge(0.30).parkingFee(1))
                .ev("g", 0, 4, 0.5, 0.9)
                .build();
        HousePeriodSheet sheet = HousePeriodSheet.of(community);
        Subproblems subproblems = new Subproblems(community, sheet);
        List<Hostability> relaxed = subproblems.relaxation().guests();

        Outcome decomposed = Scheduler.run(community, SETTINGS, SolveMethod.DECOMPOSITION);
        Outcome direct = Scheduler.run(community, SETTINGS, SolveMethod.DIRECT);

        assertThat(direct.solve().objective()).isCloseTo(6.50, MONEY);
        assertThat(subproblems.blocks()).as("g links no block").isEmpty();
        assertThat(relaxed).extracting(guest -> guest.ev().id()).containsExactly("g");
        assertThat(Subproblems.guestCeiling(community, sheet, relaxed.get(0).ev(), 7.2)).isCloseTo(9.76, MONEY);
        assertThat(HostingRelaxation.multipliers(community, sheet, relaxed, SETTINGS, Deadline.in(60)))
                .containsExactly(new double[] {6.50}, MONEY);
        assertThat(HostingRelaxation.multipliers(community, sheet, relaxed, SETTINGS, Deadline.in(0)))
                .containsExactly(new double[] {9.76}, MONEY);
        assertThat(decomposed.solve().bound()).isCloseTo(6.50, MONEY);
        assertThat(decomposed.solve().objective()).isCloseTo(6.50, MONEY);
        assertThat(decomposed.check().orElseThrow().passed()).isTrue();
        EvPlan g = decomposed.schedule().orElseThrow().ev("g").orElseThrow();
        assertThat(g.host()).contains("a");
        assertThat(g.soc().at(3)).isCloseTo(25, MONEY);
    }

    /**
     * As above but g's energy at the grid's price (0.10 both ways), so charging earns nothing and g's ceiling is its
     * parking fee, 4.00, which is also what hosting it earns: the relaxation costs the bound nothing, and the
     * decomposition proves the optimum, 4.00.
     */
    @Test
    void aGuestWhoseEnergyEarnsNothingCostsTheBoundNothing() {
        CommunityCase community = TestCommunities.periods(4)
                .house("a", h -> h.community("ec1").charger(7.2))
                .house("b", h -> h.community("ec2").charger(7.2))
                .prices(p -> p.gridBuy(0.10).gridSell(0.10).parkingFee(1))
                .ev("g", 0, 4, 0.5, 0.9)
                .build();

        Outcome decomposed = Scheduler.run(community, SETTINGS, SolveMethod.DECOMPOSITION);

        assertThat(decomposed.solve().bound()).isCloseTo(4.00, MONEY);
        assertThat(decomposed.solve().objective()).isCloseTo(4.00, MONEY);
        assertThat(decomposed.check().orElseThrow().passed()).isTrue();
    }

    /**
     * Three guests that may park in either EC, all there from 0 h to 4 h, and two chargers (a in ec1, b in ec2): E2
     * lets at most two be hosted, 8.00 of parking (energy at the grid's price earns nothing). Each guest's copy
     * would take a charger, so the relaxed bound counts all three, 12.00; the schedule hosts g1 at a, g2 at b (the
     * free chargers in the case's order) and leaves g3 unhosted, each guest at most once.
     */
    @Test
    void guestsBeyondTheFreeChargersAreLeftUnhostedAndNoGuestIsHostedTwice() {
        CommunityCase community = TestCommunities.periods(4)
                .house("a", h -> h.community("ec1").charger(7.2))
                .house("b", h -> h.community("ec2").charger(7.2))
                .prices(p -> p.gridBuy(0.10).gridSell(0.10).parkingFee(1))
                .ev("g1", 0, 4, 0.5, 0.9)
                .ev("g2", 0, 4, 0.5, 0.9)
                .ev("g3", 0, 4, 0.5, 0.9)
                .build();

        Outcome decomposed = Scheduler.run(community, SETTINGS, SolveMethod.DECOMPOSITION);

        assertThat(decomposed.solve().bound()).isCloseTo(12.00, MONEY);
        assertThat(decomposed.solve().objective()).isCloseTo(8.00, MONEY);
        assertThat(decomposed.check().orElseThrow().passed()).isTrue();
        assertThat(decomposed.schedule().orElseThrow().evs()).extracting(plan -> plan.host().orElse("none"))
                .containsExactly("a", "b", "none");
    }

    /**
     * Synthetic cases of 2 or 3 ECs where about half the guest EVs may park anywhere: as generated, with V2G
     * paying (so placed guests discharge and force their hosts into export mode), and with a charger at a quarter
     * of the houses (so placed guests compete with the blocks' for chargers). Each case has relaxed guests and
     * no block beyond an EC; the decomposition's schedule passes the checker, earns no more than the direct
     * optimum, its bound is no lower, and the optimum lies within the gap it reports.
     */
    @Test
    void withGuestsFreeToParkAnywhereTheDecompositionBoundsTheDirectOptimumWithinItsGap() {
        for (CommunityCase community : casesWithGuestsFreeToParkAnywhere()) {
            String name = community.name();
            Subproblems subproblems = new Subproblems(community, HousePeriodSheet.of(community));
            assertThat(subproblems.relaxation().guests()).as(name + ": relaxed guests").isNotEmpty();
            for (HostingBlocks.Block block : subproblems.blocks()) {
                assertThat(block.houses().stream().map(h -> community.houses().get(h).community()).distinct())
                        .as(name + ": a block within one EC").hasSize(1);
            }

            Outcome direct = Scheduler.run(community, SETTINGS, SolveMethod.DIRECT);
            assertThat(direct.solve().status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
            double optimum = direct.solve().objective();
            Outcome decomposed = Scheduler.run(community, SETTINGS, SolveMethod.DECOMPOSITION);

            assertThat(decomposed.check().orElseThrow().passed()).as(name + ": checked").isTrue();
            assertThat(decomposed.solve().bound()).as(name + ": bound").isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(decomposed.solve().objective()).as(name + ": schedule").isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(optimum - decomposed.solve().objective()).as(name + ": within the reported gap")
                    .isLessThanOrEqualTo(decomposed.solve().relativeGap() * Math.abs(decomposed.solve().objective())
                            + 1e-6);
        }
    }

    /**
     * A time limit too short for any step: the multipliers fall back to the guests' ceilings (no one-guest MILP
     * starts), placed guests whose block cannot start are left unhosted, and the result is still a checked schedule
     * under a bound no lower than the optimum.
     */
    @Test
    void aTimeLimitTooShortForAnyStepStillBoundsTheOptimumWithRelaxedGuests() {
        CommunityCase community = SyntheticCase.generate(Shape.of(3, 4, 5).withAnyCommunityShare(0.5), 2);
        double optimum = Scheduler.run(community, SETTINGS, SolveMethod.DIRECT).solve().objective();

        Outcome rushed = Scheduler.run(community, new SolverSettings(SolverBackend.CBC, 1e-6, 1e-9, false),
                SolveMethod.DECOMPOSITION);

        assertThat(rushed.check().orElseThrow().passed()).isTrue();
        assertThat(rushed.solve().bound()).isGreaterThanOrEqualTo(optimum - 1e-6);
        assertThat(rushed.solve().objective()).isLessThanOrEqualTo(optimum + 1e-6);
    }

    /** The progress a run reports ends at the units it announced, the relaxed guests' placements included. */
    @Test
    void progressEndsAtTheAnnouncedStepsWithRelaxedGuests() {
        CommunityCase community = SyntheticCase.generate(Shape.of(3, 4, 5).withAnyCommunityShare(0.5), 1);
        PoolDecomposition decomposition = new PoolDecomposition(community, SETTINGS);
        List<Integer> reported = new ArrayList<>();

        decomposition.run(reported::add);

        assertThat(new Subproblems(community, HousePeriodSheet.of(community)).relaxation().guests()).isNotEmpty();
        assertThat(reported).last().isEqualTo(decomposition.steps());
    }

    private static List<CommunityCase> casesWithGuestsFreeToParkAnywhere() {
        List<CommunityCase> cases = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            cases.add(SyntheticCase.generate(Shape.of(3, 4, 5).withAnyCommunityShare(0.5), seed));
        }
        CommunityCase v2g = SyntheticCase.generate(Shape.of(2, 6, 6).withAnyCommunityShare(0.5), 4);
        cases.add(v2g.withPrices(PoolDecompositionTest.profitableDischarge(v2g.prices())));
        cases.add(SyntheticCase.generate(Shape.of(2, 6, 5).withAnyCommunityShare(0.5).withChargerShare(0.25), 5));
        return cases;
    }
}
