package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

class HousePeriodSheetTest {

    @Test
    void everyHousePeriodReadsBackItsOwnDataWhateverTheLayout() {
        // Several ECs and more periods than houses per EC, so that a house and a period swapped would show.
        CommunityCase community = SyntheticCase.generate(3, 5, 2, 11, 1, 30);
        HousePeriodSheet sheet = HousePeriodSheet.of(community);

        assertThat(sheet.houses()).isEqualTo(15);
        assertThat(sheet.periods()).isEqualTo(48);
        for (int h = 0; h < sheet.houses(); h++) {
            House house = community.houses().get(h);
            for (int t = 0; t < sheet.periods(); t++) {
                assertThat(sheet.pv(h, t)).isEqualTo(house.pv().at(t));
                assertThat(sheet.interruptible(h, t)).isEqualTo(house.interruptible().at(t));
                assertThat(sheet.uninterruptible(h, t)).isEqualTo(house.uninterruptible().at(t));
                assertThat(sheet.upper(HouseQuantity.DR_CURTAILED, h, t))
                        .isEqualTo(community.switches().dr() ? house.drCallable().at(t) : 0);
            }
        }
    }
}
