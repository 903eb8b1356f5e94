package org.cemc.study.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cemc.community.CommunityCase;
import org.cemc.result.Flow;
import org.cemc.result.ProfitTable;
import org.cemc.result.ProfitTerm;
import org.cemc.result.Settlement;
import org.cemc.schedule.Comparison;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.cemc.study.plan.StudyJob;

/**
 * Runs one job: its case scheduled as {@code cemc solve} schedules a case (the same method, solver settings and
 * checker: only a schedule the checker passed counts), and, to tell who gains, the day again with every house
 * standing alone ({@link Comparison.Scheme#STANDALONE}), also checked.
 */
public final class JobRunner {
    private final Function<StudyJob, CommunityCase> cases;
    private final SolverSettings settings;
    private final SolveMethod method;

    /** @param cases each job's case ({@link org.cemc.study.plan.Study#caseOf}) */
    public JobRunner(Function<StudyJob, CommunityCase> cases, SolverSettings settings, SolveMethod method) {
        this.cases = cases;
        this.settings = settings;
        this.method = method;
    }

    public JobResult run(StudyJob job) {
        CommunityCase community = cases.apply(job);
        Outcome outcome = Scheduler.run(community, settings, method);
        String date = job.date().toString();
        String variant = job.variant().name();
        if (outcome.schedule().isEmpty()) {
            return new JobResult(date, variant, JobResult.NO_SCHEDULE, Double.NaN, outcome.solve().relativeGap(),
                    Map.of(), outcome.solve().solveSeconds(), community.periods(), List.of());
        }
        CommunityCase alone = Comparison.Scheme.STANDALONE.restrict(community);
        // Standing alone nothing couples the houses (no P2P, no guest EVs), and the decomposition solves each house
        // in each period exactly in closed form: the same optimum as the MILP, without one.
        Outcome standalone = Scheduler.run(alone, settings, SolveMethod.DECOMPOSITION);
        if (standalone.schedule().isEmpty()) {
            throw new IllegalStateException("job " + job.id() + ": the day with every house standing alone has no "
                    + "checked schedule (" + standalone.solve().status() + " " + standalone.solve().message() + ")");
        }
        Settlement settlement = Settlement.of(community, outcome.schedule().get());
        Settlement aloneSettlement = Settlement.of(alone, standalone.schedule().get());
        ProfitTable profit = outcome.profit().orElseThrow();
        Map<String, Double> terms = new LinkedHashMap<>();
        for (ProfitTerm term : ProfitTerm.values()) {
            terms.put(term.key(), profit.term(term));
        }
        List<JobResult.HouseDay> houses = new ArrayList<>();
        for (int h = 0; h < community.houses().size(); h++) {
            Map<String, Double> flows = new LinkedHashMap<>();
            for (Flow flow : Flow.values()) {
                flows.put(flow.key(), settlement.total(h, flow));
            }
            houses.add(new JobResult.HouseDay(community.houses().get(h).id(), community.houses().get(h).community(),
                    settlement.net(h), settlement.socialWelfareValue(h), aloneSettlement.net(h), flows));
        }
        return new JobResult(date, variant, outcome.solve().status().name(), profit.total(),
                outcome.solve().relativeGap(), terms, outcome.solve().solveSeconds(), community.periods(), houses);
    }
}
