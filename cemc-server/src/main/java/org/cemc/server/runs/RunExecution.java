package org.cemc.server.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cemc.allocation.Allocation;
import org.cemc.allocation.CommunityGame;
import org.cemc.check.CheckReport;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEvScenarios;
import org.cemc.input.CaseFiles;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.Compression;
import org.cemc.report.ConsoleReport;
import org.cemc.report.FirstStageFile;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.Summary;
import org.cemc.result.FirstStage;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.scenario.FleetScenarios;
import org.cemc.schedule.EvMode;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.RunListener;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.StochasticOutcome;
import org.cemc.server.store.CaseStore;
import org.cemc.server.store.HouseFiles;
import org.cemc.server.store.RunRecord;
import org.cemc.server.store.RunResult;
import org.cemc.server.store.RunStatus;
import org.cemc.server.store.RunStore;
import org.cemc.solve.SolveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on a worker thread: the stored case read again, scheduled by cemc-core's Scheduler as {@code cemc solve}
 * schedules it (with {@code ev_mode} stochastic, as {@code cemc solve --ev-mode stochastic}), and its result
 * stored. A schedule is published only if the checker passed it (and every scenario's, on a stochastic run); its
 * files are the command line's, written by cemc-report's writers: schedule.csv, guest-evs.csv, profit.csv,
 * settlement.csv, p2p-trades.csv (under scenario-K/ per scenario on a stochastic run), first-stage.csv and
 * summary.json.
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
            result = schedule(run);
            if (Thread.interrupted()) {
                // Cancelled while solving: the run is already marked so; nothing of it is kept.
                return;
            }
        } catch (InvalidCaseException invalid) {
            result = failed(invalid.getMessage());
        } catch (CommunityGame.CoalitionWithoutSchedule coalition) {
            result = failed("no fair shares: " + coalition.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run {} failed", runId, e);
            result = failed("internal error: " + e + "; see the server's log.");
        }
        Thread.interrupted();
        runs.finish(runId, result, Instant.now());
    }

    /** A stored case read again, as {@code cemc solve} reads a folder. */
    static CommunityCase read(CaseStore cases, long caseId) {
        return CaseReader.read(CaseFiles.memory("case-" + caseId, cases.files(caseId)));
    }

    private RunResult schedule(RunRecord run) {
        RunOptions options = RunOptions.fromJson(run.options());
        CommunityCase community = read(cases, run.caseId());
        community = community.withSwitches(options.switches().applyTo(community.switches()));
        Progress progress = new Progress(run.id(), options.timeLimitSeconds());
        if (options.evMode() == EvMode.STOCHASTIC) {
            // Checked when the run was queued; a case is never changed once stored.
            GuestEvScenarios block = community.guestEvScenarios().orElseThrow();
            return result(Scheduler.runStochastic(community, FleetScenarios.draw(block, community.grid()),
                    options.settings(), options.method(), progress));
        }
        // As the command line does (CaseScheduling): guest EVs given as distributions become their representatives.
        if (community.guestEvScenarios().isPresent()) {
            community = community.withGuestEvs(EvRepresentatives.draw(community.guestEvScenarios().get()).requests());
        }
        return result(Scheduler.run(community, options.settings(), options.method(), Optional.empty(), progress));
    }

    private static RunResult result(Outcome outcome) {
        Optional<CheckReport> check = outcome.check();
        Optional<Boolean> passed = check.map(CheckReport::passed);
        Optional<Integer> checks = check.map(CheckReport::rulesChecked);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Summary.FILE, json(Summary.of(outcome)));
        if (outcome.schedule().isEmpty()) {
            return new RunResult(RunStatus.FAILED, Optional.empty(), Optional.empty(), passed, checks,
                    Optional.of("no schedule: " + ConsoleReport.whyNoSchedule(outcome)), files, Map.of());
        }
        // The case's settlement rule, as cemc solve applies it: its coalitions solved with the run's settings.
        Optional<Allocation> allocation = Allocation.byCaseRule(outcome.community(), outcome.schedule().get(),
                outcome.settings(), coalitions -> done -> { });
        files.putAll(written(folder -> {
            ScheduleFiles.write(folder, outcome.community(), outcome.schedule().get(), outcome.profit().get(),
                    allocation, Compression.NONE);
            FirstStageFile.write(folder, outcome.community(), FirstStage.of(outcome.schedule().get()),
                    Compression.NONE);
        }));
        return new RunResult(RunStatus.DONE, Optional.of(outcome.solve().objective()),
                Optional.of(outcome.solve().relativeGap()), passed, checks, Optional.empty(), files,
                Map.of("", perHouse(files, "")));
    }

    /**
     * The stochastic program's result as {@code cemc solve --ev-mode stochastic --out} writes it: each scenario's
     * files under scenario-K/, the shared first stage, summary.json. Its checker verdict covers every scenario's
     * schedule, their shared first stage and the expected profit recomputed from them.
     */
    private static RunResult result(StochasticOutcome outcome) {
        List<CheckReport> reports = new ArrayList<>();
        outcome.scenarios().forEach(scenario -> scenario.check().ifPresent(reports::add));
        outcome.expectationCheck().ifPresent(reports::add);
        outcome.firstStageCheck().ifPresent(reports::add);
        Optional<Boolean> passed = reports.isEmpty() ? Optional.empty()
                : Optional.of(reports.stream().allMatch(CheckReport::passed));
        Optional<Integer> checks = reports.isEmpty() ? Optional.empty()
                : Optional.of(reports.stream().mapToInt(CheckReport::rulesChecked).sum());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Summary.FILE, json(Summary.of(outcome)));
        if (!outcome.trusted()) {
            return new RunResult(RunStatus.FAILED, Optional.empty(), Optional.empty(), passed, checks,
                    Optional.of("no schedule: " + ConsoleReport.whyNoSchedule(outcome)), files, Map.of());
        }
        files.putAll(written(folder -> {
            for (StochasticOutcome.Scenario s : outcome.scenarios()) {
                ScheduleFiles.write(folder.resolve(RunSchedules.folder(s.index())), s.community(),
                        s.schedule().orElseThrow(), s.profit().orElseThrow(), Compression.NONE);
            }
            FirstStageFile.write(folder, outcome.base(),
                    FirstStage.of(outcome.scenarios().get(0).schedule().orElseThrow()), Compression.NONE);
        }));
        Map<String, Map<String, HouseFiles>> houseFiles = new LinkedHashMap<>();
        for (StochasticOutcome.Scenario s : outcome.scenarios()) {
            String folder = RunSchedules.folder(s.index());
            houseFiles.put(folder, perHouse(files, folder));
        }
        return new RunResult(RunStatus.DONE, Optional.of(outcome.solve().objective()),
                Optional.of(outcome.solve().relativeGap()), passed, checks, Optional.empty(), files, houseFiles);
    }

    /** Each house's part of the schedule, settlement and guest-EV files in {@code folder}. */
    private static Map<String, HouseFiles> perHouse(Map<String, byte[]> files, String folder) {
        return HouseFiles.split(files.get(folder + ScheduleFiles.SCHEDULE), files.get(folder + ScheduleFiles.SETTLEMENT),
                files.get(folder + ScheduleFiles.GUEST_EVS));
    }

    private static RunResult failed(String message) {
        return new RunResult(RunStatus.FAILED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(message), Map.of(), Map.of());
    }

    /** Writes files into a folder. */
    private interface Writer {
        void write(Path folder) throws IOException;
    }

    /**
     * The files the command line's writers write (cemc-report), by their path in the folder with '/' between
     * names: they are written to a temporary folder and read back, so the server stores the very same bytes.
     */
    private static Map<String, byte[]> written(Writer writer) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cemc-run-");
            writer.write(folder);
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path file : paths.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                            Files.readAllBytes(file));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the run's files: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static byte[] json(Map<String, Object> summary) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary);
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
