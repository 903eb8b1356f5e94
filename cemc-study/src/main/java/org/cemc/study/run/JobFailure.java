package org.cemc.study.run;

/** A job that ended in an error instead of a result; it has no result file, so running the study again retries it. */
public record JobFailure(String jobId, String message) {
}
