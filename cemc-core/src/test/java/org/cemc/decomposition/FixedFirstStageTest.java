package org.cemc.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.P2P_BUYER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.Series;
import org.cemc.community.TestCommunities;
import org.cemc.model.HousePeriodSheet;
import org.cemc.model.HouseQuantity;
import org.cemc.result.FirstStage;
import org.cemc.result.HousePlan;
import org.cemc.result.Schedule;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.RunListener;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.Shape;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

/**
 * The decomposition with a first stage fixed (a schedule's export modes, P2P roles and DR curtailments replayed on
 * another day's guest EVs, as {@code cemc evaluate} does) against the direct MILP with the same first stage fixed,
 * on cases small enough to solve exactly. The checker knows nothing of a fixed first stage, so the tests check
 * that the schedule keeps it.
 */
class FixedFirstStageTest {
    private static final Offset<Double> MONEY = within(1e-6);
    private static final SolverSettings EXACT = new SolverSettings(SolverBackend.CBC, 60, 1e-9, false);

    private static Outcome replay(CommunityCase day, FirstStage firstStage, SolveMethod method) {
        return Scheduler.run(day, EXACT, method, Optional.of(firstStage), RunListener.SILENT);
    }

    /**
     * One house, one period, P2P off: PV 2 kWh, demand 2 kWh, all of it callable. Grid 0.20 to buy and 0.02 to
     * sell, DR incentive 0.05 (no fine), SWV 0.10. Free, the house self-supplies both kWh (2 x 0.10 = 0.20; curtailing
     * them and exporting its PV would earn 2 x 0.05 + 2 x 0.02 = 0.14), so it curtails nothing. With v = 1, r = 0
     * and DR = 1.5 kWh fixed: 1.5 kWh curtailed (0.075), the 0.5 kWh of demand left self-supplied (0.05), and the
     * 1.5 kWh of PV left exported (0.03): 0.155, which the bound meets as the closed form is exact.
     */
    @Test
    void aCurtailmentFixedAboveWhatTheHouseWouldChooseIsKeptAndTheRestReoptimised() {
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(2).interruptible(2).callable(2).enrolled())
                .prices(p -> p.gridBuy(0.20).gridSell(0.02).drIncentive(0.05).ens(0.22).socialWelfareValue(0.10))
                .switches(s -> s.withP2p(false))
                .build();
        EnumMap<HouseQuantity, Series> decisions = new EnumMap<>(HouseQuantity.class);
        decisions.put(EXPORT_MODE, Series.of(1));
        decisions.put(P2P_BUYER, Series.of(0));
        decisions.put(DR_CURTAILED, Series.of(1.5));
        FirstStage fixed = new FirstStage(Map.of("a", decisions));

        Outcome free = Scheduler.run(community, EXACT, SolveMethod.DECOMPOSITION);
        Outcome decomposed = replay(community, fixed, SolveMethod.DECOMPOSITION);
        Outcome direct = replay(community, fixed, SolveMethod.DIRECT);

