package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.cemc.allocation.Allocation;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.Hostability;
import org.cemc.community.SettlementRule;
import org.cemc.community.Switches;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.Compression;
import org.cemc.report.ConsoleReport;
import org.cemc.report.FairSharesReport;
import org.cemc.report.FirstStageFile;
import org.cemc.report.OutputFolder;
import org.cemc.report.Plots;
import org.cemc.report.Progress;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.SolveProgressLine;
import org.cemc.report.Summary;
import org.cemc.result.FirstStage;
import org.cemc.result.Schedule;
import org.cemc.scenario.FleetScenarios;
import org.cemc.schedule.EvMode;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.RunListener;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.schedule.StochasticOutcome;
import org.cemc.solve.SolveProgress;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code cemc solve [case] [--out dir]}: the day-ahead schedule of a case, checked, with its profit table. */
@Command(name = "solve", mixinStandardHelpOptions = true, modelTransformer = SolveCommand.Wording.class,
        description = "Solve a case (the built-in case study when none is given), check the schedule and print "
                + "the profit table; with --out, write the schedule, settlement, plots and summary.json listed "
                + "below.",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc solve examples/two-houses --out results/",
            "  cemc solve --solver highs --no-p2p --time-limit 30",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT, Help.NO_SCHEDULE_SOLVE})
