package org.cemc.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The class path a solver process starts with holds the solver's classes even when this JVM loaded them from
 * somewhere its {@code java.class.path} does not name (a Spark executor's copy of an application jar).
 */
class SolverClassPathTest {
    private static final String SEP = File.pathSeparator;

    @Test
    void theSolversJarIsAddedWhenTheClassPathLacksIt() {
        String classPath = SolverProcesses.classPath("/opt/spark/jars/a.jar" + SEP + "/opt/spark/conf",
                Optional.of(Path.of("/tmp/executor-1/userFiles/cemc.jar")));

        assertThat(classPath).isEqualTo("/opt/spark/jars/a.jar" + SEP + "/opt/spark/conf" + SEP
                + "/tmp/executor-1/userFiles/cemc.jar");
    }

    @Test
    void aClassPathThatHoldsTheSolverIsKeptAsItIs() {
        Path here = Path.of("").toAbsolutePath();
        String classPath = "lib/x.jar" + SEP + "target/../cemc.jar";

        assertThat(SolverProcesses.classPath(classPath, Optional.of(here.resolve("cemc.jar")))).isEqualTo(classPath);
        assertThat(SolverProcesses.classPath(classPath, Optional.empty())).isEqualTo(classPath);
        assertThat(SolverProcesses.classPath("", Optional.of(Path.of("/x/cemc.jar")))).isEqualTo("/x/cemc.jar");
    }

    @Test
    void theSolverIsFoundWhereItWasLoadedFrom() {
        Path location = SolverProcesses.solverLocation().orElseThrow();

        // Run from the module, the class comes from its compiled classes.
        assertThat(location).isDirectory();
        assertThat(Files.exists(location.resolve("org/cemc/solve/SolverProcess.class"))).isTrue();
    }
}
