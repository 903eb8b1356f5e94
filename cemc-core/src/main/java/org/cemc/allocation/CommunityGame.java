package org.cemc.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.community.House;
import org.cemc.community.SettlementRule;
import org.cemc.result.Schedule;
import org.cemc.result.Settlement;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverSettings;

/**
 * The coalition game of a case (docs/settlement.md, "Fair shares: the coalition game"): the players are its houses,
 * and {@code v(S)} is the households' money (the sum of the houses' nets, {@link Settlement#communityNet()}) of the
 * optimal schedule of the case restricted to {@code S} by {@link #coalitionCase}. Money, not the objective: what is
 * shared is what can be paid, and the social-welfare value the objective also counts is paid by nobody (each house
 * keeps its own beside its money). Coalitions are solved by {@link Scheduler#run} (method AUTO, the settings given;
 * their tie-break, on by default, makes a coalition's schedule and money the same on every solver), as many at once
 * as the common pool runs, and each value is kept, so a coalition is solved once however many rules ask for it.
 */
public final class CommunityGame implements CoalitionGame {
    /** Guests sharing able hosts beyond which the surrogate leaves them out: each costs one solve of everyone. */
    public static final int MAX_SURROGATE_GUESTS = 50;
    private final CommunityCase community;
    private final SolverSettings settings;
    private final IntFunction<IntConsumer> progress;
    /** Each guest EV's able hosts, worked out once for every coalition's case. */
    private final List<Hostability> hostability;
    private final Map<BitSet, Double> solved = new ConcurrentHashMap<>();

