package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.community.Switches;
import org.cemc.report.ConsoleReport;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.Summary;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cemc solve [case] [--out dir]}: the day-ahead schedule of a case, checked, with its profit table. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a case (the built-in case study when none is given), check the schedule and print "
                + "the profit table; with --out, write schedule.csv, guest-evs.csv, profit.csv and summary.json.")
final class SolveCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE",
            description = "Case folder holding case.yaml (default: the built-in case study).")
    private Path caseFolder;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the results to.")
    private Path out;

    @Option(names = "--solver", paramLabel = "NAME", defaultValue = "cbc",
            description = "MILP solver: cbc, highs or scip (default: ${DEFAULT-VALUE}, the fastest on the built-in case; see docs/solvers.md).")
    private String solver;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop after this many seconds with the best schedule found (default: ${DEFAULT-VALUE}).")
    private double timeLimit;

    @Option(names = "--gap", paramLabel = "RELATIVE", defaultValue = "1e-4",
            description = "Stop once the proven relative optimality gap is at most this (default: ${DEFAULT-VALUE}).")
    private double gap;

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

    @Option(names = "--ev-mode", paramLabel = "MODE", defaultValue = "representatives",
            description = "With guest_ev_scenarios in the case: 'representatives' (each K-means representative is "
                    + "one guest-EV request, as in the paper) or 'stochastic' (default: ${DEFAULT-VALUE}).")
    private EvMode evMode;

    @Option(names = "--lp-relaxation", description = "Solve with every binary relaxed: prints a bound, writes no schedule.")
    private boolean lpRelaxation;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolverSettings settings = settings();
        if (settings == null) {
            return Main.BAD_INPUT;
        }
        CommunityCase community = Cases.read(caseFolder);
        community = community.withSwitches(switches(community.switches()));
        if (community.guestEvScenarios().isPresent()) {
            EvRepresentatives representatives = EvRepresentatives.draw(community.guestEvScenarios().get());
            out.print(ConsoleReport.representatives(representatives));
            community = community.withGuestEvs(representatives.requests());
        }

        Outcome outcome = Scheduler.run(community, settings, refused -> {
            ConsoleReport.refusals(refused).forEach(err::println);
            err.flush();
        });
        out.print(ConsoleReport.facts(outcome));
        if (settings.relaxIntegers()) {
            writeSummary(outcome);
            return outcome.solve().status().hasSolution() ? 0 : Main.NO_SCHEDULE;
        }
        if (outcome.schedule().isEmpty()) {
            err.println("cemc: no schedule: " + ConsoleReport.whyNoSchedule(outcome));
            writeSummary(outcome);
            return Main.NO_SCHEDULE;
        }
        out.println();
        out.print(ConsoleReport.profitTable(community, outcome.profit().orElseThrow()));
        if (this.out != null) {
            ScheduleFiles.write(this.out, community, outcome.schedule().orElseThrow(), outcome.profit().orElseThrow());
            Summary.write(this.out, outcome);
            out.println();
            out.println("wrote " + ScheduleFiles.SCHEDULE + ", " + ScheduleFiles.GUEST_EVS + ", "
                    + ScheduleFiles.PROFIT + " and " + Summary.FILE + " to " + this.out);
        }
        return 0;
    }

    private SolverSettings settings() {
        PrintWriter err = spec.commandLine().getErr();
        SolverBackend backend;
        try {
            backend = SolverBackend.valueOf(solver.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("cemc: --solver " + solver + " is not known; choose highs, scip or cbc.");
            return null;
        }
        if (!MilpSolver.isAvailable(backend)) {
            err.println("cemc: --solver " + solver + " is not available in this OR-Tools build; try highs.");
            return null;
        }
        if (!(timeLimit > 0) || !(gap >= 0)) {
            err.println("cemc: --time-limit must be > 0 seconds and --gap >= 0 (got " + timeLimit + " and " + gap + ").");
            return null;
        }
        return new SolverSettings(backend, timeLimit, gap, lpRelaxation);
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
        return on.withLpRelaxation(lpRelaxation);
    }

    private void writeSummary(Outcome outcome) throws IOException {
        if (out != null) {
            Summary.write(out, outcome);
        }
    }
}
