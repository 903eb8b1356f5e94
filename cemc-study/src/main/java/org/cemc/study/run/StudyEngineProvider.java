package org.cemc.study.run;

import java.util.Optional;

/**
 * An engine that lives in a module of its own, found through {@link java.util.ServiceLoader} (a line in its jar's
 * {@code META-INF/services/org.cemc.study.run.StudyEngineProvider}), so that the command line can offer it without
 * depending on it or on its libraries: {@code cemc-study-spark} provides {@code spark}.
 */
public interface StudyEngineProvider {
    /** The engine's name on the command line ({@code --engine NAME}). */
    String name();

    /**
     * An engine for one study run.
     *
     * @param appName what the engine calls the run where it shows runs (a cluster's list of applications)
     * @param master where the jobs run, in the engine's own terms (Spark's master URL); empty: the engine's
     *     default, or what the engine's own launcher was given
     */
    StudyEngine create(String appName, Optional<String> master);
}
