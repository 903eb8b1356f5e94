package org.cemc.server.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cemc.check.CheckReport;
import org.cemc.community.CommunityCase;
import org.cemc.input.CaseFiles;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.ConsoleReport;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.Summary;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.RunListener;
import org.cemc.schedule.Scheduler;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunResult;
import org.cemc.server.store.RunStatus;
import org.cemc.server.store.RunStore;
import org.cemc.solve.SolveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on a worker thread: the stored case read again, scheduled by cemc-core's Scheduler as {@code cemc solve}
 * schedules it, and its result stored. A schedule is published only if the checker passed it (Outcome has one only
 * then); its files are the command line's, written by cemc-report's ScheduleFiles, plus summary.json.
 */
final class RunExecution {
    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);
    /** Progress is written at most this often while a solve runs. */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final CaseStore cases;
    private final RunStore runs;

    RunExecution(CaseStore cases, RunStore runs) {
        this.cases = cases;
        this.runs = runs;
    }

    void execute(long runId) {
        if (!runs.start(runId, Instant.now())) {
            return;
        }
        RunRecord run = runs.find(runId).orElseThrow();
        RunResult result;
        try {
            Outcome outcome = schedule(run);
            if (Thread.interrupted()) {
                // Cancelled while solving: the run is already marked so; nothing of it is kept.
                return;
            }
            result = result(outcome);
        } catch (InvalidCaseException invalid) {
            result = failed(invalid.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run {} failed", runId, e);
            result = failed("internal error: " + e + "; see the server's log.");
        }
        Thread.interrupted();
        runs.finish(runId, result, Instant.now());
    }

    private Outcome schedule(RunRecord run) {
        RunOptions options = RunOptions.fromJson(run.options());
        CommunityCase community = CaseReader.read(CaseFiles.memory("case-" + run.caseId(),
                cases.files(run.caseId())));
        community = community.withSwitches(options.switches().applyTo(community.switches()));
        // As the command line does (CaseScheduling): guest EVs given as distributions become their representatives.
        if (community.guestEvScenarios().isPresent()) {
            community = community.withGuestEvs(EvRepresentatives.draw(community.guestEvScenarios().get()).requests());
        }
        return Scheduler.run(community, options.settings(), options.method(), Optional.empty(),
                new Progress(run.id(), options.timeLimitSeconds()));
    }

    private static RunResult result(Outcome outcome) {
        Optional<CheckReport> check = outcome.check();
        Optional<Boolean> passed = check.map(CheckReport::passed);
        Optional<Integer> checks = check.map(CheckReport::rulesChecked);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Summary.FILE, summary(outcome));
        if (outcome.schedule().isEmpty()) {
            return new RunResult(RunStatus.FAILED, Optional.empty(), Optional.empty(), passed, checks,
                    Optional.of("no schedule: " + ConsoleReport.whyNoSchedule(outcome)), files);
        }
        files.putAll(scheduleFiles(outcome));
        return new RunResult(RunStatus.DONE, Optional.of(outcome.solve().objective()),
                Optional.of(outcome.solve().relativeGap()), passed, checks, Optional.empty(), files);
    }

    private static RunResult failed(String message) {
        return new RunResult(RunStatus.FAILED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(message), Map.of());
    }

    /** The command line's files (schedule.csv, guest-evs.csv, profit.csv, settlement.csv, p2p-trades.csv). */
    private static Map<String, byte[]> scheduleFiles(Outcome outcome) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cemc-run-");
            ScheduleFiles.Written written = ScheduleFiles.write(folder, outcome.community(),
                    outcome.schedule().orElseThrow(), outcome.profit().orElseThrow());
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : written.files()) {
                files.put(name, Files.readAllBytes(folder.resolve(name)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the run's files: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static byte[] summary(Outcome outcome) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(Summary.of(outcome));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the temporary folder {}: {}", folder, e.getMessage());
        }
    }

    /** Writes a running run's progress: the share of its time limit used, or of the decomposition's steps done. */
    private final class Progress implements RunListener, SolveProgress {
        private final long runId;
        private final double timeLimitSeconds;
        private long lastWrite;

        Progress(long runId, double timeLimitSeconds) {
            this.runId = runId;
            this.timeLimitSeconds = timeLimitSeconds;
        }

        @Override
        public SolveProgress solve() {
            return this;
        }

        @Override
        public IntConsumer decomposition(int steps) {
            return done -> write(steps == 0 ? 0 : (double) done / steps);
        }

        @Override
        public void update(double elapsedSeconds, double incumbent, double bound) {
            write(elapsedSeconds / timeLimitSeconds);
        }

        private void write(double share) {
            long now = System.nanoTime();
            if (now - lastWrite < PROGRESS_EVERY_NANOS) {
                return;
            }
            lastWrite = now;
            // Below 1 until the result is stored: 1 means done.
            runs.progress(runId, Math.max(0, Math.min(0.99, share)));
        }
    }
}