final class SolveCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** solve's help: the files --out writes, from the writers' constants, before the exit statuses. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            return Help.insertBeforeExitStatus(spec, Help.solveOutSection());
        }
    }

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @CommandLine.Mixin
    private OutOption output;

    @CommandLine.Mixin
    private SolverOptions solverOptions;

    @Option(names = "--no-p2p", description = "No P2P trading between houses.")
    private boolean noP2p;

    @Option(names = "--no-dr", description = "No DR curtailment (stand-by is still paid).")
    private boolean noDr;

    @Option(names = "--no-guest-evs", description = "Host no guest EVs.")
    private boolean noGuestEvs;

    @Option(names = "--no-v2g", description = "Guest EVs do not discharge.")
    private boolean noV2g;

    @Option(names = "--exclusive-ev-mode", description = "An EV never charges and discharges in the same period.")
    private boolean exclusiveEvMode;

    @Option(names = "--ev-mode", paramLabel = "MODE", defaultValue = "representatives", converter = EvModeName.class,
            description = "With guest_ev_scenarios in the case: 'representatives' (each K-means representative is "
                    + "one guest-EV request, as in the paper) or 'stochastic' (default: ${DEFAULT-VALUE}).")
    private EvMode evMode;

    @Option(names = "--compress", description = "With --out: write the CSV files gzip-compressed, as NAME.csv.gz "
            + "(for large cases; cemc evaluate reads first-stage.csv.gz as it is).")
    private boolean compress;

    @Option(names = "--lp-relaxation", description = "Solve with every binary relaxed: prints a bound, writes no schedule.")
    private boolean lpRelaxation;

    @Override
    public Integer call() throws IOException {
        SolverSettings settings = solverOptions.settings(lpRelaxation);
        SolveMethod method = solverOptions.method();
        if (compress && output.path() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compress compresses the files --out "
                    + "writes; give --out DIR too.");
        }
        CommunityCase community = caseArgument.read();
        community = community.withSwitches(switches(community.switches()));
        if (evMode == EvMode.STOCHASTIC) {
            if (community.settlement().kind() != SettlementRule.Kind.P2P_PRICE) {
                throw new InvalidCaseException(caseArgument.describe() + " names settlement: "
                        + community.settlement().kind().key() + ", which shares one day's schedule, but --ev-mode "
                        + "stochastic settles each scenario at the P2P price (docs/settlement.md); solve without "
                        + "--ev-mode stochastic, or remove settlement: from its case.yaml.");
            }
            GuestEvScenarios block = community.guestEvScenarios().orElseThrow(() -> new InvalidCaseException(
                    "--ev-mode stochastic needs guest EVs given as distributions, but "
                            + caseArgument.describe() + " has no guest_ev_scenarios block (see docs/scenarios.md)."));
            try (OutputFolder folder = output.open(caseArgument.folder())) {
                return solveStochastic(community, block, settings, method, folder);
            }
        }
        try (OutputFolder folder = output.open(caseArgument.folder())) {
            return solve(CaseScheduling.withGuestEvRequests(community, spec.commandLine().getOut()), settings, method,
                    folder);
        }
    }

    private int solve(CommunityCase community, SolverSettings settings, SolveMethod method, OutputFolder folder)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolveProgressLine solving = new SolveProgressLine(err, settings.backend().cliName(), settings.timeLimitSeconds());
        Outcome outcome = Scheduler.run(community, settings, method, Optional.empty(), listener(err, solving));
        solving.done();
        out.print(ConsoleReport.facts(outcome));
        if (settings.relaxIntegers()) {
            writeSummary(folder, Summary.of(outcome));
            return outcome.solve().status().hasSolution() ? 0 : Main.NO_SCHEDULE;
        }
        if (outcome.schedule().isEmpty()) {
            err.println("cemc: no schedule: " + ConsoleReport.whyNoSchedule(outcome));
            writeSummary(folder, Summary.of(outcome));
            return Main.NO_SCHEDULE;
        }
        Schedule schedule = outcome.schedule().orElseThrow();
        out.println();
        out.print(ConsoleReport.profitTable(community, outcome.profit().orElseThrow()));
        Optional<Allocation> allocation = Allocation.byCaseRule(outcome.community(), schedule, outcome.settings(),
                coalitions -> new Progress(err, "solving coalitions", coalitions));
        allocation.ifPresent(a -> out.print(FairSharesReport.summary(a, community)));
        if (folder != null) {
            Path staging = folder.staging();
            ScheduleFiles.Written written = ScheduleFiles.write(staging, community, schedule,
                    outcome.profit().orElseThrow(), allocation, compression());
            String firstStage = FirstStageFile.write(staging, community, FirstStage.of(schedule), compression());
            Plots.write(staging, community, schedule, outcome.profit().orElseThrow());
            writeSummary(folder, Summary.of(outcome));
            out.println();
            out.println("wrote " + String.join(", ", written.files()) + ", " + firstStage + ", "
                    + Summary.FILE + " and " + Plots.FILES.size() + " plots to " + output.path());
            written.leftOut().forEach(out::println);
        }
        return 0;
    }

    /** Refused guest EVs and progress (the decomposition's or the solver's) on standard error. */
    private static RunListener listener(PrintWriter err, SolveProgressLine solving) {
        return new RunListener() {
            @Override
            public void refused(List<Hostability> refused) {
                ConsoleReport.refusals(refused).forEach(err::println);
                err.flush();
            }

            @Override
            public IntConsumer decomposition(int steps) {
                return new Progress(err, "decomposing over the P2P pool", steps);
            }

            @Override
            public SolveProgress solve() {
                return solving;
            }
        };
    }

    private int solveStochastic(CommunityCase community, GuestEvScenarios block, SolverSettings settings,
                                SolveMethod method, OutputFolder folder) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetScenarios scenarios = FleetScenarios.draw(block, community.grid());
        out.printf(Locale.ROOT, "guest EVs: %s drawn, reduced by K-means to %s%n",
                ConsoleReport.count(block.fleets(), "whole day", "whole days"),
                ConsoleReport.count(scenarios.clusters().size(), "scenario", "scenarios"));
        SolveProgressLine solving = new SolveProgressLine(err, settings.backend().cliName(), settings.timeLimitSeconds());
        StochasticOutcome outcome = Scheduler.runStochastic(community, scenarios, settings, method,
                listener(err, solving));
        solving.done();
        out.print(ConsoleReport.facts(outcome));
        if (settings.relaxIntegers()) {
            writeSummary(folder, Summary.of(outcome));
            return outcome.solve().status().hasSolution() ? 0 : Main.NO_SCHEDULE;
        }
        if (!outcome.trusted()) {
            err.println("cemc: no schedule: " + ConsoleReport.whyNoSchedule(outcome));
            writeSummary(folder, Summary.of(outcome));
            return Main.NO_SCHEDULE;
        }
        if (folder != null) {
            Path staging = folder.staging();
            for (StochasticOutcome.Scenario s : outcome.scenarios()) {
                ScheduleFiles.write(staging.resolve("scenario-" + s.index()), s.community(), s.schedule().orElseThrow(),
                        s.profit().orElseThrow(), compression()).leftOut().forEach(out::println);
            }
            String firstStage = FirstStageFile.write(staging, community,
                    FirstStage.of(outcome.scenarios().get(0).schedule().orElseThrow()), compression());
            writeSummary(folder, Summary.of(outcome));
            out.println("wrote scenario-1.." + outcome.scenarios().size() + "/ (schedule, guest EVs and profit of each "
                    + "scenario), " + firstStage + " and " + Summary.FILE + " to " + output.path());
        }
        return 0;
    }

    /** --ev-mode by the names the API's ev_mode takes too. */
    static final class EvModeName implements CommandLine.ITypeConverter<EvMode> {
        @Override
        public EvMode convert(String name) {
            return EvMode.named(name).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "choose " + EvMode.choices() + "; got '" + name + "'"));
        }
    }

    private Compression compression() {
        return compress ? Compression.GZIP : Compression.NONE;
    }

    private Switches switches(Switches fromCase) {
        Switches on = fromCase;
        if (noP2p) {
            on = on.withP2p(false);
        }
        if (noDr) {
            on = on.withDr(false);
        }
        if (noGuestEvs) {
            on = on.withGuestEvs(false);
        }
        if (noV2g) {
            on = on.withV2g(false);
        }
        if (exclusiveEvMode) {
            on = on.withExclusiveEvMode(true);
        }
        return on;
    }

    /**
     * Writes summary.json into the staging folder and moves the run's files into place: the last step of a run
     * with {@code --out}, which also removes the files of the previous run there (none without --out).
     */
    private static void writeSummary(OutputFolder folder, Map<String, Object> summary) throws IOException {
        if (folder != null) {
            Summary.write(folder.staging(), summary);
            folder.commit();
        }
    }
}
