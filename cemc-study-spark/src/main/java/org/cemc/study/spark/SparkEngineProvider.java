package org.cemc.study.spark;

import java.util.Optional;
import org.cemc.study.run.StudyEngine;
import org.cemc.study.run.StudyEngineProvider;

/** {@code cemc study --engine spark}: found by the command line through {@link java.util.ServiceLoader}. */
public final class SparkEngineProvider implements StudyEngineProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public StudyEngine create(String appName, Optional<String> master) {
        return new SparkEngine(appName, master);
    }
}
