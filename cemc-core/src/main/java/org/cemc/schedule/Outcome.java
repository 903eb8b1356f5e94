package org.cemc.schedule;

import java.util.List;
import java.util.Optional;
import org.cemc.check.CheckReport;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;
import org.cemc.result.ProfitTable;
import org.cemc.result.Schedule;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolverSettings;

/**
 * Everything one scheduling run produced. {@link #schedule()} is present only for a solution that passed the
 * checker; an LP relaxation never has one (its objective is a bound).
 *
 * @param method how the day was solved: {@link SolveMethod#DIRECT} or {@link SolveMethod#DECOMPOSITION}
 * @param refusedEvs guest EVs that cannot reach their required state of charge at any host, with the reason
 * @param check the checker's verdict on the solution (empty when there was no solution to check)
 */
public record Outcome(CommunityCase community, SolverSettings settings, SolveMethod method, ModelSize size,
                      double buildSeconds, SolveResult solve, List<Hostability> refusedEvs,
                      Optional<CheckReport> check, Optional<Schedule> schedule, Optional<ProfitTable> profit) {

    /**
     * Sizes of the model, as the solver saw it (with the decomposition: its hosting blocks' MILPs together).
     *
     * @param form how the model was solved, in a few words ("direct MILP", or the decomposition's parts)
     */
    public record ModelSize(long variables, long constraints, long binaries, String form) {
    }

    /** What was solved, before the solver's answer: the case, the settings and the model. */
    record Setup(CommunityCase community, SolverSettings settings, SolveMethod method, ModelSize size,
                 double buildSeconds, List<Hostability> refusedEvs) {
    }

    public Outcome {
        refusedEvs = List.copyOf(refusedEvs);
    }

    /** A run that ended with nothing to check: no solution, or an LP relaxation's bound. */
    static Outcome unchecked(Setup setup, SolveResult solve) {
        return new Outcome(setup.community(), setup.settings(), setup.method(), setup.size(), setup.buildSeconds(),
                solve, setup.refusedEvs(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A checked solution: the schedule and its profit table are let out only if {@code trusted}. */
    static Outcome checked(Setup setup, SolveResult solve, CheckReport check, Schedule schedule, boolean trusted) {
        return new Outcome(setup.community(), setup.settings(), setup.method(), setup.size(), setup.buildSeconds(),
                solve, setup.refusedEvs(), Optional.of(check),
                trusted ? Optional.of(schedule) : Optional.empty(),
                trusted ? Optional.of(ProfitTable.of(setup.community(), schedule)) : Optional.empty());
    }
}
