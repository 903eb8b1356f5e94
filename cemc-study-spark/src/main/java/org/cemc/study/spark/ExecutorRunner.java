package org.cemc.study.spark;

import org.apache.spark.api.java.function.Function;
import org.cemc.study.plan.StudyJob;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobRunner;
import org.cemc.study.run.JobRunnerFactory;

/**
 * Runs a job on an executor. Every task of a run carries the same factory, but an executor JVM makes one runner per
 * run and shares it among its tasks, as {@link org.cemc.study.run.LocalEngine}'s workers share theirs: making one
 * reads the study (a real year's series), which would cost every task as much again. The runner of the last run
 * stays until the next run in the same JVM.
 */
final class ExecutorRunner implements Function<StudyJob, JobOutcome> {
    private static final long serialVersionUID = 1L;

    private static String lastRun;
    private static JobRunner lastRunner;

    private final String run;
    private final JobRunnerFactory runners;

    /** @param run unique to the run, so that a JVM that serves several runs tells their runners apart */
    ExecutorRunner(String run, JobRunnerFactory runners) {
        this.run = run;
        this.runners = runners;
    }

    @Override
    public JobOutcome call(StudyJob job) {
        try {
            return JobOutcome.of(runner().run(job));
        } catch (RuntimeException e) {
            return JobOutcome.failed(JobFailure.of(job.id(), e));
        }
    }

    private JobRunner runner() {
        synchronized (ExecutorRunner.class) {
            if (!run.equals(lastRun)) {
                lastRunner = runners.create();
                lastRun = run;
            }
            return lastRunner;
        }
    }
}
