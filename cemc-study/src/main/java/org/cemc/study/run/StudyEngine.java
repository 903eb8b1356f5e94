package org.cemc.study.run;

import java.util.List;
import org.cemc.study.plan.StudyJob;

/** Runs a study's jobs somewhere: in this JVM ({@link LocalEngine}) or on a cluster. */
public interface StudyEngine {
    /**
     * Runs every job of {@code jobs} with runners {@code runners} makes, storing each result in {@code store} as
     * soon as it is there, and tells {@code progress}; returns the jobs that ended in an error, which store no
     * result.
     */
    List<JobFailure> run(List<StudyJob> jobs, JobRunnerFactory runners, ResultStore store, StudyProgress progress);
}
