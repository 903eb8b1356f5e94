package org.cemc.study.run;

import java.io.Serializable;

/** A job that ended in an error instead of a result; it has no result file, so running the study again retries it. */
public record JobFailure(String jobId, String message) implements Serializable {
    private static final long serialVersionUID = 1L;
}
