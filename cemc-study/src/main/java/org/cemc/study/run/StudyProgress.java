package org.cemc.study.run;

/** What an engine tells while it runs a study's jobs. */
public interface StudyProgress {
    StudyProgress SILENT = (done, failed, total) -> { };

    /**
     * @param done jobs finished so far in this run, with a result or a failure
     * @param failed of them, failures
     * @param total jobs this run has to do
     */
    void update(int done, int failed, int total);
}