        assertThat(free.solve().objective()).isCloseTo(0.20, MONEY);
        assertThat(free.schedule().orElseThrow().house("a").get(DR_CURTAILED, 0)).isCloseTo(0, MONEY);
        assertThat(decomposed.check().orElseThrow().passed()).isTrue();
        assertThat(decomposed.solve().objective()).isCloseTo(0.155, MONEY);
        assertThat(decomposed.solve().bound()).isCloseTo(0.155, MONEY);
        assertThat(direct.solve().objective()).isCloseTo(0.155, MONEY);
        HousePlan a = decomposed.schedule().orElseThrow().house("a");
        assertThat(a.get(DR_CURTAILED, 0)).isCloseTo(1.5, MONEY);
        assertThat(a.get(HouseQuantity.SELF_SUPPLY, 0)).isCloseTo(0.5, MONEY);
        assertThat(a.get(HouseQuantity.GRID_EXPORT, 0)).isCloseTo(1.5, MONEY);
    }

    /**
     * Each case's first stage is the direct optimum's of its own guest EVs, replayed on another seed's guest EVs
     * (the same houses): the decomposition's schedule passes the checker, keeps the first stage, earns no more than
     * the direct fixed-first-stage optimum, which its bound does not fall below and which lies within its gap.
     */
    @Test
    void theReplayByDecompositionKeepsTheFirstStageAndBracketsTheDirectReplaysOptimum() {
        for (Replay replay : replays()) {
            String name = replay.name();
            FirstStage firstStage = FirstStage.of(
                    Scheduler.run(replay.planned(), EXACT, SolveMethod.DIRECT).schedule().orElseThrow());
            Outcome direct = replay(replay.day(), firstStage, SolveMethod.DIRECT);
            assertThat(direct.solve().status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
            double optimum = direct.solve().objective();

            Outcome decomposed = replay(replay.day(), firstStage, SolveMethod.DECOMPOSITION);

            assertThat(decomposed.size().form()).as(name).contains("decomposed over K12");
            assertThat(decomposed.check().orElseThrow().passed()).as(name + ": checked").isTrue();
            assertThat(decomposed.schedule()).as(name + ": a checked schedule").isPresent();
            assertKeeps(decomposed.schedule().get(), firstStage, name);
            assertThat(decomposed.solve().objective()).as(name + ": schedule").isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(decomposed.solve().bound()).as(name + ": bound").isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(optimum - decomposed.solve().objective()).as(name + ": within the reported gap")
                    .isLessThanOrEqualTo(decomposed.solve().relativeGap() * Math.abs(decomposed.solve().objective())
                            + 1e-6);
            assertThat(decomposed.profit().orElseThrow().total()).as(name).isCloseTo(decomposed.solve().objective(),
                    MONEY);
        }
    }

    private static void assertKeeps(Schedule schedule, FirstStage firstStage, String name) {
        for (HousePlan plan : schedule.houses()) {
            for (HouseQuantity quantity : HouseQuantity.values()) {
                if (quantity.firstStage()) {
                    for (int t = 0; t < plan.series(quantity).length(); t++) {
                        assertThat(plan.get(quantity, t)).as("%s: %s %s at %d", name, plan.house(), quantity, t)
                                .isCloseTo(firstStage.get(plan.house(), quantity, t), within(1e-9));
                    }
                }
            }
        }
    }

    /** A day the first stage was planned for, and the day it is replayed on: the same houses, other guest EVs. */
    private record Replay(String name, CommunityCase planned, CommunityCase day) {
    }

    /**
     * Synthetic cases of 12 to 24 houses: as generated; with V2G paying, so guests discharge and need their hosts
     * in export mode (K4), which the fixed first stage may forbid; with guests that may park in any EC, whose E1 is
     * relaxed; with one EC, every guest competing for its few chargers.
     */
    private static List<Replay> replays() {
        List<Replay> replays = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            replays.add(replay("seed " + seed, SyntheticCase.generate(2, 6, 4, seed),
                    SyntheticCase.generate(2, 6, 4, seed + 10)));
        }
        CommunityCase v2g = SyntheticCase.generate(2, 6, 6, 4);
        CommunityCase v2gPlanned = v2g.withPrices(PoolDecompositionTest.profitableDischarge(v2g.prices()));
        replays.add(replay("v2g", v2gPlanned, SyntheticCase.generate(2, 6, 6, 14)));
        Shape anywhere = Shape.of(2, 6, 5).withAnyCommunityShare(0.6);
        CommunityCase anyPlanned = SyntheticCase.generate(anywhere, 5);
        Replay any = replay("any EC", anyPlanned.withPrices(PoolDecompositionTest.profitableDischarge(
                anyPlanned.prices())), SyntheticCase.generate(anywhere, 15));
        assertThat(new Subproblems(any.day(), HousePeriodSheet.of(any.day())).relaxation().guests())
                .as("the any-EC day has guests whose E1 is relaxed").isNotEmpty();
        replays.add(any);
        replays.add(replay("one EC", SyntheticCase.generate(1, 24, 8, 6), SyntheticCase.generate(1, 24, 8, 16)));
        return replays;
    }

    private static Replay replay(String name, CommunityCase planned, CommunityCase otherDay) {
        return new Replay(name, planned, planned.withGuestEvs(otherDay.guestEvs()));
    }
}
