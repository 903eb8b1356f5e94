package org.cemc.study.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cemc study --engine spark} as the packaged program runs it: cemc.jar and this module's jar with Spark's
 * jars, the way ./cemc starts it, and under Spark's own launcher, where the application's jars are not on the JVM's
 * class path (as on a cluster's executors) and the solver processes must still find the solver.
 */
class SparkStudyIT {
    private static final Path CEMC_JAR = Path.of("../cemc-cli/target/cemc.jar");
    private static final Path ENGINE_JAR = Path.of("target/cemc-study-spark.jar");
    private static final List<String> STUDY = List.of("study", "../examples/year-study", "--from", "2025-06-01",
            "--to", "2025-06-02", "--variants", "grid-sell-0.03_p2p-rule-sdr", "--engine", "spark");

    @TempDir
    Path temp;

    private record Process(int status, String out, String err) {
    }

    private static String classPathIn(String file) throws IOException {
        return Files.readString(Path.of("target", file), StandardCharsets.UTF_8).strip();
    }

    private static Process run(List<String> command) throws IOException, InterruptedException {
        java.lang.Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Process(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void assertTwoDaysScheduled(Process run, Path out) throws IOException {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 days x 1 variant = 2 jobs", "2 run now, 0 failed");
        List<String> jobs = Files.readAllLines(out.resolve("jobs.csv"));
        assertThat(jobs).hasSize(1 + 2);
        assertThat(jobs.subList(1, 3)).allSatisfy(row -> assertThat(row).contains(",OPTIMAL,"));
        // The tables' Parquet copies are written through Spark's Hadoop classes, which come first on its class path.
        assertThat(out.resolve("jobs.parquet")).isNotEmptyFile();
    }

    @Test
    void theLaunchersClassPathRunsAStudyOnSpark() throws Exception {
        Path out = temp.resolve("launcher");
        List<String> command = new ArrayList<>(List.of(java(),
                "-Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider", "-cp",
                String.join(File.pathSeparator, classPathIn("spark-classpath.txt"), CEMC_JAR.toString(),
                        ENGINE_JAR.toString()), "org.cemc.cli.Main"));
        command.addAll(STUDY);
        command.addAll(List.of("--master", "local[2]", "--out", out.toString()));

        Process run = run(command);

        assertTwoDaysScheduled(run, out);
        assertThat(run.err()).doesNotContain(" INFO ");
    }

    @Test
    void underSparkSubmitTheApplicationsJarsRunTheStudyAndItsSolverProcesses() throws Exception {
        Path out = temp.resolve("submitted");
        // What bin/spark-submit runs: Spark's launcher on Spark's jars, our jars given as the application.
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPathIn("spark-installation-classpath.txt"),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class", "org.cemc.cli.Main",
                "--jars", CEMC_JAR.toString(), ENGINE_JAR.toString()));
        command.addAll(STUDY);
        command.addAll(List.of("--out", out.toString()));

        Process run = run(command);

        assertTwoDaysScheduled(run, out);
    }
}
