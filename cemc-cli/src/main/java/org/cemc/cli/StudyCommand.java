package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.ConsoleReport;
import org.cemc.report.Progress;
import org.cemc.report.study.StudyReport;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.cemc.study.plan.Study;
import org.cemc.study.run.Fingerprint;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.JobRunner;
import org.cemc.study.run.JobRunnerFactory;
import org.cemc.study.run.LocalEngine;
import org.cemc.study.run.StudyEngine;
import org.cemc.study.run.StudyEngineProvider;
import org.cemc.study.run.StudyProgress;
import org.cemc.study.run.StudyRun;
import org.cemc.study.run.StudyRunners;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cemc study STUDY --out DIR}: every day of a study under every variant, each scheduled and checked as
 * {@code cemc solve} would, resumable, with the study's tables (docs/studies.md).
 */
@Command(name = "study", mixinStandardHelpOptions = true, modelTransformer = StudyCommand.Wording.class,
        description = "Run a study (study.yaml: a base case, a date range, variants and guest-EV draws): each day "
                + "under each variant is one job, scheduled and checked as 'cemc solve' would. Results are kept per "
                + "job in --out, so a study stopped midway and started again runs only the jobs without a result; "
                + "then the study's tables are written (docs/studies.md).",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc study examples/year-study --out study/",
            "  cemc study examples/year-study --out june/ --from 2025-06-01 --to 2025-06-30",
            "  cemc study examples/year-study --out study/ --engine spark --master local[2]",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT, Help.JOBS_FAILED,
            Help.STUDY_STOPPED})
