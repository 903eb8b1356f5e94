package org.cemc.market;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.cemc.check.CheckReport;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;

/**
 * The community's day-ahead bid (docs/market.md): the day solved at every level of a {@link PriceSweep}, the
 * community a price-taker (its own import and export do not move the price), with the case's guest EVs as the
 * forecast of who will come. Each level's day is solved by {@link Scheduler#run} with the settings and method given
 * (AUTO decomposes large cases over the P2P pool, as {@code cemc solve} does), as many at once as the common pool
 * runs, and kept only with a checked schedule; its {@link Position} gives the curves ({@link #curve()}).
 */
public final class Bid {
    private final CommunityCase community;
    private final PriceSweep sweep;
    private final List<Level> levels;
    private final String solver;
    private final List<Hostability> refusedEvs;

    /**
     * One level's solved day.
     *
     * @param level the sweep's level (a price, or a shift of the case's prices)
     * @param position the community's position in the level's checked schedule
     * @param check the checker's verdict on that schedule (always passed: a level without one stops the bid)
     * @param relativeGap the proven relative gap (NaN when the solver proved no bound)
     */
    public record Level(double level, Position position, SolveMethod method, SolveStatus status, double objective,
                        double relativeGap, CheckReport check) {
    }

    /** A level whose day has no checked schedule: no bid can be made from the sweep. */
    public static final class LevelWithoutSchedule extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final double level;
        private final transient Outcome outcome;

        LevelWithoutSchedule(double level, Outcome outcome) {
            super("price level " + PriceSweep.plain(level) + " has no checked schedule: " + outcome.solve().status()
                    + " " + outcome.solve().message());
            this.level = level;
            this.outcome = outcome;
        }

        public double level() {
            return level;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    private Bid(CommunityCase community, PriceSweep sweep, List<Level> levels, String solver,
                List<Hostability> refusedEvs) {
        this.community = community;
        this.sweep = sweep;
        this.levels = List.copyOf(levels);
        this.solver = solver;
        this.refusedEvs = List.copyOf(refusedEvs);
    }

    /**
     * Solves {@code community} at every level of {@code sweep}, in parallel, telling {@code onLevelDone} the number
     * of levels solved so far (from several threads, one call at a time).
     *
     * @throws IllegalArgumentException when {@code settings} relax the integers (a bound has no schedule to bid)
     * @throws LevelWithoutSchedule when a level's day has no checked schedule (the lowest such level)
     */
    public static Bid run(CommunityCase community, PriceSweep sweep, SolverSettings settings, SolveMethod method,
                          IntConsumer onLevelDone) {
        if (settings.relaxIntegers()) {
            throw new IllegalArgumentException("a bid is made of checked schedules; an LP relaxation gives only a "
                    + "bound: solve without relaxing the integers");
        }
        int count = sweep.levels().size();
        // One solver process for each level solved at a time, as CommunityGame does for coalitions.
        MilpSolver.prepare(Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1));
        AtomicInteger done = new AtomicInteger();
        Outcome[] outcomes = new Outcome[count];
        IntStream.range(0, count).parallel().forEach(l -> {
            outcomes[l] = Scheduler.run(sweep.at(community, sweep.levels().get(l)), settings, method);
            synchronized (onLevelDone) {
                onLevelDone.accept(done.incrementAndGet());
            }
        });
        Level[] levels = new Level[count];
        String solver = outcomes[0].solve().solverName() + " " + outcomes[0].solve().solverVersion();
        // Which guests no charger can serve does not depend on the grid price: the same at every level.
        List<Hostability> refused = outcomes[0].refusedEvs();
        for (int l = 0; l < count; l++) {
            Outcome outcome = outcomes[l];
            double level = sweep.levels().get(l);
            if (outcome.schedule().isEmpty()) {
                throw new LevelWithoutSchedule(level, outcome);
            }
            levels[l] = new Level(level, Position.of(outcome.community(), outcome.schedule().get()), outcome.method(),
                    outcome.solve().status(), outcome.solve().objective(), outcome.solve().relativeGap(),
                    outcome.check().orElseThrow());
            outcomes[l] = null;
        }
        return new Bid(community, sweep, List.of(levels), solver, refused);
    }

    /** The case as given (its own prices). */
    public CommunityCase community() {
        return community;
    }

    public PriceSweep sweep() {
        return sweep;
    }

    /** Each level's solved day, in increasing order of level. */
    public List<Level> levels() {
        return levels;
    }

    /** The solver the levels were solved with and its version ("cbc Cbc 2.10.12 (OR-Tools ...)"). */
    public String solver() {
        return solver;
    }

    /** The guest EVs no house can bring to their required charge (the same at every level), with the reason. */
    public List<Hostability> refusedEvs() {
        return refusedEvs;
    }

    /** The community's curve of each period, from the net kWh of each level's position (scope {@link Position#ALL}). */
    public BidCurve curve() {
        double[] prices = levels.stream().mapToDouble(Level::level).toArray();
        double[][] net = new double[community.periods()][levels.size()];
        for (int t = 0; t < community.periods(); t++) {
            for (int l = 0; l < levels.size(); l++) {
                net[t][l] = levels.get(l).position().netKwh(Position.ALL, t);
            }
        }
        return BidCurve.of(prices, net);
    }
}
