package org.cemc.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.House;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;

class ProfitTableTest {
    private static final double MONEY = 1e-9;

    @Test
    void eachCommunitysTermsAreItsOwnHousesTermsAndTheCommunitiesAddUpToTheWhole() {
        CommunityCase community = SyntheticCase.generate(3, 4, 3, 7);
        Schedule schedule = Scheduler.run(community, SolverSettings.defaults()).schedule().orElseThrow();

        ProfitTable profit = ProfitTable.of(community, schedule);

        double overCommunities = 0;
        for (EnergyCommunity ec : community.communities()) {
            for (ProfitTerm term : ProfitTerm.values()) {
                double ownHouses = community.houses().stream().filter(h -> h.community().equals(ec.id()))
                        .mapToDouble(h -> profit.houseTerm(term, h.id())).sum();
                assertThat(profit.term(term, ec.id())).isCloseTo(ownHouses, within(MONEY));
            }
            overCommunities += profit.total(ec.id());
        }
        assertThat(overCommunities).isCloseTo(profit.total(), within(MONEY));
        for (ProfitTerm term : ProfitTerm.values()) {
            double overHouses = community.houses().stream().map(House::id)
                    .mapToDouble(id -> profit.houseTerm(term, id)).sum();
            assertThat(profit.term(term)).isCloseTo(overHouses, within(MONEY));
        }
        assertThat(profit.term(ProfitTerm.values()[0], "no-such-ec")).isZero();
        assertThatThrownBy(() -> profit.houseTerm(ProfitTerm.values()[0], "no-such-house"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
