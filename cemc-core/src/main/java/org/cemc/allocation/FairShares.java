package org.cemc.allocation;

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
 * @param coreChecked whether the core check was made: only up to {@link CoreCheck#MAX_CORE_HOUSES} houses
 * @param blocking for each allocation, its worst blocking coalition ({@link CoreCheck#worstBlockingCoalition});
 *     empty when it is in the core, or when the check was not made
 */
public record FairShares(List<Allocation> allocations, boolean coreChecked,
                         List<Optional<CoreCheck.BlockingCoalition>> blocking) {

    public FairShares {
        allocations = List.copyOf(allocations);
        blocking = List.copyOf(blocking);
    }

    /**
     * Every rule of {@code rules} applied to {@code settlement}'s schedule, with the core check where the community
     * is small enough.
     *
     * @param progress given the number of coalitions about to be solved together, what to tell of each one solved
     */
    public static FairShares compare(Settlement settlement, List<SettlementRule> rules, SolverSettings settings,
                                     IntFunction<IntConsumer> progress) {
        CommunityGame game = CommunityGame.of(settlement, settings, progress);
        boolean checkCore = game.players() <= CoreCheck.MAX_CORE_HOUSES;
        List<Allocation> allocations = rules.stream().map(rule -> Allocation.of(rule, settlement, game)).toList();
        List<Optional<CoreCheck.BlockingCoalition>> blocking = allocations.stream()
                .map(a -> checkCore ? CoreCheck.worstBlockingCoalition(game, a.shares())
                        : Optional.<CoreCheck.BlockingCoalition>empty())
                .toList();
        return new FairShares(allocations, checkCore, blocking);
    }
}
