package org.cemc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.ConsoleReport;
import org.cemc.report.Progress;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import org.cemc.study.plan.Study;
import org.cemc.study.run.Fingerprint;
import org.cemc.study.run.JobFailure;
import org.cemc.study.run.LocalEngine;
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
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT, Help.JOBS_FAILED})
final class StudyCommand implements Callable<Integer> {
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
                    + "result per finished job under jobs/, and the tables. A folder of the same study is resumed; "
                    + "one of another study is refused."));
        }
    }

    @Override
    public Integer call() {
        SolverSettings settings = solverOptions.settings(false);
        SolveMethod method = solverOptions.method();
        if (workers < 1) {
            throw new InvalidCaseException("--workers must be at least 1; got " + workers + ".");
        }
        Study whole = Study.read(studyPath);
        StudyRunners runners = new StudyRunners(studyPath, from, to, variants, settings, method);
        Study study = whole.restrictedTo(Optional.ofNullable(from), Optional.ofNullable(to), variants);
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
                runners, new LocalEngine(workers), folder, fingerprint,
                new ProgressLine(err));
        out.printf(Locale.ROOT, "  %d already done in %s, %d run now, %d failed%n", report.alreadyDone(), folder,
                report.jobs() - report.alreadyDone(), report.failures().size());
        for (JobFailure failure : report.failures().stream().limit(10).toList()) {
            err.println("cemc: job " + failure.jobId() + " failed: " + failure.message());
        }
        out.println("wrote " + String.join(", ", report.tables()) + " to " + folder + " (" + report.results()
                + " job results)");
        return report.failures().isEmpty() ? 0 : Main.NO_SCHEDULE;
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
