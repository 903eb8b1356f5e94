package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cemc.input.CaseWriter;
import org.cemc.study.plan.Study;
import org.cemc.study.plan.StudyJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cemc study}: the example's days run, resumed without running again, each job's objective that of
 * {@code cemc solve}, and bad input refused up front.
 */
class StudyCommandTest {
    private static final String EXAMPLE = "../examples/year-study";
    private static final String VARIANT = "grid-sell-0.03_p2p-rule-sdr";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /**
     * 8 to 10 March 2025 on the New York clock (24, 23 and 24 hours) under one variant: three jobs, each a row of
     * jobs.csv; run again, the command finds them done and runs none.
     */
    @Test
    void threeDaysOfTheExampleRunAndASecondRunFindsThemDone() throws IOException {
        Path out = temp.resolve("study");

        CliRun first = CliRun.of("study", EXAMPLE, "--from", "2025-03-08", "--to", "2025-03-10", "--variants",
                VARIANT, "--out", out.toString());
        CliRun second = CliRun.of("study", EXAMPLE, "--from", "2025-03-08", "--to", "2025-03-10", "--variants",
                VARIANT, "--out", out.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 days x 1 variant = 3 jobs", "0 already done", "3 run now, 0 failed");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains("3 already done", "0 run now");
        List<String> jobs = Files.readAllLines(out.resolve("jobs.csv"));
        assertThat(jobs).hasSize(1 + 3);
        List<String> header = List.of(jobs.get(0).split(","));
        assertThat(jobs.subList(1, 4)).extracting(row -> row.split(",")[header.indexOf("periods")])
                .containsExactly("24", "23", "24");
        assertThat(jobs.subList(1, 4)).extracting(row -> row.split(",")[header.indexOf("status")])
                .containsOnly("OPTIMAL");
        assertThat(out.resolve("jobs.parquet")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("study.html"))).contains("A year of 18 houses in Greensboro, NC",
                VARIANT, "data:image/png;base64,");
        assertThat(out.resolve("monthly-profit.png")).isNotEmptyFile();
    }

    /**
     * A job's objective is what `cemc solve` gives for that day and variant: 9 March 2025 (23 hours) written as a
     * case folder by the study, then solved by the command line.
     */
    @Test
    void aJobsObjectiveIsCemcSolveOfItsDayAndVariant() throws IOException {
        Path out = temp.resolve("study");
        CliRun study = CliRun.of("study", EXAMPLE, "--from", "2025-03-09", "--to", "2025-03-09", "--variants",
                VARIANT, "--out", out.toString());
        assertThat(study.status()).as(study.err()).isZero();
        Study whole = Study.read(Path.of(EXAMPLE));
        StudyJob job = whole.jobs().stream().filter(j -> j.id().equals("2025-03-09/" + VARIANT)).findFirst()
                .orElseThrow();
        Path day = temp.resolve("day");
        CaseWriter.write(day, whole.caseOf(job));

        CliRun solve = CliRun.of("solve", day.toString(), "--out", temp.resolve("solved").toString());

        assertThat(solve.status()).as(solve.err()).isZero();
        double solved = JSON.readTree(temp.resolve("solved/summary.json").toFile()).get("objective").asDouble();
        List<String> jobs = Files.readAllLines(out.resolve("jobs.csv"));
        List<String> header = List.of(jobs.get(0).split(","));
        double objective = Double.parseDouble(jobs.get(1).split(",")[header.indexOf("objective")]);
        assertThat(objective).isCloseTo(solved, within(1e-6));
    }

    @Test
    void anUnknownVariantIsRefusedInOneParagraphAndNothingIsWritten() {
        Path out = temp.resolve("study");

        CliRun run = CliRun.of("study", EXAMPLE, "--variants", "cheap", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("cemc: ").contains("cheap").hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedStudyFileIsRefusedLikeACase() throws IOException {
        Path study = temp.resolve("study.yaml");
        Files.writeString(study, "name: broken\ncase: nowhere/\n");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("study", study.toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("cemc: " + study).hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    /** The CLI does not depend on the Spark engine; without its module on the class path it says how to get it. */
    @Test
    void sparkWithoutItsModuleOnTheClassPathIsRefusedSayingHowToGetIt() {
        Path out = temp.resolve("study");

        CliRun run = CliRun.of("study", EXAMPLE, "--variants", VARIANT, "--engine", "spark", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("cemc: --engine spark needs the Spark engine (the module cemc-study-spark)")
                .contains("./cemc launcher", "spark-submit", "docs/studies.md").hasLineCount(1);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void eachEnginesOptionsAreRefusedWithTheOtherEngine() {
        Path out = temp.resolve("study");

        CliRun masterOnLocal = CliRun.of("study", EXAMPLE, "--master", "local[2]", "--out", out.toString());
        CliRun workersOnSpark = CliRun.of("study", EXAMPLE, "--engine", "spark", "--workers", "2", "--out",
                out.toString());
        CliRun unknown = CliRun.of("study", EXAMPLE, "--engine", "mapreduce", "--out", out.toString());

        assertThat(masterOnLocal.status()).isEqualTo(2);
        assertThat(masterOnLocal.err()).startsWith("cemc: --master is Spark's master URL").hasLineCount(1);
        assertThat(workersOnSpark.status()).isEqualTo(2);
        assertThat(workersOnSpark.err()).startsWith("cemc: --workers is the local engine's").hasLineCount(1);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("cemc: --engine mapreduce is not known; choose local or spark."
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }
}
