package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cemc.check.ScheduleChecker;
import org.cemc.check.Violation;
import org.cemc.community.CommunityCase;
import org.cemc.community.Series;
import org.cemc.community.TestCommunities;
import org.cemc.result.HousePlan;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.junit.jupiter.api.Test;

/**
 * K11 {@code PB <= ID - SS - DR} is implied by K1 ({@code SS + DR + GI + PB + ENS = ID} with every term
 * {@code >= 0}), so the model does not state it; the checker checks it.
 */
class P2pNeedTest {

    @Test
    void theModelStatesNoRowBeyondItsFamiliesSoNoK11Row() {
        // Two houses, two overlapping guest EVs able to park at both, exclusive EV mode on: every family states
        // rows here. The whole model's rows are exactly the families' rows, so K11 has no row under any name.
        CommunityCase community = TestCommunities.periods(3)
                .house("a", h -> h.pv(3).interruptible(1).uninterruptible(0.5).callable(0.5).charger(7.2))
                .house("b", h -> h.interruptible(2).charger(7.2))
                .ev("ev1", 0, 2, 0.5, 0.6)
                .ev("ev2", 1, 3, 0.5, 0.6)
                .switches(s -> s.withExclusiveEvMode(true))
                .build();
        FamilyVerifier verifier = FamilyVerifier.of(community);
        List<String> familyRows = new ArrayList<>();
        familyRows.addAll(verifier.family(InterruptibleBalance::add).rowNames());
        familyRows.addAll(verifier.family(PvSplit::add).rowNames());
        familyRows.addAll(verifier.family(GridExport::add).rowNames());
        familyRows.addAll(verifier.family(InterruptibleImportLimit::add).rowNames());
        familyRows.addAll(verifier.family(GridImport::add).rowNames());
        familyRows.addAll(verifier.family(P2pRole::add).rowNames());
        familyRows.addAll(verifier.family(P2pPoolBalance::add).rowNames());
        familyRows.addAll(verifier.family(GuestEvHosting::add).rowNames());
        familyRows.addAll(verifier.family(GuestEvCharging::add).rowNames());
        familyRows.addAll(verifier.family(GuestEvBattery::add).rowNames());

        List<String> modelRows = SchedulingModel.build(community).linearModel().rows().stream()
                .map(LinearModel.Row::name).toList();

        assertThat(modelRows).containsExactlyInAnyOrderElementsOf(familyRows);
    }

    @Test
    void theCheckerFlagsBuyingMoreP2pThanTheRemainingNeed() {
        // One hour, every price 0. Seller a: 3 kWh PV, sells 2. Buyer b: 1 kWh PV, 2 kWh interruptible demand;
        // it self-supplies 1 and buys 2 P2P (r = 1). K10 holds (2 <= 1 * 2), K12 holds (2 = 2), but
        // K11: PB = 2 > ID - SS - DR = 2 - 1 - 0 = 1, and K1: 1 + 2 = 3 != 2. Nothing else is broken.
        CommunityCase community = TestCommunities.periods(1)
                .house("a", h -> h.pv(3))
                .house("b", h -> h.pv(1).interruptible(2))
                .build();
        Schedule schedule = new Schedule(List.of(
                plan("a", Map.of(HouseQuantity.P2P_SOLD, 2.0)),
                plan("b", Map.of(HouseQuantity.SELF_SUPPLY, 1.0, HouseQuantity.P2P_BOUGHT, 2.0,
                        HouseQuantity.P2P_BUYER, 1.0))), List.of());
        double profit = ProfitTable.of(community, schedule).total();

        List<Violation> violations = ScheduleChecker.check(community, schedule, profit).violations();

        assertThat(violations).extracting(v -> v.rule().split(" ")[0] + " at " + v.where())
                .containsExactlyInAnyOrder("K1 at b", "K11 at b");
    }

    /** A one-period plan with the given values and 0 for every other quantity. */
    private static HousePlan plan(String house, Map<HouseQuantity, Double> values) {
        EnumMap<HouseQuantity, Series> series = new EnumMap<>(HouseQuantity.class);
        for (HouseQuantity quantity : HouseQuantity.values()) {
            series.put(quantity, Series.of(values.getOrDefault(quantity, 0.0)));
        }
        return new HousePlan(house, series);
    }
}
