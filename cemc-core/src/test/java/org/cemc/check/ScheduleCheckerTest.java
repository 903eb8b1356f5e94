package org.cemc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cemc.model.HouseQuantity.DR_CURTAILED;
import static org.cemc.model.HouseQuantity.EXPORT_MODE;
import static org.cemc.model.HouseQuantity.GRID_EXPORT;
import static org.cemc.model.HouseQuantity.GRID_IMPORT;
import static org.cemc.model.HouseQuantity.GRID_INTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.GRID_UNINTERRUPTIBLE;
import static org.cemc.model.HouseQuantity.P2P_BOUGHT;
import static org.cemc.model.HouseQuantity.P2P_BUYER;
import static org.cemc.model.HouseQuantity.P2P_SOLD;
import static org.cemc.model.HouseQuantity.PV_EXPORT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.Series;
import org.cemc.community.TestCommunities;
import org.cemc.result.EvPlan;
import org.cemc.result.HousePlan;
import org.cemc.model.HouseQuantity;
import org.cemc.result.Schedule;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker passes a solved schedule and catches each rule broken on purpose. */
class ScheduleCheckerTest {
    /**
     * Two hours. Seller "a": 3 kWh PV, 1 kWh interruptible (0.5 callable), a charger. Buyer "b": 3 kWh
     * interruptible, 1 kWh uninterruptible, a charger. Two guest EVs parked both hours, each hosted at one house.
     */
    private static final CommunityCase COMMUNITY = TestCommunities.periods(2)
            .house("a", h -> h.pv(3).interruptible(1).callable(0.5).charger(7.2))
            .house("b", h -> h.interruptible(3).uninterruptible(1).charger(7.2))
            .ev("ev1", 0, 2, 0.5, 0.6)
            .ev("ev2", 0, 2, 0.5, 0.6)
            .prices(p -> p.gridBuy(0.2).gridSell(0.05).p2p(0.1).ens(0.22).socialWelfareValue(0.055)
                    .drIncentive(0.05).drFine(0.03).parkingFee(1.0))
            .build();

    private static Schedule valid;
    private static double objective;

    @BeforeAll
    static void solve() {
        Outcome outcome = Scheduler.run(COMMUNITY, SolverSettings.defaults());
        valid = outcome.schedule().orElseThrow();
        objective = outcome.solve().objective();
    }

    private static List<String> brokenRules(Schedule broken) {
        return ScheduleChecker.check(COMMUNITY, broken, objective).violations().stream().map(Violation::rule).toList();
    }

    private static Schedule withHouse(String house, HouseQuantity quantity, int period, UnaryOperator<Double> change) {
        return withHouse(valid, house, quantity, period, change);
    }

    private static Schedule withHouse(Schedule base, String house, HouseQuantity quantity, int period,
                                      UnaryOperator<Double> change) {
        List<HousePlan> plans = new ArrayList<>();
        for (HousePlan plan : base.houses()) {
            if (!plan.house().equals(house)) {
                plans.add(plan);
                continue;
            }
            EnumMap<HouseQuantity, Series> values = new EnumMap<>(plan.values());
            double[] series = values.get(quantity).toArray();
            series[period] = change.apply(series[period]);
            values.put(quantity, Series.of(series));
            plans.add(new HousePlan(house, values));
        }
        return new Schedule(plans, base.evs());
    }

    private static Schedule withEv(String ev, UnaryOperator<EvPlan> change) {
        List<EvPlan> plans = valid.evs().stream().map(p -> p.ev().equals(ev) ? change.apply(p) : p).toList();
        return new Schedule(valid.houses(), plans);
    }

    private static String hostOf(String ev) {
        return valid.ev(ev).orElseThrow().host().orElseThrow();
    }

    @Test
    void theSolvedScheduleHostsBothEvsAndPasses() {
        assertThat(hostOf("ev1")).isNotEqualTo(hostOf("ev2"));
        assertThat(ScheduleChecker.check(COMMUNITY, valid, objective).passed()).isTrue();
    }

    @Test
    void k1MoreGridPurchaseThanDemand() {
        assertThat(brokenRules(withHouse("b", GRID_INTERRUPTIBLE, 0, v -> v + 0.5))).anyMatch(r -> r.startsWith("K1 "));
    }

    @Test
    void k2PvUsedTwice() {
        assertThat(brokenRules(withHouse("a", PV_EXPORT, 0, v -> v + 5))).anyMatch(r -> r.startsWith("K2 "));
    }

    @Test
    void k3ExportWithoutASource() {
        assertThat(brokenRules(withHouse("a", GRID_EXPORT, 0, v -> v + 1))).anyMatch(r -> r.startsWith("K3 "));
    }

