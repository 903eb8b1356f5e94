package org.cemc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.House;
import org.cemc.input.CaseReader;
import org.cemc.input.CaseWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shares and guest-EV count that shape a synthetic case, and that each moves only its own draws. */
class SyntheticCaseShapeTest {
    private static final long SEED = 11;

    @TempDir
    Path temp;

    @Test
    void withAnyCommunityShareOneNoGuestEvNamesAnEcAndTheirOtherDrawsAreThoseOfTheDefaultCase() {
        CommunityCase named = SyntheticCase.generate(Shape.of(4, 6, 40), SEED);
        CommunityCase anywhere = SyntheticCase.generate(Shape.of(4, 6, 40).withAnyCommunityShare(1), SEED);

        assertThat(named.guestEvs()).allMatch(ev -> ev.community().isPresent());
        assertThat(anywhere.guestEvs()).allMatch(ev -> ev.community().isEmpty());
        assertThat(anywhere.guestEvs()).isEqualTo(withoutCommunity(named.guestEvs()));
        assertThat(anywhere.houses()).isEqualTo(named.houses());
    }

    @Test
    void withAnyCommunityShareOneTenthSomeButNotAllGuestEvsNameNoEc() {
        CommunityCase community = SyntheticCase.generate(Shape.of(4, 6, 200).withAnyCommunityShare(0.1), SEED);

        long anywhere = community.guestEvs().stream().filter(ev -> ev.community().isEmpty()).count();
        // Binomial(200, 0.1): mean 20, standard deviation 4.2; the seed is fixed, so this is one known draw.
        assertThat(anywhere).isBetween(8L, 32L);
    }

    @Test
    void chargerShareHalfGivesAboutHalfTheHousesAChargerAndLeavesTheirOtherDrawsAlone() {
        CommunityCase third = SyntheticCase.generate(Shape.of(10, 18, 0), SEED);
        CommunityCase half = SyntheticCase.generate(Shape.of(10, 18, 0).withChargerShare(0.5), SEED);

        // Binomial(180, 0.5): mean 90, standard deviation 6.7.
        assertThat(chargers(half)).isBetween(70, 110);
        assertThat(chargers(half)).isGreaterThan(chargers(third));
        for (int i = 0; i < half.houses().size(); i++) {
            House before = third.houses().get(i);
            House after = half.houses().get(i);
            assertThat(after.pv()).as(after.id()).isEqualTo(before.pv());
            assertThat(after.drEnrolled()).as(after.id()).isEqualTo(before.drEnrolled());
        }
    }

    @Test
    void chargerShareZeroAndOneGiveNoHouseAndEveryHouseACharger() {
        assertThat(chargers(SyntheticCase.generate(Shape.of(3, 6, 0).withChargerShare(0), SEED))).isZero();
        assertThat(chargers(SyntheticCase.generate(Shape.of(3, 6, 0).withChargerShare(1), SEED))).isEqualTo(18);
    }

    @Test
    void v2gShareZeroGivesEveryGuestEvNoDischargeAndTheDefaultGivesEveryOneTheChargerPower() {
        CommunityCase none = SyntheticCase.generate(Shape.of(3, 6, 30).withV2gShare(0), SEED);
        CommunityCase all = SyntheticCase.generate(Shape.of(3, 6, 30), SEED);

        assertThat(none.guestEvs()).allMatch(ev -> ev.dischargeKw() == 0);
        assertThat(all.guestEvs()).allMatch(ev -> ev.dischargeKw() == 7.2);
        assertThat(none.guestEvs()).extracting(GuestEv::arrivalHour)
                .isEqualTo(all.guestEvs().stream().map(GuestEv::arrivalHour).toList());
    }

    @Test
    void evsPerChargerGivesRoundRatioTimesChargersGuestEvs() {
        Shape shape = Shape.of(5, 6, new Shape.GuestEvCount.PerCharger(1.5));

        CommunityCase community = SyntheticCase.generate(shape, SEED);

        assertThat(community.guestEvs()).hasSize((int) Math.round(1.5 * chargers(community)));
        assertThat(community.guestEvs()).isNotEmpty();
        assertThat(community.name()).contains(community.guestEvs().size() + " guest EVs");
    }

    @Test
    void aShapedCaseNamesItsSharesAndReadsBackAsWritten() throws IOException {
        CommunityCase generated = SyntheticCase.generate(Shape.of(3, 6, 20).withAnyCommunityShare(0.5)
                .withChargerShare(0.5).withV2gShare(0.5), SEED);
        CaseWriter.write(temp, generated);

        CommunityCase read = CaseReader.read(temp);

        assertThat(read.name()).isEqualTo(generated.name())
                .endsWith("(seed 11), any-community share 0.5, charger share 0.5, V2G share 0.5");
        assertThat(read.houses()).isEqualTo(generated.houses());
        assertThat(read.guestEvs()).isEqualTo(generated.guestEvs());
        assertThat(read.guestEvs()).anyMatch(ev -> ev.community().isEmpty())
                .anyMatch(ev -> ev.community().isPresent()).anyMatch(ev -> ev.dischargeKw() == 0)
                .anyMatch(ev -> ev.dischargeKw() > 0);
    }

    @Test
    void aShareOutsideZeroToOneOrNotANumberIsRefusedNamingIt() {
        Shape shape = Shape.of(1, 1, 1);

        assertThatThrownBy(() -> shape.withAnyCommunityShare(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("anyCommunityShare must be a share from 0 to 1; got 1.5");
        assertThatThrownBy(() -> shape.withChargerShare(-0.1)).hasMessageStartingWith("chargerShare ");
        assertThatThrownBy(() -> shape.withV2gShare(Double.NaN)).hasMessageStartingWith("v2gShare ");
        assertThatThrownBy(() -> new Shape.GuestEvCount.PerCharger(-1))
                .hasMessage("guest EVs per charger must be at least 0; got -1.0");
    }

    private static int chargers(CommunityCase community) {
        return (int) community.houses().stream().filter(h -> h.chargerKw() > 0).count();
    }

    private static List<GuestEv> withoutCommunity(List<GuestEv> evs) {
        return evs.stream().map(ev -> new GuestEv(ev.id(), Optional.empty(), ev.arrivalHour(), ev.departureHour(),
                ev.batteryKwh(), ev.socArrival(), ev.socRequired(), ev.chargeKw(), ev.dischargeKw(),
                ev.chargeEfficiency(), ev.dischargeEfficiency())).toList();
    }
}
