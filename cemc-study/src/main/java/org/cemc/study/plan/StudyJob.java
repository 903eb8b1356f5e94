package org.cemc.study.plan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One job of a study: one day of its dates under one variant, scheduled and checked as {@code cemc solve} would.
 * Serializable, so that an engine can send it to where it runs.
 *
 * @param date the civil day, on the study's clock
 * @param variant the case parameters changed for the job
 */
public record StudyJob(LocalDate date, Variant variant) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The job's key in a study's results: {@code 2025-03-09/feed-in-0.05}, unique within the study. */
    public String id() {
        return date + "/" + variant.name();
    }
}
