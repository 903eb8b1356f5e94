package org.cemc.study.spark;

import java.io.Serializable;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobResult;

/** What an executor sends back for one job: its result, or the failure that left it without one. */
record JobOutcome(JobResult result, JobFailure failure) implements Serializable {
    private static final long serialVersionUID = 1L;

    static JobOutcome of(JobResult result) {
        return new JobOutcome(result, null);
    }

    static JobOutcome failed(JobFailure failure) {
        return new JobOutcome(null, failure);
    }
}
