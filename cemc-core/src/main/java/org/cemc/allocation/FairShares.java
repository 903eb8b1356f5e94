package org.cemc.allocation;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.cemc.community.SettlementRule;
import org.cemc.result.Settlement;
import org.cemc.solve.SolverSettings;

/**
 * Settlement rules side by side on one checked schedule ({@code cemc compare --settlement}): each rule's
 * {@link Allocation} and its core check, all from one {@link CommunityGame}, so a coalition is solved once for
 * every rule that needs it.
 *
 * @param allocations one per rule, in the order asked
 * @param everyCoalition whether the core check asked every coalition (up to {@link CoreCheck#MAX_CORE_HOUSES}
 *     houses); beyond, it asks only the coalitions the rules had solved (for sampled Shapley values, those the join
 *     orders passed through), which can find a blocking coalition but cannot prove there is none
 * @param coalitionsChecked how many coalitions the check asked
 * @param blocking for each allocation, its worst blocking coalition among those asked; empty when none blocks
 */
public record FairShares(List<Allocation> allocations, boolean everyCoalition, int coalitionsChecked,
                         List<Optional<CoreCheck.BlockingCoalition>> blocking) {

    public FairShares {
        allocations = List.copyOf(allocations);
        blocking = List.copyOf(blocking);
    }

    /**
     * Every rule of {@code rules} applied to {@code settlement}'s schedule, with the core check over every coalition
     * where the community is small enough, over the coalitions already solved beyond.
     *
     * @param progress given the number of coalitions about to be solved together, what to tell of each one solved
     */
    public static FairShares compare(Settlement settlement, List<SettlementRule> rules, SolverSettings settings,
                                     IntFunction<IntConsumer> progress) {
        CommunityGame game = CommunityGame.of(settlement, settings, progress);
        boolean everyCoalition = game.players() <= CoreCheck.MAX_CORE_HOUSES;
        List<Allocation> allocations = rules.stream().map(rule -> Allocation.of(rule, settlement, game)).toList();
        List<BitSet> asked = everyCoalition ? Coalitions.all(game.players()).subList(1, 1 << game.players())
                : game.solvedCoalitions();
        List<Optional<CoreCheck.BlockingCoalition>> blocking = allocations.stream()
                .map(a -> CoreCheck.worstAmong(game, asked, a.shares())).toList();
        return new FairShares(allocations, everyCoalition, asked.size(), blocking);
    }
}
