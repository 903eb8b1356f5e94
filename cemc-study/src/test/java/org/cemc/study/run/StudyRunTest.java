package org.cemc.study.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.cemc.community.CommunityCase;
import org.cemc.input.InvalidCaseException;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.cemc.study.plan.StudyJob;
import org.cemc.study.plan.Variant;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a study's jobs into its output folder: every job's result is its case's checked schedule, a second run
 * does exactly the jobs without a result, failures leave no result, and a folder of another study is refused.
 */
class StudyRunTest {
    private static final SolverSettings SETTINGS = SolverSettings.defaults();
    private static final Variant BASE = Variant.base();
    private static final Variant NO_P2P = new Variant("no-p2p", new TreeMap<>(Map.of("p2p", "false")));
    private static final List<Variant> VARIANTS = List.of(BASE, NO_P2P);

    @TempDir
    Path out;

    /** Three days of a 6-house community, each day its own synthetic draw; "no-p2p" turns P2P off. */
    private static CommunityCase caseOf(StudyJob job) {
        CommunityCase day = SyntheticCase.generate(1, 6, 2, job.date().getDayOfMonth());
        return job.variant().equals(NO_P2P) ? day.withSwitches(day.switches().withP2p(false)) : day;
    }

    private static List<StudyJob> jobs() {
        List<StudyJob> jobs = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            for (Variant variant : VARIANTS) {
                jobs.add(new StudyJob(LocalDate.of(2025, 3, d), variant));
            }
        }
        return jobs;
    }

    private StudyRun.Report run(Function<StudyJob, CommunityCase> cases, String fingerprint) {
        return StudyRun.run(jobs(), VARIANTS, List.of("p2p"), () -> new JobRunner(cases, SETTINGS, SolveMethod.AUTO),
                new LocalEngine(2), out, fingerprint, StudyProgress.SILENT);
    }

    @Test
    void everyJobIsItsCaseScheduledAndCheckedAndASecondRunDoesOnlyTheMissingJobs() throws IOException {
        StudyRun.Report first = run(StudyRunTest::caseOf, "study-1");

        assertThat(first.failures()).isEmpty();
        assertThat(first.results()).isEqualTo(6);
        for (JobResult result : new ResultStore(out).readAll()) {
            StudyJob job = jobs().stream().filter(j -> j.id().equals(result.jobId())).findFirst().orElseThrow();
            double solved = Scheduler.run(caseOf(job), SETTINGS).profit().orElseThrow().total();
            assertThat(result.objective()).as(job.id()).isCloseTo(solved, within(1e-6));
            // The houses' money and social-welfare values are the settlement of the objective (P2P payments cancel).
            assertThat(result.houses()).hasSize(6);
            assertThat(result.houses().stream().mapToDouble(h -> h.net() + h.socialWelfare()).sum()).as(job.id())
                    .isCloseTo(result.objective(), within(1e-6));
        }
        Files.delete(out.resolve("jobs/2025-03-02/no-p2p.json"));
        Files.delete(out.resolve("jobs/2025-03-03/base.json"));
        List<String> ranAgain = Collections.synchronizedList(new ArrayList<>());

        StudyRun.Report second = run(job -> {
            ranAgain.add(job.id());
            return caseOf(job);
        }, "study-1");

        assertThat(ranAgain).containsExactlyInAnyOrder("2025-03-02/no-p2p", "2025-03-03/base");
        assertThat(second.alreadyDone()).isEqualTo(4);
        assertThat(second.results()).isEqualTo(6);
        assertThat(Files.readAllLines(out.resolve(StudyTables.JOBS))).hasSize(1 + 6);
    }

    @Test
    void aJobThatFailsLeavesNoResultAndIsRetriedByTheNextRun() {
        StudyRun.Report first = run(job -> {
            if (job.id().equals("2025-03-02/base")) {
                throw new IllegalStateException("lost executor");
            }
            return caseOf(job);
        }, "study-1");

        assertThat(first.failures()).containsExactly(new JobFailure("2025-03-02/base", "lost executor"));
        assertThat(new ResultStore(out).finished()).hasSize(5).doesNotContain("2025-03-02/base");
        List<String> ranAgain = Collections.synchronizedList(new ArrayList<>());
        run(job -> {
            ranAgain.add(job.id());
            return caseOf(job);
        }, "study-1");
        assertThat(ranAgain).containsExactly("2025-03-02/base");
    }

    @Test
    void aFolderOfAnotherStudyOrAnotherFolderIsRefusedBeforeAnyJobRuns() throws IOException {
        run(StudyRunTest::caseOf, "study-1");
        List<String> ran = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> run(job -> {
            ran.add(job.id());
            return caseOf(job);
        }, "study-2")).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("holds the results of another study, or of this one before its files or "
                        + "solver options changed");
        Path foreign = out.resolveSibling(out.getFileName() + "-foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> StudyRun.run(jobs(), VARIANTS, List.of(), () -> new JobRunner(StudyRunTest::caseOf,
                SETTINGS, SolveMethod.AUTO), new LocalEngine(1), foreign, "study-1", StudyProgress.SILENT))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("is not a study's output folder");
        assertThat(ran).isEmpty();
    }
}
