package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.input.FirstStageReader;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.ConsoleReport;
import org.cemc.report.OutputFolder;
import org.cemc.report.Progress;
import org.cemc.result.FirstStage;
import org.cemc.scenario.FleetScenarios;
import org.cemc.schedule.Evaluation;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cemc evaluate [case] --schedule DIR}: a solved day replayed on guest-EV days it was not built from. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, modelTransformer = EvaluateCommand.Wording.class,
        description = "Replay a solved schedule's first-stage decisions (export mode, P2P role, DR) on freshly drawn "
                + "days of guest EVs, re-optimising the rest each day, and report the distribution of profit, how "
                + "often guest EVs could not be served, and the perfect-information bound.",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc solve --ev-mode stochastic --out results/  (first, a schedule to replay)",
            "  cemc evaluate --schedule results/ --samples 100 --out evaluation/",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT})
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @Option(names = "--schedule", paramLabel = "DIR", required = true,
            description = "The --out folder of a 'cemc solve' run (its first-stage.csv is replayed).")
    private Path schedule;

    @CommandLine.Mixin
    private SamplesOption samplesOption;

    @CommandLine.Mixin
    private SeedOption seedOption;

    @Option(names = "--no-perfect-information", description = "Skip solving each day with full knowledge (halves the time).")
    private boolean noPerfectInformation;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Days evaluated at once, each with its own solver processes (default: the machine's "
                    + "cores, ${DEFAULT-VALUE} here).")
    private int parallel = Runtime.getRuntime().availableProcessors();

    @CommandLine.Mixin
    private SolverOptions solverOptions;

    @CommandLine.Mixin
    private OutOption output;

    /** evaluate's defaults and wording of the shared options. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            Tailoring.tailor(spec, "--samples", o -> o.defaultValue("1000")
                    .description("Days of guest EVs to draw (default: ${DEFAULT-VALUE})."));
            Tailoring.tailor(spec, "--seed", o -> o.defaultValue("7")
                    .description("Seed of the draws; use one other than the case's to evaluate out of sample "
                            + "(default: ${DEFAULT-VALUE})."));
            Tailoring.tailor(spec, "--method", o -> o.description("How each day is solved, the replay of the first "
                    + "stage and the perfect-information day alike: auto, direct or decomposition (default: "
                    + "${DEFAULT-VALUE})."));
            return Tailoring.tailor(spec, "--out", o -> o.description("Folder to write evaluation.csv (one row per day) to."));
        }
    }

    @Override
    public Integer call() throws IOException {
        int samples = samplesOption.value();
        long seed = seedOption.value();
        if (samples < 1) {
            throw new InvalidCaseException("--samples must be at least 1; got " + samples + ".");
        }
        if (parallel < 1) {
            throw new InvalidCaseException("--parallel must be at least 1; got " + parallel + ".");
        }
        SolverSettings settings = solverOptions.settings(false);
        SolveMethod method = solverOptions.method();
        CommunityCase community = caseArgument.read();
        GuestEvScenarios block = community.guestEvScenarios().orElseThrow(() -> new InvalidCaseException(
                caseArgument.describe() + " has no guest_ev_scenarios block to draw days from (see docs/scenarios.md)."));
        FirstStage firstStage = FirstStageReader.read(schedule, community);
        try (OutputFolder folder = output.open(caseArgument.folder(), schedule)) {
            return evaluate(community, block, firstStage, settings, method, folder);
        }
    }

    private int evaluate(CommunityCase community, GuestEvScenarios block, FirstStage firstStage,
                         SolverSettings settings, SolveMethod method, OutputFolder folder) throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        int samples = samplesOption.value();
        long seed = seedOption.value();
        List<List<GuestEv>> days = FleetScenarios.sample(block, samples, seed, "day");
        Evaluation evaluation = Evaluation.run(community, firstStage, days, settings, method, !noPerfectInformation,
                parallel, new Progress(spec.commandLine().getErr(), "evaluating days", samples));

        String currency = community.currency();
        console.printf(Locale.ROOT, "%s replayed on %s of guest EVs (seed %d, %.2f EVs a day on average)%n",
                schedule, ConsoleReport.count(samples, "day", "days"), seed,
                days.stream().mapToInt(List::size).average().orElse(0));
        double worstGap = evaluation.worstReplayGap();
        console.printf(Locale.ROOT, "  profit: mean %.2f %s, 5th percentile %.2f, 95th percentile %.2f (each day's "
                        + "replay proven within %s of its optimum)%n", evaluation.meanProfit(), currency,
                evaluation.profitPercentile(5), evaluation.profitPercentile(95),
                Double.isNaN(worstGap) ? "an unknown gap" : String.format(Locale.ROOT, "%.4f %%", 100 * worstGap));
        if (!noPerfectInformation) {
            console.printf(Locale.ROOT, "  perfect-information bound: mean %.2f %s (the schedule gives up %.2f a day "
                    + "for not knowing the guest EVs)%n", evaluation.meanPerfectInformationProfit(), currency,
                    cents(evaluation.meanPerfectInformationProfit() - evaluation.meanProfit()));
        }
        console.printf(Locale.ROOT, "  guest EVs not served: %.1f %% of all EVs; on %.1f %% of days at least one%n",
                100 * evaluation.unservedShare(), 100 * evaluation.daysWithUnservedShare());
        if (folder != null) {
            write(folder.staging().resolve("evaluation.csv"), evaluation);
            folder.commit();
            console.println("wrote evaluation.csv to " + output.path());
        }
        return 0;
    }

    /** Rounded to the cent, so that a difference of 1e-12 reads 0.00 rather than -0.00. */
    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0 + 0.0;
    }

    private static void write(Path file, Evaluation evaluation) throws IOException {
        Files.createDirectories(file.getParent());
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader("day", "guest_evs", "hosted", "profit",
                        "replay_gap", "perfect_information_profit").build())) {
            for (Evaluation.Day day : evaluation.days()) {
                csv.printRecord(day.index(), day.guestEvs(), day.hosted(), day.profit(), day.replayGap(),
                        Double.isNaN(day.perfectInformationProfit()) ? "" : day.perfectInformationProfit());
            }
        }
    }
}