    /**
     * A coalition whose case has no checked schedule (nothing found within the time limit, or the checker refused
     * the solution), so its value is unknown and no allocation can be computed.
     */
    public static final class CoalitionWithoutSchedule extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CoalitionWithoutSchedule(String what, Outcome outcome) {
            super(what + " has no checked schedule: " + outcome.solve().status() + " "
                    + outcome.solve().message() + outcome.check().map(c -> " " + c.describe(3)).orElse("")
                    + "; try a longer time limit");
        }
    }

    /**
     * @param progress given the number of coalitions about to be solved together, what to tell of each one solved
     *     (the count so far)
     * @throws IllegalArgumentException for an LP relaxation, which gives a bound and no schedule to value
     */
    public CommunityGame(CommunityCase community, SolverSettings settings, IntFunction<IntConsumer> progress) {
        if (settings.relaxIntegers()) {
            throw new IllegalArgumentException("coalition values are the money of checked schedules; an LP "
                    + "relaxation gives only a bound: solve without relaxing the integers");
        }
        this.community = community;
        this.settings = settings;
        this.progress = progress;
        this.hostability = Hostability.of(community);
    }

    public CommunityGame(CommunityCase community, SolverSettings settings) {
        this(community, settings, coalitions -> done -> { });
    }

    /**
     * The game of a day already scheduled: {@code v(N)} is the money of {@code settlement}, the community's checked
     * schedule, rather than solved again, so that every allocation shares exactly the money of the schedule shown.
     */
    public static CommunityGame of(Settlement settlement, SolverSettings settings, IntFunction<IntConsumer> progress) {
        CommunityGame game = new CommunityGame(settlement.community(), settings, progress);
        game.solved.put(Coalitions.grand(game.players()), settlement.communityNet());
        return game;
    }

    /** Every coalition solved so far (the empty one never is), smaller ones first. */
    public List<BitSet> solvedCoalitions() {
        return solved.keySet().stream().map(s -> (BitSet) s.clone()).sorted(Coalitions.ORDER).toList();
    }

    @Override
    public int players() {
        return community.houses().size();
    }

    /** The ids of the houses in {@code coalition}, in case order. */
    public List<String> houseIds(BitSet coalition) {
        return coalition.stream().mapToObj(h -> community.houses().get(h).id()).toList();
    }

    /**
     * The case of the coalition {@code S}: its houses only, in the ECs they belong to (the ECs without a house of S
     * dropped), trading P2P among themselves, with the case's DR, prices and switches; and the guest EVs whose every
     * able host (a house that can bring it to its required state of charge, {@link Hostability}) is in S. A guest
     * that a house outside S could host is not S's to count on: the rest of the community may take it (an EV has
     * one host, E1). This is what S can guarantee itself, and it keeps the coalitions' optimal objectives
     * superadditive (for disjoint S and T, their schedules side by side are one of S + T's); their money follows
     * unless S + T gives up money for social-welfare value (docs/settlement.md). Giving S every guest it could host
     * instead would count a guest in the stand-alone value of each of its able hosts, and the houses alone would
     * earn more than the community.
     * The P2P clearing price stays the case's: P2P money sums to zero, so it does not change v(S). The coalition's
     * case is settled at the P2P price: it is solved for its money, not shared again.
     */
    public static CommunityCase coalitionCase(CommunityCase community, BitSet coalition) {
        return coalitionCase(community, Hostability.of(community), coalition);
    }

    private static CommunityCase coalitionCase(CommunityCase community, List<Hostability> hostability,
                                               BitSet coalition) {
        List<House> houses = coalition.stream().mapToObj(h -> community.houses().get(h)).toList();
        Set<String> ecs = new HashSet<>();
        houses.forEach(h -> ecs.add(h.community()));
        List<EnergyCommunity> communities = community.communities().stream().filter(ec -> ecs.contains(ec.id()))
                .toList();
        List<GuestEv> guaranteed = hostability.stream()
                .filter(h -> h.servable() && h.hosts().stream().allMatch(coalition::get))
                .map(Hostability::ev).toList();
        return new CommunityCase(community.name(), community.date(), community.currency(), community.grid(),
                communities, houses, guaranteed, Optional.empty(), community.prices(), community.switches(),
                SettlementRule.p2pPrice());
    }

    /**
     * The surrogate for sampling: each house's stand-alone money, and for each guest EV with several able hosts a
     * unanimity term over them worth what the guest adds to the community, {@code v(N)} minus the community's money
     * without it. A guest counts for a coalition only once all its able hosts have joined ({@link #coalitionCase}),
     * so the guests make the game's largest jumps; the surrogate takes them in closed form, and sampling estimates
     * the rest (P2P among the houses, guests competing for chargers). One solve per guest, none beyond
     * {@link #MAX_SURROGATE_GUESTS} guests, where the surrogate is the stand-alone money alone.
     */
    @Override
    public Surrogate surrogate() {
        int n = players();
        List<BitSet> coalitions = new ArrayList<>(IntStream.range(0, n).mapToObj(Coalitions::single).toList());
        coalitions.add(Coalitions.grand(n));
        double[] values = values(coalitions);
        List<Hostability> shared = hostability.stream()
                .filter(h -> h.servable() && h.hosts().size() > 1).toList();
        if (shared.size() > MAX_SURROGATE_GUESTS) {
            return Surrogate.additive(Arrays.copyOf(values, n));
        }
        CommunityCase everyone = coalitionCase(community, hostability, Coalitions.grand(n));
        List<Surrogate.Unanimity> terms = shared.parallelStream().map(guest -> {
            CommunityCase without = everyone.withGuestEvs(everyone.guestEvs().stream()
                    .filter(ev -> !ev.id().equals(guest.ev().id())).toList());
            BitSet hosts = new BitSet();
            guest.hosts().forEach(hosts::set);
            return new Surrogate.Unanimity(hosts, values[n] - money(without, "the whole community without guest EV "
                    + guest.ev().id()));
        }).toList();
        return new Surrogate(Arrays.copyOf(values, n), terms);
    }

    /**
     * {@code v(S)} of every coalition given: those not yet solved are solved in parallel (each once, however often
     * it is listed), then all are read from what was solved.
     *
     * @throws CoalitionWithoutSchedule when a coalition's case has no checked schedule
     */
    @Override
    public double[] values(List<BitSet> coalitions) {
        List<BitSet> toSolve = new ArrayList<>(new HashSet<>(coalitions.stream()
                .filter(s -> !s.isEmpty() && !solved.containsKey(s)).toList()));
        if (!toSolve.isEmpty()) {
            // One solver process for each coalition solved at a time, as the decomposition's blocks are.
            MilpSolver.prepare(Math.min(toSolve.size(), ForkJoinPool.getCommonPoolParallelism() + 1));
            IntConsumer solvedSoFar = progress.apply(toSolve.size());
            AtomicInteger done = new AtomicInteger();
            toSolve.parallelStream().forEach(s -> {
                solved.put((BitSet) s.clone(), solve(s));
                solvedSoFar.accept(done.incrementAndGet());
            });
        }
        return coalitions.stream().mapToDouble(s -> s.isEmpty() ? 0 : solved.get(s)).toArray();
    }

    private double solve(BitSet coalition) {
        return money(coalitionCase(community, hostability, coalition), "coalition " + houseIds(coalition));
    }

    /** The households' money of {@code restricted}'s checked optimal schedule; {@code what} names it in an error. */
    private double money(CommunityCase restricted, String what) {
        Outcome outcome = Scheduler.run(restricted, settings, SolveMethod.AUTO);
        Schedule schedule = outcome.schedule().orElseThrow(() -> new CoalitionWithoutSchedule(what, outcome));
        return Settlement.of(restricted, schedule).communityNet();
    }
}
