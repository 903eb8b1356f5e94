package org.cemc.study.run;

import java.io.Serializable;

/**
 * Makes the runner of a study's jobs wherever they run: once in this JVM ({@link LocalEngine}), or once per task on
 * each executor of a cluster, which is why it is serializable and holds what the runner is made from (the study's
 * path, the solver options) rather than the runner.
 */
@FunctionalInterface
public interface JobRunnerFactory extends Serializable {
    JobRunner create();
}