final class StudyCommand implements Callable<Integer> {
    private static final String LOCAL = "local";
    private static final String SPARK = "spark";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "study.yaml, or the folder holding it.")
    private Path studyPath;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to run, within the study's dates "
            + "(default: the study's first).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to run, within the study's dates "
            + "(default: the study's last).")
    private LocalDate to;

    @Option(names = "--variants", paramLabel = "NAME,NAME", split = ",",
            description = "Variants to run, by name (default: every variant of the study).")
    private List<String> variants = List.of();

    @Option(names = "--workers", paramLabel = "N",
            description = "Jobs run at once, each with its own solver processes (default: the machine's cores, "
                    + "${DEFAULT-VALUE} here).")
    private int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--engine", paramLabel = "NAME", description = "Where the jobs run: local (a pool of --workers "
            + "in this program) or spark (Apache Spark on --master; ./cemc fetches Spark the first time) "
            + "(default: ${DEFAULT-VALUE}).")
    private String engine = LOCAL;

    @Option(names = "--master", paramLabel = "URL", description = "Spark's master URL, with --engine spark "
            + "(default: local[*], every core here; under spark-submit, the master it was given).")
    private String master;

    @CommandLine.Mixin
    private SolverOptions solverOptions;

    @CommandLine.Mixin
    private OutOption output;

    /** study's --out: required, and a folder that keeps its results between runs. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            Tailoring.tailor(spec, "--time-limit", o -> o.description("Time limit of each job's solve "
                    + "(default: ${DEFAULT-VALUE})."));
            return Tailoring.tailor(spec, "--out", o -> o.required(true).description("The study's folder: one "
                    + "result per finished job under jobs/, the tables (CSV and Parquet), the plots and study.html. "
                    + "A folder of the same study is resumed; one of another study is refused."));
        }
    }

    @Override
    public Integer call() throws IOException {
        SolverSettings settings = solverOptions.settings(false);
        SolveMethod method = solverOptions.method();
        checkEngineOptions();
        Study whole = Study.read(studyPath);
        StudyEngine jobsEngine = engine(whole.name());
        Study study = whole.restrictedTo(Optional.ofNullable(from), Optional.ofNullable(to), variants);
        // In this JVM the runner uses the study read above; elsewhere (Spark's executors) each reads it again, from
        // its absolute path, since an executor runs in a working folder of its own.
        JobRunnerFactory runners = engine.equals(LOCAL) ? () -> new JobRunner(study::caseOf, settings, method)
                : new StudyRunners(studyPath.toAbsolutePath(), from, to, variants, settings, method);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        whole.warnings().forEach(warning -> err.println("cemc: warning: " + warning));
        Path folder = output.path();
        String fingerprint = Fingerprint.of(whole.folder(), folder, String.format(Locale.ROOT,
                "solver %s, time limit %s s, gap %s, method %s", settings.backend().cliName(),
                settings.timeLimitSeconds(), settings.relativeGap(), method.cliName()));
        out.printf(Locale.ROOT, "%s: %s x %s = %s%n", whole.name(),
                ConsoleReport.count(study.dates().size(), "day", "days"),
                ConsoleReport.count(study.variants().size(), "variant", "variants"),
                ConsoleReport.count(study.jobs().size(), "job", "jobs"));
        out.flush();
        StudyRun.Report report = StudyRun.run(study.jobs(), whole.variants(), whole.sweptParameters(),
                runners, jobsEngine, folder, fingerprint, new ProgressLine(err));
        out.printf(Locale.ROOT, "  %d already done in %s, %d run now, %d failed%n", report.alreadyDone(), folder,
                report.jobs() - report.alreadyDone(), report.failures().size());
        for (JobFailure failure : report.failures().stream().limit(10).toList()) {
            err.println("cemc: job " + failure.jobId() + " failed: " + failure.message());
        }
        StudyReport.write(folder, report.tables(), whole.name(), report.failures());
        out.println("wrote " + String.join(", ", report.files()) + ", " + StudyReport.FILE + " and its plots to "
                + folder + " (" + report.results() + " job results)");
        return report.failures().isEmpty() ? 0 : Main.NO_SCHEDULE;
    }

    /** Refuses options of one engine given with another, before anything is read or written. */
    private void checkEngineOptions() {
        if (!engine.equals(LOCAL) && !engine.equals(SPARK)) {
            throw new InvalidCaseException("--engine " + engine + " is not known; choose " + LOCAL + " or " + SPARK
                    + ".");
        }
        if (engine.equals(LOCAL)) {
            if (master != null) {
                throw new InvalidCaseException("--master is Spark's master URL and goes with --engine spark; the local "
                        + "engine runs --workers jobs at once in this program.");
            }
            if (workers < 1) {
                throw new InvalidCaseException("--workers must be at least 1; got " + workers + ".");
            }
        } else if (spec.commandLine().getParseResult().hasMatchedOption("--workers")) {
            throw new InvalidCaseException("--workers is the local engine's; on Spark the master says how many jobs "
                    + "run at once (local[N] for N cores here, or the cluster's executors).");
        }
    }

    /**
     * The engine asked for. Any other than the local one lives in a module of its own with its libraries (Spark's are
     * about 280 MB), found on the class path through {@link ServiceLoader}, so this program does not depend on it.
     */
    private StudyEngine engine(String studyName) {
        if (engine.equals(LOCAL)) {
            return new LocalEngine(workers);
        }
        for (StudyEngineProvider provider : ServiceLoader.load(StudyEngineProvider.class)) {
            if (provider.name().equals(engine)) {
                return provider.create("cemc study: " + studyName, Optional.ofNullable(master));
            }
        }
        throw new InvalidCaseException("--engine spark needs the Spark engine (the module cemc-study-spark) and "
                + "Apache Spark's jars on this program's class path, and the engine is not there. Run the study "
                + "through the ./cemc launcher, which builds the module and fetches Spark's jars (about 280 MB) the "
                + "first time --engine spark is asked for, or under spark-submit with cemc-study-spark's jar as the "
                + "application and cemc.jar in --jars (docs/studies.md, \"Engines\"); or leave --engine out to "
                + "run on the local engine.");
    }

    /** Jobs done of this run's total, failures, and the time to go, on a terminal ({@link Progress}). */
    private static final class ProgressLine implements StudyProgress {
        private final PrintWriter err;
        private Progress bar;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(int done, int failed, int total) {
            if (bar == null) {
                bar = new Progress(err, "jobs", total);
            }
            bar.accept(done, failed == 0 ? "" : ", " + failed + " failed");
        }
    }
}
