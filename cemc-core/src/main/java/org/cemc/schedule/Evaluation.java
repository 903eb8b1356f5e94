package org.cemc.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.result.FirstStage;
import org.cemc.solve.SolverSettings;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Out-of-sample evaluation of a day-ahead schedule: its first-stage decisions replayed on days of guest EVs it was
 * not built from, the rest re-optimised each day; and, for comparison, each day solved with full knowledge of its
 * guest EVs (the perfect-information bound).
 */
public record Evaluation(List<Day> days) {

    /**
     * One evaluated day: its guest EVs, how many were hosted, the schedule's profit, the replay's proven relative
     * gap (its second stage re-optimised to within it) and the best possible.
     */
    public record Day(int index, int guestEvs, int hosted, double profit, double replayGap,
                      double perfectInformationProfit) {
    }

    public Evaluation {
        days = List.copyOf(days);
    }

    /**
     * @param method how each day is solved, both the replay of the first stage and with perfect information
     * @param parallelism how many days are evaluated at once, each by its own solver processes; the days and their
     *     order are the same whatever it is
     * @param onDayDone called with the number of days done so far (1, 2, ... in turn, from one thread at a time),
     *     for a progress display
     */
    public static Evaluation run(CommunityCase base, FirstStage firstStage, List<List<GuestEv>> fleets,
                                 SolverSettings settings, SolveMethod method, boolean perfectInformation,
                                 int parallelism, IntConsumer onDayDone) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("at least one day at a time; got " + parallelism);
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, fleets.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "cemc-evaluate");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Day>> days = new ArrayList<>();
            for (int i = 0; i < fleets.size(); i++) {
                int index = i;
                days.add(pool.submit(() -> {
                    Day day = evaluate(base.withGuestEvs(fleets.get(index)), index, firstStage, settings, method,
                            perfectInformation);
                    synchronized (done) {
                        onDayDone.accept(done.incrementAndGet());
                    }
                    return day;
                }));
            }
            List<Day> evaluated = new ArrayList<>();
            for (Future<Day> day : days) {
                evaluated.add(day.get());
            }
            return new Evaluation(evaluated);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating days", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Day evaluate(CommunityCase day, int index, FirstStage firstStage, SolverSettings settings,
                                SolveMethod method, boolean perfectInformation) {
        Outcome replay = trusted(Scheduler.run(day, settings, method, Optional.of(firstStage),
                RunListener.SILENT), index);
        double best = perfectInformation
                ? trusted(Scheduler.run(day, settings, method), index).profit().orElseThrow().total() : Double.NaN;
        int hosted = (int) replay.schedule().orElseThrow().evs().stream().filter(ev -> ev.host().isPresent()).count();
        return new Day(index + 1, day.guestEvs().size(), hosted, replay.profit().orElseThrow().total(),
                replay.solve().relativeGap(), best);
    }

    private static Outcome trusted(Outcome outcome, int day) {
        if (outcome.schedule().isEmpty()) {
            throw new IllegalStateException("day " + (day + 1) + " has no checked schedule: " + outcome.solve().status()
                    + " " + outcome.solve().message() + " " + outcome.check().map(c -> c.describe(5)).orElse(""));
        }
        return outcome;
    }

    public double meanProfit() {
        return days.stream().mapToDouble(Day::profit).average().orElse(Double.NaN);
    }

    /** The {@code p}-th percentile of the daily profit (p in (0, 100]). */
    public double profitPercentile(double p) {
        return new Percentile(p).evaluate(days.stream().mapToDouble(Day::profit).toArray());
    }

    /** The largest proven relative gap of any day's replay. */
    public double worstReplayGap() {
        return days.stream().mapToDouble(Day::replayGap).max().orElse(Double.NaN);
    }

    public double meanPerfectInformationProfit() {
        return days.stream().mapToDouble(Day::perfectInformationProfit).average().orElse(Double.NaN);
    }

    /** Share of all guest EVs of all days that were not hosted. */
    public double unservedShare() {
        int evs = days.stream().mapToInt(Day::guestEvs).sum();
        int hosted = days.stream().mapToInt(Day::hosted).sum();
        return evs == 0 ? 0 : (double) (evs - hosted) / evs;
    }

    /** Share of days on which at least one guest EV was not hosted. */
    public double daysWithUnservedShare() {
        return (double) days.stream().filter(d -> d.hosted() < d.guestEvs()).count() / days.size();
    }
}
