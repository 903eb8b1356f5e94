package org.cemc.study.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.cemc.study.plan.Study;
import org.cemc.study.plan.StudyJob;
import org.cemc.study.plan.Variant;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobResult;
import org.cemc.study.run.JobRunner;
import org.cemc.study.run.JobRunnerFactory;
import org.cemc.study.run.LocalEngine;
import org.cemc.study.run.ResultStore;
import org.cemc.study.run.StudyEngine;
import org.cemc.study.run.StudyProgress;
import org.cemc.study.run.StudyRun;
import org.cemc.study.run.StudyRunners;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on {@code local[2]}: the same jobs give the same results as on the local engine, a second run
 * does exactly the jobs without a result, and a job that throws is a failure that leaves none.
 */
class SparkEngineTest {
    private static final Path EXAMPLE = Path.of("../examples/year-study");
    private static final List<String> VARIANTS = List.of("grid-sell-0.03_p2p-rule-sdr",
            "grid-sell-0.06_p2p-rule-mid-market");
    /** Both engines run the same code on the same inputs; only the order of the jobs differs. */
    private static final double SAME = 1e-9;
    private static final SolverSettings SETTINGS = SolverSettings.defaults();

    @TempDir
    Path temp;

    /** 9 and 10 March 2025 (23 and 24 hours on the New York clock) under two variants of the example: 4 jobs. */
    private static StudyRunners exampleRunners() {
        return new StudyRunners(EXAMPLE, LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 10), VARIANTS, SETTINGS,
                SolveMethod.AUTO);
    }

    private static StudyRun.Report run(JobRunnerFactory runners, StudyEngine engine, Path out) {
        Study whole = Study.read(EXAMPLE);
        Study study = exampleRunners().study();
        return StudyRun.run(study.jobs(), whole.variants(), whole.sweptParameters(), runners, engine, out,
                "example", StudyProgress.SILENT);
    }

    private static SparkEngine spark() {
        return new SparkEngine("cemc study test", Optional.of("local[2]"));
    }

    private static List<JobResult> results(Path out) {
        List<JobResult> results = new ArrayList<>(new ResultStore(out).readAll());
        results.sort(Comparator.comparing(JobResult::jobId));
        return results;
    }

    @Test
    void bothEnginesGiveTheSameResultJobByJobAndASecondSparkRunDoesExactlyTheMissingJobs() throws IOException {
        Path local = temp.resolve("local");
        Path onSpark = temp.resolve("spark");

        StudyRun.Report byLocal = run(exampleRunners(), new LocalEngine(2), local);
        StudyRun.Report bySpark = run(exampleRunners(), spark(), onSpark);

        assertThat(byLocal.failures()).isEmpty();
        assertThat(bySpark.failures()).isEmpty();
        List<JobResult> expected = results(local);
        List<JobResult> actual = results(onSpark);
        assertThat(actual).extracting(JobResult::jobId).hasSize(4)
                .containsExactlyElementsOf(expected.stream().map(JobResult::jobId).toList());
        for (int i = 0; i < expected.size(); i++) {
            JobResult want = expected.get(i);
            JobResult got = actual.get(i);
            assertThat(got.status()).as(got.jobId()).isEqualTo(want.status()).isEqualTo("OPTIMAL");
            assertThat(got.periods()).as(got.jobId()).isEqualTo(want.periods());
            assertThat(got.objective()).as(got.jobId()).isCloseTo(want.objective(), within(SAME));
            assertThat(got.houses()).as(got.jobId()).hasSameSizeAs(want.houses()).hasSize(18);
            for (int h = 0; h < want.houses().size(); h++) {
                JobResult.HouseDay wantHouse = want.houses().get(h);
                JobResult.HouseDay gotHouse = got.houses().get(h);
                assertThat(gotHouse.house()).isEqualTo(wantHouse.house());
                assertThat(gotHouse.net()).as(got.jobId() + " " + gotHouse.house())
                        .isCloseTo(wantHouse.net(), within(SAME));
                assertThat(gotHouse.standaloneNet()).as(got.jobId() + " " + gotHouse.house())
                        .isCloseTo(wantHouse.standaloneNet(), within(SAME));
            }
        }

        Files.delete(onSpark.resolve("jobs/2025-03-09/grid-sell-0.06_p2p-rule-mid-market.json"));
        Files.delete(onSpark.resolve("jobs/2025-03-10/grid-sell-0.03_p2p-rule-sdr.json"));
        CountingRunners.RAN.clear();
        StudyRun.Report resumed = run(new CountingRunners(exampleRunners()), spark(), onSpark);

        assertThat(CountingRunners.RAN).containsExactlyInAnyOrder("2025-03-09/grid-sell-0.06_p2p-rule-mid-market",
                "2025-03-10/grid-sell-0.03_p2p-rule-sdr");
        assertThat(resumed.alreadyDone()).isEqualTo(2);
        assertThat(resumed.failures()).isEmpty();
        assertThat(results(onSpark)).extracting(JobResult::objective)
                .containsExactlyElementsOf(actual.stream().map(JobResult::objective).toList());
    }

    @Test
    void aJobThatThrowsIsAFailureWithoutAResultAndTheOthersAreStored() {
        List<StudyJob> jobs = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            jobs.add(new StudyJob(LocalDate.of(2025, 3, day), Variant.base()));
        }
        Path out = temp.resolve("failing");
        List<String> told = Collections.synchronizedList(new ArrayList<>());

        List<JobFailure> failures = spark().run(jobs, new FailingOnTheSecond(), new ResultStore(out),
                (done, failed, total) -> told.add(done + " done, " + failed + " failed, of " + total));

        assertThat(failures).containsExactly(new JobFailure("2025-03-02/base", "lost executor"));
        assertThat(new ResultStore(out).finished()).containsExactlyInAnyOrder("2025-03-01/base", "2025-03-03/base");
        assertThat(told).hasSize(3).endsWith("3 done, 1 failed, of 3");
    }

    /** The example's runners, recording each job they run (local[2] runs its tasks in this JVM). */
    private record CountingRunners(StudyRunners study) implements JobRunnerFactory {
        static final List<String> RAN = Collections.synchronizedList(new ArrayList<>());

        @Override
        public JobRunner create() {
            Study read = study.study();
            return new JobRunner(job -> {
                RAN.add(job.id());
                return read.caseOf(job);
            }, SETTINGS, SolveMethod.AUTO);
        }
    }

    /** A small synthetic community each day; the job of 2 March throws, as a job on a lost executor would. */
    private static final class FailingOnTheSecond implements JobRunnerFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public JobRunner create() {
            return new JobRunner(job -> {
                if (job.date().getDayOfMonth() == 2) {
                    throw new IllegalStateException("lost executor");
                }
                return SyntheticCase.generate(1, 3, 0, job.date().getDayOfMonth());
            }, SETTINGS, SolveMethod.AUTO);
        }
    }
}
