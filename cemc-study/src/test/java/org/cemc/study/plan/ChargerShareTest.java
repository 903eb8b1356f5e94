package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.community.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** charger_share: nested choices of houses, and the power each chosen house gets. */
class ChargerShareTest {

    private static House house(String id, double chargerKw) {
        Series none = Series.constant(1, 0);
        return new House(id, "ec1", chargerKw, false, none, none, none, none);
    }

    private static Set<String> withCharger(Map<String, Double> chargers) {
        return chargers.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void aLargerShareKeepsEveryChargerOfASmallerOne() {
        List<House> houses = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            houses.add(house("h" + i, 0));
        }
        ChargerShare share = new ChargerShare(houses, 42);

        Set<String> tenth = withCharger(share.chargers(0.1));
        Set<String> quarter = withCharger(share.chargers(0.25));
        Set<String> half = withCharger(share.chargers(0.5));

        // 0.1 x 20 = 2, 0.25 x 20 = 5, 0.5 x 20 = 10 houses.
        assertThat(tenth).hasSize(2);
        assertThat(quarter).hasSize(5).containsAll(tenth);
        assertThat(half).hasSize(10).containsAll(quarter);
        assertThat(withCharger(share.chargers(0))).isEmpty();
        assertThat(withCharger(share.chargers(1))).hasSize(20);
        // Another seed, another order (with 20 houses, the same two first would be a 1 in 190 coincidence).
        assertThat(withCharger(new ChargerShare(houses, 7).chargers(0.1))).isNotEqualTo(tenth);
    }

    @Test
    void aChosenHouseKeepsItsOwnChargerOrGetsTheCasesMostCommonPower() {
        // Two houses at 11 kW, one at 7.2: the most common power is 11 kW.
        List<House> houses = List.of(house("a", 11), house("b", 11), house("c", 7.2), house("d", 0), house("e", 0));
        Map<String, Double> all = new ChargerShare(houses, 1).chargers(1);

        assertThat(all).containsEntry("a", 11.0).containsEntry("b", 11.0).containsEntry("c", 7.2)
                .containsEntry("d", 11.0).containsEntry("e", 11.0);
        assertThat(new ChargerShare(List.of(house("x", 0)), 1).chargers(1)).containsEntry("x", ChargerShare.DEFAULT_KW);
    }

    @Test
    void aVariantsShareReachesTheJobsCaseAndARoundedShareIsReported(@TempDir Path folder) throws Exception {
        // The example's case of 18 houses: 0.25 x 18 = 4.5, rounded half up to 5 houses; 0.5 x 18 = 9 exactly.
        Path study = StudyFolders.realYearStudy(folder,
                Files.readString(StudyFolders.EXAMPLE.resolve("real-year-houses.csv")),
                "variants:\n  sweep:\n    charger_share: [0.25, 0.5]");

        Study read = Study.read(study);
        CommunityCase quarter = read.caseOf(new StudyJob(LocalDate.of(2025, 6, 1), read.variants().get(0)));
        CommunityCase half = read.caseOf(new StudyJob(LocalDate.of(2025, 6, 1), read.variants().get(1)));

        Set<String> quarterIds = quarter.houses().stream().filter(House::hasCharger).map(House::id)
                .collect(Collectors.toSet());
        Set<String> halfIds = half.houses().stream().filter(House::hasCharger).map(House::id)
                .collect(Collectors.toSet());
        assertThat(quarterIds).hasSize(5);
        assertThat(halfIds).hasSize(9).containsAll(quarterIds);
        assertThat(read.variants()).extracting(Variant::name)
                .containsExactly("charger-share-0.25", "charger-share-0.5");
        assertThat(read.warnings()).containsExactly(study + ", variant \"charger-share-0.25\": charger_share 0.25 of "
                + "18 houses gives 5 chargers, a share of 0.278 (rounded to whole houses).");
    }
}
