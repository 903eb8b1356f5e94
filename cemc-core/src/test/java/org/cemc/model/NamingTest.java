package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.cemc.input.BuiltInCase;
import org.cemc.scenario.EvRepresentatives;
import org.junit.jupiter.api.Test;

/** Names follow {@code <owner>_<quantity>[_t<period>]} and are unique (CBC aborts the process on a duplicate). */
class NamingTest {

    @Test
    void everyVariableAndRowOfTheBuiltInModelHasItsOwnReadableName() {
        CommunityCase paper = BuiltInCase.read();
        CommunityCase withEvs = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow())
                .requests());
        LinearModel lp = SchedulingModel.build(withEvs.withSwitches(paper.switches().withExclusiveEvMode(true)))
                .linearModel();

        Stream<String> names = Stream.concat(lp.variables().stream().map(LinearModel.Variable::name),
                lp.rows().stream().map(LinearModel.Row::name));

        assertThat(names.toList()).doesNotHaveDuplicates()
                .contains("ec1-h3_self_supply_t14", "ec1-h3_interruptible_balance_t14", "rep1_soc_t10",
                        "community_p2p_pool_balance_t12", "rep2_departure_energy", "rep3_charging_mode_t12")
                .allMatch(name -> name.matches("[A-Za-z0-9.-]+_[a-z0-9_.-]+"));
    }
}
