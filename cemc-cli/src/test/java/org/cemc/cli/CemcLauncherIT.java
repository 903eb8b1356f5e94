package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, {@code ./cemc solve}, run as a user would: the launcher and the packaged jar. */
class CemcLauncherIT {
    @TempDir
    Path temp;

    private record Process(int status, String out, String err) {
    }

    private static Process run(List<String> command) throws IOException, InterruptedException {
        java.lang.Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Process(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherSolvesTheBuiltInCaseAndPrintsTheProfitTable() throws Exception {
        Process run = run(List.of("bash", "../cemc", "solve", "--out", temp.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Paper case study", "status OPTIMAL", "checker: passed", "Stand-by payments",
                "+43.20", "Total profit");
        assertThat(temp.resolve("schedule.csv")).exists();
        assertThat(Files.readString(temp.resolve("summary.json"))).contains("\"checker_passed\" : true");
    }

    @Test
    void anLpRelaxationRunPrintsItsBoundBeforeExiting() throws Exception {
        Process run = run(List.of("java", "-jar", "target/cemc.jar", "solve", "--lp-relaxation"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("LP-relaxation bound");
    }

    @Test
    void thePackagedJarRefusesBadInputWithStatusTwoAndNoStackTrace() throws Exception {
        Process run = run(List.of("java", "-jar", "target/cemc.jar", "solve", temp.resolve("nowhere").toString()));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("case.yaml does not exist").doesNotContain("Exception", "\tat ");
    }
}
