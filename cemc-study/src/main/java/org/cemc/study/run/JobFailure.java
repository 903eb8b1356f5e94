package org.cemc.study.run;

import java.io.Serializable;

/** A job that ended in an error instead of a result; it has no result file, so running the study again retries it. */
public record JobFailure(String jobId, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Job {@code jobId} ended in {@code error}: its message, or what it is where it has none. */
    public static JobFailure of(String jobId, RuntimeException error) {
        return new JobFailure(jobId, error.getMessage() != null ? error.getMessage() : error.toString());
    }
}