    @Test
    void k4ExportOutsideExportMode() {
        Schedule exporting = withHouse("a", GRID_EXPORT, 1, v -> v + 0.1);
        Schedule broken = withHouse(exporting, "a", EXPORT_MODE, 1, v -> 0.0);
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("K4 "));
    }

    @Test
    void k5GridPurchaseInExportMode() {
        assertThat(valid.house("b").get(GRID_INTERRUPTIBLE, 0)).isPositive();
        assertThat(brokenRules(withHouse("b", EXPORT_MODE, 0, v -> 1.0))).anyMatch(r -> r.startsWith("K5 "));
    }

    @Test
    void k6UninterruptiblePurchaseNotMatchingDemand() {
        assertThat(brokenRules(withHouse("b", GRID_UNINTERRUPTIBLE, 0, v -> v + 1))).anyMatch(r -> r.startsWith("K6 "));
    }

    @Test
    void k7PurchasesNotAddingUp() {
        assertThat(brokenRules(withHouse("b", GRID_IMPORT, 0, v -> v + 1))).anyMatch(r -> r.startsWith("K7 "));
    }

    @Test
    void k8CurtailingMoreThanCallable() {
        assertThat(brokenRules(withHouse("a", DR_CURTAILED, 0, v -> 0.8))).anyMatch(r -> r.startsWith("K8 "));
    }

    @Test
    void k9SellingAsABuyer() {
        assertThat(valid.house("a").get(P2P_SOLD, 0)).isPositive();
        assertThat(brokenRules(withHouse("a", P2P_BUYER, 0, v -> 1.0))).anyMatch(r -> r.startsWith("K9 "));
    }

    @Test
    void k10BuyingAsASeller() {
        assertThat(valid.house("b").get(P2P_BOUGHT, 0)).isPositive();
        assertThat(brokenRules(withHouse("b", P2P_BUYER, 0, v -> 0.0))).anyMatch(r -> r.startsWith("K10 "));
    }

    @Test
    void k11BuyingMoreThanTheRemainingNeed() {
        assertThat(brokenRules(withHouse("b", P2P_BOUGHT, 0, v -> 3.5))).anyMatch(r -> r.startsWith("K11 "));
    }

    @Test
    void k12PoolOutOfBalance() {
        assertThat(brokenRules(withHouse("a", P2P_SOLD, 0, v -> v - 0.5))).anyMatch(r -> r.startsWith("K12 "));
    }

    @Test
    void aHouseSellingAndBuyingInTheSamePeriod() {
        assertThat(brokenRules(withHouse("a", P2P_BOUGHT, 0, v -> 0.1))).contains("P2P role (not both selling and buying)");
    }

    @Test
    void binariesMustBeZeroOrOne() {
        assertThat(brokenRules(withHouse("a", EXPORT_MODE, 0, v -> 0.5))).contains("binary v");
    }

    @Test
    void e1TwoHostsForOneEv() {
        Schedule broken = withEv("ev1", p -> new EvPlan(p.ev(), Map.of("a", 1.0, "b", 1.0), p.charge(),
                p.discharge(), p.soc()));
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("E1 "));
    }

    /**
     * cand(e) across ECs: "a" (ec1) and "b" (ec2) have chargers; "named" asks for ec1, "free" names none. The solved
     * schedule passes (the free EV may park in either EC); moved to b, "named" breaks E1's candidate rule.
     */
    @Test
    void e1AGuestThatNamedAnEcIsHostedOnlyThereAndOneThatNamedNoneAnywhere() {
        CommunityCase twoEcs = TestCommunities.periods(2)
                .house("a", h -> h.community("ec1").pv(3).interruptible(1).charger(7.2))
                .house("b", h -> h.community("ec2").interruptible(3).charger(7.2))
                .ev(new GuestEv("named", Optional.of("ec1"), 0, 2, 25, 0.5, 0.6, 7.2, 7.2, 1, 1))
                .ev(new GuestEv("free", Optional.empty(), 0, 2, 25, 0.5, 0.6, 7.2, 7.2, 1, 1))
                .prices(p -> p.gridBuy(0.2).gridSell(0.05).p2p(0.1).ens(0.22).parkingFee(1.0))
                .build();
        Outcome solved = Scheduler.run(twoEcs, SolverSettings.defaults());
        Schedule schedule = solved.schedule().orElseThrow();
        assertThat(schedule.ev("named").orElseThrow().host()).contains("a");
        assertThat(schedule.ev("free").orElseThrow().host()).contains("b");

        EvPlan named = schedule.ev("named").orElseThrow();
        EvPlan free = schedule.ev("free").orElseThrow();
        Schedule swapped = new Schedule(schedule.houses(), List.of(
                new EvPlan("named", Map.of("b", 1.0), Map.of("b", named.charge().get("a")),
                        Map.of("b", named.discharge().get("a")), named.soc()),
                new EvPlan("free", Map.of("a", 1.0), Map.of("a", free.charge().get("b")),
                        Map.of("a", free.discharge().get("b")), free.soc())));

        assertThat(ScheduleChecker.checkConstraints(twoEcs, schedule).passed()).isTrue();
        assertThat(ScheduleChecker.checkConstraints(twoEcs, swapped).violations()).extracting(Violation::rule)
                .contains("E1 candidate host (x = 0 outside cand(e))")
                .allMatch(rule -> !rule.startsWith("E1 ") || rule.contains("candidate host"));
    }

    @Test
    void e2TwoGuestsAtOneHouse() {
        String host = hostOf("ev1");
        String other = hostOf("ev2");
        Schedule broken = withEv("ev2", p -> new EvPlan(p.ev(), Map.of(host, 1.0, other, 0.0),
                Map.of(host, p.charge().get(other), other, Series.constant(2, 0)),
                Map.of(host, p.discharge().get(other), other, Series.constant(2, 0)), p.soc()));
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("E2 "));
    }

    @Test
    void e3ChargingAboveTheChargerPower() {
        String host = hostOf("ev1");
        Schedule broken = withEv("ev1", p -> {
            Map<String, Series> charge = new HashMap<>(p.charge());
            charge.put(host, Series.of(8, 0));
            return new EvPlan(p.ev(), p.hosting(), charge, p.discharge(), p.soc());
        });
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("E3 "));
    }

    @Test
    void e4BatteryEnergyFromNowhere() {
        Schedule broken = withEv("ev1", p -> new EvPlan(p.ev(), p.hosting(), p.charge(), p.discharge(),
                Series.of(p.soc().at(0) + 1, p.soc().at(1))));
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("E4 "));
    }

    @Test
    void e5BatteryAboveItsCapacity() {
        Schedule broken = withEv("ev1", p -> new EvPlan(p.ev(), p.hosting(), p.charge(), p.discharge(),
                Series.of(26, 26)));
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("E5 "));
    }

    @Test
    void e6LeavingBelowTheRequiredCharge() {
        // Arrives with 12.5 kWh, must leave with 0.6 * 25 = 15 kWh; a schedule that never charges leaves with 12.5.
        Map<String, Series> none = Map.of("a", Series.constant(2, 0), "b", Series.constant(2, 0));
        Schedule broken = withEv("ev1", p -> new EvPlan(p.ev(), p.hosting(), none, none, Series.constant(2, 12.5)));
        assertThat(brokenRules(broken)).anyMatch(r -> r.startsWith("E6 "));
    }

    @Test
    void anObjectiveThatTheScheduleDoesNotEarn() {
        List<String> rules = ScheduleChecker.check(COMMUNITY, valid, objective + 0.01).violations().stream()
                .map(Violation::rule).toList();
        assertThat(rules).containsExactly("objective (profit table total = solver objective)");
    }

    @Test
    void violationsNameTheHouseThePeriodAndTheAmounts() {
        Violation first = ScheduleChecker.check(COMMUNITY, withHouse("a", DR_CURTAILED, 1, v -> 0.8), objective)
                .violations().stream().filter(v -> v.rule().startsWith("K8 ")).findFirst().orElseThrow();
        assertThat(first.toString()).contains("K8", "at a", "period 1", "0.800000000 > 0.500000000");
    }

    /**
     * A two-stage program's scenarios must take the same first stage: the same schedule twice passes; one whose
     * house a leaves export mode in period 1, or curtails 0.1 kWh more there, is caught, naming the house and period;
     * a second-stage difference (more grid import) is not a first-stage matter.
     */
    @Test
    void scenariosThatTakeDifferentFirstStagesAreCaught() {
        Schedule otherMode = withHouse("a", EXPORT_MODE, 1, v -> 1 - v);
        Schedule moreCurtailed = withHouse("a", DR_CURTAILED, 1, v -> v + 0.1);
        Schedule moreImport = withHouse("a", GRID_IMPORT, 1, v -> v + 0.1);

        assertThat(ScheduleChecker.checkSharedFirstStage(List.of(valid, valid, moreImport)).passed()).isTrue();
        List<Violation> caught = ScheduleChecker.checkSharedFirstStage(List.of(valid, otherMode, moreCurtailed))
                .violations();
        assertThat(caught).extracting(v -> v.rule() + " at " + v.where() + " in " + v.period()).containsExactly(
                "first stage shared (scenario 2 = scenario 1), export_mode at a in 1",
                "first stage shared (scenario 3 = scenario 1), dr_curtailed_kwh at a in 1");
    }
}
