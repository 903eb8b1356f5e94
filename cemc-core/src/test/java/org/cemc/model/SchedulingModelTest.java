package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_BUYER;
import static org.cemc.model.HouseQuantity.P2P_SOLD;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Switches;
import org.cemc.community.TestCommunities;
import org.cemc.result.EvPlan;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Schedule;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hand-worked cases, one per constraint family or feature, each solved by every installed backend. Every expected
 * number is derived in the test's comment; every schedule must pass the checker.
 */
class SchedulingModelTest {
    private static final Offset<Double> MONEY = within(1e-6);

    static Outcome solve(CommunityCase community, SolverBackend backend) {
        assumeTrue(MilpSolver.isAvailable(backend), backend + " is not installed");
        Outcome outcome = Scheduler.run(community, new SolverSettings(backend, 30, 1e-9, false));
        assertThat(outcome.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(outcome.check()).get().satisfies(check -> assertThat(check.violations()).isEmpty());
        assertThat(outcome.schedule()).isPresent();
        return outcome;
    }

    /**
     * House a: 3 kWh PV, 1 kWh interruptible demand. House b: no PV, 2 kWh interruptible demand. One hour; ENS
     * priced 10 % above the grid, as in the paper, so serving demand always beats leaving it unserved.
     */
    private static CommunityCase surplusAndDeficit(UnaryOperator<Switches> switches) {
        return TestCommunities.periods(1)
                .house("a", h -> h.pv(3).interruptible(1))
                .house("b", h -> h.interruptible(2))
                .prices(p -> p.gridBuy(0.20).gridSell(0.05).p2p(0.10).ens(0.22).socialWelfareValue(0.055))
                .switches(switches)
                .build();
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void aHouseWithSurplusPvSellsItToItsNeighbourP2p(SolverBackend backend) {
        // a serves its own 1 kWh (SS = 1) and sells its 2 kWh surplus to b (PS = PB = 2) instead of exporting
        // it at 0.05 while b buys at 0.20. Nothing is bought from the grid, so the community earns only the
        // social-welfare value of SS + PS = 3 kWh: 0.055 * 3 = 0.165. P2P money moves 0.10 * 2 = 0.20 from b to a.
        Outcome outcome = solve(surplusAndDeficit(s -> s), backend);
        Schedule schedule = outcome.schedule().orElseThrow();

        assertThat(outcome.solve().objective()).isCloseTo(0.165, MONEY);
        assertThat(schedule.house("a").get(P2P_SOLD, 0)).isCloseTo(2, MONEY);
        assertThat(schedule.house("b").get(P2P_BOUGHT, 0)).isCloseTo(2, MONEY);
        assertThat(schedule.house("b").get(P2P_BUYER, 0)).isEqualTo(1);
        assertThat(outcome.profit().orElseThrow().houseTerm(ProfitTerm.P2P, "a")).isCloseTo(0.20, MONEY);
        assertThat(outcome.profit().orElseThrow().houseTerm(ProfitTerm.P2P, "b")).isCloseTo(-0.20, MONEY);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void withoutP2pTheSurplusIsExportedAndTheNeighbourBuysFromTheGrid(SolverBackend backend) {
        // a exports 2 kWh at 0.05 (+0.10), b buys 2 kWh at 0.20 (-0.40), social welfare of SS = 1 kWh (+0.055):
        // -0.245. Switching P2P off costs the community 0.165 - (-0.245) = 0.41.
        Outcome outcome = solve(surplusAndDeficit(s -> s.withP2p(false)), backend);

        assertThat(outcome.solve().objective()).isCloseTo(-0.245, MONEY);
    }

    /** One enrolled house with 2 kWh interruptible demand of which 1 kWh is callable, no PV, one hour. */
    private static CommunityCase callableLoad(UnaryOperator<Switches> switches) {
        return TestCommunities.periods(1)
                .house("a", h -> h.interruptible(2).callable(1))
                .prices(p -> p.gridBuy(0.20).ens(0.22).drIncentive(0.05).drFine(0.03).standby(0.10))
                .switches(switches)
                .build();
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void aHouseWithCallableLoadEarnsTheDrIncentive(SolverBackend backend) {
        // Curtailing the callable 1 kWh earns 0.05, avoids the 0.03 fine and avoids buying it at 0.20, so DR = 1.
        // DR term 0.05 * 1 + 0.03 * (1 - 1) = 0.05; grid -0.20 * 1; stand-by 0.10 * 1 h: total -0.05.
        Outcome outcome = solve(callableLoad(s -> s), backend);

        assertThat(outcome.schedule().orElseThrow().house("a").get(DR_CURTAILED, 0)).isCloseTo(1, MONEY);
        assertThat(outcome.profit().orElseThrow().term(ProfitTerm.DEMAND_RESPONSE)).isCloseTo(0.05, MONEY);
        assertThat(outcome.solve().objective()).isCloseTo(-0.05, MONEY);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void theFineAppliesWhenDrIsOff(SolverBackend backend) {
        // DR = 0: fine 0.03 * (0 - 1) = -0.03; grid -0.20 * 2 = -0.40; stand-by still paid +0.10: total -0.33.
        Outcome outcome = solve(callableLoad(s -> s.withDr(false)), backend);

        assertThat(outcome.profit().orElseThrow().term(ProfitTerm.DEMAND_RESPONSE)).isCloseTo(-0.03, MONEY);
        assertThat(outcome.profit().orElseThrow().term(ProfitTerm.STANDBY)).isCloseTo(0.10, MONEY);
        assertThat(outcome.solve().objective()).isCloseTo(-0.33, MONEY);
    }

    /** A 25 kWh EV at 50 % parks 2 h at a 7.2 kW charger and must leave at 90 %, charging at 95 % efficiency. */
    private static CommunityCase guestNeedingTenKwh(UnaryOperator<Switches> switches) {
        return TestCommunities.periods(3)
                .house("host", h -> h.charger(7.2))
                .ev(new GuestEv("ev", Optional.empty(), 1, 3, 25, 0.5, 0.9, 7.2, 0, 0.95, 0.95))
                .prices(p -> p.gridBuy(0.20).evCharge(0.15).parkingFee(1.0))
                .switches(switches)
                .build();
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void aGuestEvLeavesWithExactlyNinetyPercentAndPaysForWhatItCharged(SolverBackend backend) {
        // The battery needs (0.9 - 0.5) * 25 = 10 kWh, so 10 / 0.95 = 10.526316 kWh metered. Each metered kWh
        // costs the host 0.20 and earns 0.15, so it charges exactly that. Parking 1.0 * 2 h = 2.0; EV pays
        // 0.15 * 10.526316 = 1.578947; grid -0.20 * 10.526316 = -2.105263. Total 1.473684.
        Outcome outcome = solve(guestNeedingTenKwh(s -> s), backend);
        EvPlan ev = outcome.schedule().orElseThrow().ev("ev").orElseThrow();
        double metered = 10 / 0.95;

        assertThat(ev.host()).contains("host");
        assertThat(ev.soc().at(2)).isCloseTo(22.5, MONEY);
        assertThat(ev.totalCharge(1) + ev.totalCharge(2)).isCloseTo(metered, MONEY);
        assertThat(outcome.profit().orElseThrow().term(ProfitTerm.GUEST_EV_ENERGY)).isCloseTo(0.15 * metered, MONEY);
        assertThat(outcome.solve().objective()).isCloseTo(2.0 + 0.15 * metered - 0.20 * metered, MONEY);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void withoutGuestEvsNothingIsHostedAndTheirProfitIsGone(SolverBackend backend) {
        Outcome outcome = solve(guestNeedingTenKwh(s -> s.withGuestEvs(false)), backend);

        assertThat(outcome.schedule().orElseThrow().ev("ev").orElseThrow().host()).isEmpty();
        assertThat(outcome.solve().objective()).isCloseTo(0, MONEY);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void aHouseNeverHostsTwoGuestsAtOnce(SolverBackend backend) {
        // One charger, parking 1/h. first: periods 0-1, second: periods 1-2 (overlap in 1), third: period 3.
        // Hosting first and second together is forbidden (E2), so the best is one of them (2 h) plus third
        // (1 h): 3.0. Without E2 it would be 5.0.
        CommunityCase community = TestCommunities.periods(4)
                .house("host", h -> h.charger(7.2))
                .ev("first", 0, 2, 0.9, 0.9)
                .ev("second", 1, 3, 0.9, 0.9)
                .ev("third", 3, 4, 0.9, 0.9)
                .prices(p -> p.parkingFee(1.0))
                .build();

        Outcome outcome = solve(community, backend);
        Schedule schedule = outcome.schedule().orElseThrow();

        assertThat(outcome.solve().objective()).isCloseTo(3.0, MONEY);
        assertThat(schedule.ev("third").orElseThrow().host()).contains("host");
        assertThat(schedule.ev("first").orElseThrow().host().isPresent()
                ^ schedule.ev("second").orElseThrow().host().isPresent()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void anEvThatCannotBeServedIsRefusedAndLeftUnhosted(SolverBackend backend) {
        // 1 h at 7.2 kW adds 7.2 kWh but the EV needs 0.8 * 25 = 20 kWh: refused, so no parking fee is earned.
        CommunityCase community = TestCommunities.periods(2)
                .house("host", h -> h.charger(7.2))
                .ev("hungry", 0, 1, 0.1, 0.9)
                .prices(p -> p.parkingFee(5.0))
                .build();

        Outcome outcome = solve(community, backend);

        assertThat(outcome.refusedEvs()).extracting(h -> h.ev().id()).containsExactly("hungry");
        assertThat(outcome.schedule().orElseThrow().ev("hungry").orElseThrow().host()).isEmpty();
        assertThat(outcome.solve().objective()).isCloseTo(0, MONEY);
    }

    /**
     * A lossless EV at 50 % parked for 2 h that must leave at 50 %. Hour 0: export pays 0.30, the host pays the
     * EV 0.10 per kWh discharged; hour 1: charging costs the host 0.10 and the EV pays 0.10.
     */
    private static CommunityCase vehicleToGrid(UnaryOperator<Switches> switches) {
        return TestCommunities.periods(2)
                .house("host", h -> h.charger(7.2))
                .ev("ev", 0, 2, 0.5, 0.5)
                .prices(p -> p.gridBuy(0.30, 0.10).gridSell(0.30, 0.0).evCharge(0.10).evDischarge(0.10))
                .switches(switches)
                .build();
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void v2gDischargesAtTheHighExportPriceAndRechargesLater(SolverBackend backend) {
        // Discharging 7.2 kWh in hour 0 earns (0.30 - 0.10) * 7.2 = 1.44; recharging 7.2 kWh in hour 1 is
        // neutral (0.10 - 0.10). Without V2G the EV just sits: 0.
        Outcome withV2g = solve(vehicleToGrid(s -> s), backend);
        Outcome withoutV2g = solve(vehicleToGrid(s -> s.withV2g(false)), backend);

        assertThat(withV2g.solve().objective()).isCloseTo(1.44, MONEY);
        assertThat(withV2g.schedule().orElseThrow().ev("ev").orElseThrow().totalDischarge(0)).isCloseTo(7.2, MONEY);
        assertThat(withoutV2g.solve().objective()).isCloseTo(0, MONEY);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void theLpRelaxationIsABoundAndNeverASchedule(SolverBackend backend) {
        assumeTrue(MilpSolver.isAvailable(backend));
        CommunityCase community = surplusAndDeficit(s -> s);
        Outcome relaxed = Scheduler.run(community,
                new SolverSettings(backend, 30, 1e-9, true));

        assertThat(relaxed.schedule()).isEmpty();
        assertThat(relaxed.solve().objective()).isGreaterThanOrEqualTo(0.165 - 1e-9);
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void unsuppliedDemandIsPenalisedWhenExportingPaysMoreThanServingIt(SolverBackend backend) {
        // A house with 10 kWh PV and 1 kWh interruptible demand; export pays 1.00, buying costs 0.10, ENS 0.50.
        // Exporting all 10 kWh (v = 1) forbids grid purchase of the demand (K5), so the house leaves it unserved:
        // 10 * 1.00 - 0.50 = 9.50. Serving it from PV instead: 9 * 1.00 = 9.00; buying it (v = 0): no export, -0.10.
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(10).interruptible(1))
                .prices(p -> p.gridBuy(0.10).gridSell(1.00).ens(0.50))
                .build();

        Outcome outcome = solve(community, backend);

        assertThat(outcome.solve().objective()).isCloseTo(9.50, MONEY);
        assertThat(outcome.profit().orElseThrow().term(ProfitTerm.ENS_PENALTY)).isCloseTo(-0.50, MONEY);
    }
}
