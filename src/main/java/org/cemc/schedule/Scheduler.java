package org.cemc.schedule;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cemc.check.CheckReport;
import org.cemc.check.ScheduleChecker;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.model.LinearModel;
import org.cemc.model.SchedulingModel;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;

/** Schedules one day: builds the model, solves it, and lets a schedule out only once the checker passed it. */
public final class Scheduler {
    private Scheduler() {
    }

    public static Outcome run(CommunityCase community, SolverSettings settings) {
        return run(community, settings, refused -> { });
    }

    /** As {@link #run(CommunityCase, SolverSettings)}, telling {@code beforeSolving} which EVs cannot be served. */
    public static Outcome run(CommunityCase community, SolverSettings settings,
                              Consumer<List<Hostability>> beforeSolving) {
        long start = System.nanoTime();
        SchedulingModel model = SchedulingModel.build(community);
        LinearModel lp = model.linearModel();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        List<Hostability> refused = model.hostability().stream().filter(h -> !h.servable()).toList();
        Outcome.ModelSize size = new Outcome.ModelSize(lp.variableCount(), lp.rowCount(), lp.binaryCount());
        beforeSolving.accept(refused);

        SolveResult result = MilpSolver.solve(lp, settings);
        if (!result.status().hasSolution() || settings.relaxIntegers()) {
            return new Outcome(community, settings, size, buildSeconds, result, refused, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        Schedule schedule = model.schedule(result.values());
        CheckReport check = ScheduleChecker.check(community, schedule, result.objective());
        boolean trusted = check.passed() && result.solverVerified();
        return new Outcome(community, settings, size, buildSeconds, result, refused, Optional.of(check),
                trusted ? Optional.of(schedule) : Optional.empty(),
                trusted ? Optional.of(ProfitTable.of(community, schedule)) : Optional.empty());
    }
}
