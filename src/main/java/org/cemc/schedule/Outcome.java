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
 * @param refusedEvs guest EVs that cannot reach their required state of charge at any host, with the reason
 * @param check the checker's verdict on the solution (empty when there was no solution to check)
 */
public record Outcome(CommunityCase community, SolverSettings settings, ModelSize size, double buildSeconds,
                      SolveResult solve, List<Hostability> refusedEvs, Optional<CheckReport> check,
                      Optional<Schedule> schedule, Optional<ProfitTable> profit) {

    /**
     * Sizes of the model, as the solver saw it (with the decomposition: its hosting blocks' MILPs together).
     *
     * @param form how the model was solved, in a few words ("direct MILP", or the decomposition's parts)
     */
    public record ModelSize(long variables, long constraints, long binaries, String form) {
    }

    public Outcome {
        refusedEvs = List.copyOf(refusedEvs);
    }
}
