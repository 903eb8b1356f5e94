package org.cemc.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostabilityTest {

    @Test
    void anEvThatCannotReachItsTargetInItsStayIsRefusedWithTheAmounts() {
        // 1 h stay at 7.2 kW with 95 % efficiency adds at most 6.84 kWh; 0.5 -> 0.9 of 25 kWh needs 10 kWh.
        CommunityCase community = TestCommunities.periods(4)
                .house("a", h -> h.charger(7.2))
                .ev(new GuestEv("late", Optional.empty(), 2, 3, 25, 0.5, 0.9, 7.2, 0, 0.95, 0.95))
                .build();

        Hostability result = Hostability.of(community).get(0);

        assertThat(result.servable()).isFalse();
        assertThat(result.refusal()).get().asString().contains("10.00 kWh").contains("6.84 kWh");
    }

    @Test
    void aSmallChargerIsNoHostWhileALargerOneIs() {
        // 2 h: the 3.6 kW charger adds 7.2 kWh, the 7.2 kW one 14.4 kWh; the EV needs 10 kWh.
        CommunityCase community = TestCommunities.periods(4)
                .house("small", h -> h.charger(3.6))
                .house("large", h -> h.charger(7.2))
                .ev("ev", 1, 3, 0.5, 0.9)
                .build();

        Hostability result = Hostability.of(community).get(0);

        assertThat(result.hosts()).containsExactly(1);
    }

    @Test
    void aStayShorterThanOnePeriodCannotBeHosted() {
        // Arrives 1.5 h, leaves 2.4 h: a = ceil(1.5) = 2, d = floor(2.4) = 2, no whole period.
        CommunityCase community = TestCommunities.periods(4)
                .house("a", h -> h.charger(7.2))
                .ev("brief", 1.5, 2.4, 0.9, 0.9)
                .build();

        Hostability result = Hostability.of(community).get(0);

        assertThat(result.stay().isEmpty()).isTrue();
        assertThat(result.refusal()).get().asString().contains("covers no whole period");
    }

    @Test
    void anEvAskingForACommunityWithoutChargersIsRefused() {
        CommunityCase community = TestCommunities.periods(4)
                .house("a", h -> h.charger(7.2).community("ec1"))
                .house("b", h -> h.community("ec2"))
                .ev(new GuestEv("ev", Optional.of("ec2"), 0, 4, 25, 0.9, 0.9, 7.2, 0, 1, 1))
                .build();

        assertThat(Hostability.of(community).get(0).refusal()).get().asString()
                .contains("no house in community \"ec2\" has a charger");
    }
}
