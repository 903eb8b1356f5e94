package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.input.InvalidCaseException;
import org.cemc.result.FirstStage;
import org.cemc.result.Schedule;
import org.cemc.scenario.FleetScenarios;
import org.cemc.schedule.Evaluation;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.RunListener;
import org.cemc.schedule.Scheduler;
import org.cemc.schedule.SolveMethod;
import org.cemc.schedule.StochasticOutcome;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.TieBreak;
import org.cemc.solve.SolverSettings;
import org.cemc.synthetic.Shape;
import org.cemc.synthetic.SyntheticCase;
import org.hipparchus.stat.regression.SimpleRegression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cemc bench}: build, solve and LP-relaxation times, proven gap, peak memory and model size of synthetic
 * cases of growing size for each method and solver, as a Markdown table (docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, modelTransformer = BenchCommand.Wording.class,
        description = "Measure build time, solve time and proven gap, LP-relaxation time, peak memory and model size "
                + "on synthetic cases (18 houses per EC, one guest EV per 6 houses) for each method and solver, and "
                + "print a Markdown table with the fitted growth of solve time with size (given once at least three "
                + "sizes reached the gap tolerance). --stochastic-scenarios and --evaluate-days add rows for each "
                + "size's two-stage program and the evaluation of its schedule. --time-limit and --gap "
                + "apply to every run; --solver and --method measure one solver or method, as --solvers and "
                + "--methods with one name do.",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc bench --houses 18,180 --solvers cbc,highs --time-limit 60",
            "  cemc bench --houses 18,180,1800 --method decomposition --out bench.md",
            "  cemc bench --houses 1800 --stochastic-scenarios 3 --evaluate-days 100",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT})
final class BenchCommand implements Callable<Integer> {
    /** The synthetic cases' EC size: {@code --houses} takes multiples of it. */
    static final int HOUSES_PER_EC = 18;

    /** The fewest sizes solved within the gap tolerance that a growth fit is given for. */
    static final int SIZES_TO_FIT = 3;

    /** Days drawn for the two-stage program before they are reduced to --stochastic-scenarios. */
    static final int FLEETS_DRAWN = 20;

    /** The seed of the days --evaluate-days draws: evaluate's default, other than the cases'. */
    static final int EVALUATION_SEED = 7;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--houses", paramLabel = "N,N", split = ",", defaultValue = "18,180,1800,18000",
            description = "Case sizes in houses, each a multiple of 18, the size of an EC: other sizes are refused "
                    + "with exit status 2 (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--methods", paramLabel = "NAME,NAME", split = ",", defaultValue = "decomposition,direct",
            description = "Methods to measure, each run in this order within a size (default: ${DEFAULT-VALUE}).")
    private List<SolveMethod> methodList;

    @Option(names = "--solvers", paramLabel = "NAME,NAME", split = ",", defaultValue = "cbc,highs,scip",
            description = "Solvers to measure (default: ${DEFAULT-VALUE}).")
    private List<SolverBackend> solverList;

    @Option(names = "--any-community-shares", paramLabel = "S,S", split = ",", defaultValue = "0",
            description = "Shares of guest EVs that name no EC and may park at any charger, as generate's "
                    + "--any-community-share, each 0 to 1: every size is measured at each (default: ${DEFAULT-VALUE}).")
    private List<Double> anyCommunityShares;

    @Option(names = "--stochastic-scenarios", paramLabel = "N", defaultValue = "0",
            description = "Also solve each size's two-stage stochastic program over N guest-EV scenarios: "
                    + FLEETS_DRAWN + " days of about one guest EV per 6 houses, drawn as generate draws them "
                    + "(each free to park at any charger) and reduced to N (default: ${DEFAULT-VALUE}, none).")
    private int stochasticScenarios;

    @Option(names = "--evaluate-days", paramLabel = "N", defaultValue = "0",
            description = "Also evaluate each size's schedule on N drawn days as cemc evaluate does (seed "
                    + EVALUATION_SEED + ", days in parallel on every core, without the perfect-information days): "
                    + "the row's time is the whole evaluation's, its objective the mean profit and its gap the "
                    + "largest of any day's replay (default: ${DEFAULT-VALUE}, none).")
    private int evaluateDays;

    @Option(names = "--direct-up-to", paramLabel = "HOUSES", defaultValue = "1800",
            description = "Largest case the direct MILP and its LP relaxation are run on; above it their rows say "
                    + "why not (default: ${DEFAULT-VALUE}; the direct model of 18,000 houses does not fit in 8 GB).")
    private int directUpTo;

    @CommandLine.Mixin
    private SolverOptions solverOptions;

    @CommandLine.Mixin
    private SeedOption seedOption;

    @CommandLine.Mixin
    private OutOption output;

    /** bench's wording: one --solver or --method instead of the lists, its seed and its Markdown file. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            Tailoring.tailor(spec, "--solver", o -> o.defaultValue(null)
                    .description("Measure this one solver: the same as --solvers NAME (default: the --solvers list)."));
            Tailoring.tailor(spec, "--method", o -> o.defaultValue(null)
                    .description("Measure this one method: the same as --methods METHOD (default: the --methods "
                            + "list)."));
            Tailoring.tailor(spec, "--time-limit", o -> o.description("Time limit of each solve and of each LP "
                    + "relaxation (default: ${DEFAULT-VALUE})."));
            Tailoring.tailor(spec, "--seed", o -> o.defaultValue("1")
                    .description("Seed of the cases (default: ${DEFAULT-VALUE})."));
            return Tailoring.tailor(spec, "--out", o -> o.paramLabel("FILE")
                    .description("Also write the table to this Markdown file."));
        }
    }

    /** What a row measures: the day solved, its two-stage program, or its schedule evaluated on drawn days. */
    private enum Run {
        DAY, STOCHASTIC, EVALUATE
    }

    /**
     * One measured run; {@code figures} is empty where the run was left out, and {@code fitted} is the day's
     * outcome, which the growth fit reads.
     */
    private record Row(int houses, double anyCommunityShare, SolveMethod method, SolverBackend solver, String run,
                       Optional<Figures> figures, Optional<Outcome> fitted, long peakMegabytes) {

        static Row leftOut(int houses, double anyCommunityShare, SolveMethod method, SolverBackend solver,
                           String run) {
            return new Row(houses, anyCommunityShare, method, solver, run, Optional.empty(), Optional.empty(), -1);
        }
    }

    /** A row's cells from the model's size to the LP relaxation's time, each as printed. */
    private record Figures(String variables, String constraints, String binaries, String build, double solveSeconds,
                           String tieBreak, String status, double objective, double gap, String relaxation) {

        /** The day solved; {@code relaxed} is the direct model's LP relaxation (the decomposition solves none). */
        static Figures of(Outcome solved, Optional<Outcome> relaxed) {
            SolveResult s = solved.solve();
            return new Figures(count(solved.size().variables()), count(solved.size().constraints()),
                    count(solved.size().binaries()), seconds(solved.buildSeconds()), s.solveSeconds(),
                    BenchCommand.tieBreak(s.tieBreak()), s.status().name(), s.objective(), s.relativeGap(),
                    relaxed.map(BenchCommand::relaxationTime).orElse("–"));
        }

        /** The two-stage program: its objective is the expected profit. */
        static Figures of(StochasticOutcome solved) {
            SolveResult s = solved.solve();
            return new Figures(count(solved.size().variables()), count(solved.size().constraints()),
                    count(solved.size().binaries()), seconds(solved.buildSeconds()), s.solveSeconds(),
                    BenchCommand.tieBreak(s.tieBreak()), s.status().name() + (solved.trusted() ? "" : ", not trusted"),
                    s.objective(), s.relativeGap(), "–");
        }

        /** An evaluation: its wall time, the mean profit of its days and the largest gap of their replays. */
        static Figures of(Evaluation evaluation, double seconds) {
            return new Figures("–", "–", "–", "–", seconds, "–", evaluation.days().size() + " days checked",
                    evaluation.meanProfit(), evaluation.worstReplayGap(), "–");
        }

        private static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n);
        }

        private static String seconds(double s) {
            return String.format(Locale.ROOT, "%.2f", s);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        checkSizes();
        checkShares();
        checkRuns();
        List<SolverBackend> solvers = solvers();
        List<SolveMethod> methods = methods();
        for (SolverBackend solver : solvers) {
            solverOptions.settings(solver, false);
        }
        long seed = seedOption.value();
        warmUp(solvers, methods, seed);
        List<Row> rows = new ArrayList<>();
        for (int houses : sizes) {
            for (double share : anyCommunityShares) {
                CommunityCase community = SyntheticCase.generate(Shape.of(houses / HOUSES_PER_EC, HOUSES_PER_EC,
                        houses / 6).withAnyCommunityShare(share), seed);
                for (SolveMethod requested : methods) {
                    SolveMethod method = requested.resolve(community, false);
                    for (SolverBackend solver : solvers) {
                        for (Row row : measure(community, share, method, solver)) {
                            rows.add(row);
                            console.println(line(row));
                            console.flush();
                        }
                    }
                }
            }
        }
        String table = table(rows);
        console.println();
        console.print(table);
        if (output.path() != null) {
            Files.writeString(output.path(), table);
        }
        return 0;
    }

    /**
     * Every size is a positive multiple of {@link #HOUSES_PER_EC}, so each row's label is the number of houses
     * solved; checked before anything is solved or written.
     */
    private void checkSizes() {
        List<Integer> refused = sizes.stream().filter(h -> h <= 0 || h % HOUSES_PER_EC != 0).toList();
        if (!refused.isEmpty()) {
            int first = refused.get(0);
            int below = Math.max(HOUSES_PER_EC, first / HOUSES_PER_EC * HOUSES_PER_EC);
            throw new InvalidCaseException(String.format(Locale.ROOT, "--houses %s: bench's synthetic cases are "
                    + "made of ECs of %d houses, so each size must be a positive multiple of %d; got %s. Give, "
                    + "for example, %d or %d instead of %d.", sizes.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), HOUSES_PER_EC, HOUSES_PER_EC,
                    refused.stream().map(String::valueOf).collect(Collectors.joining(", ")), below,
                    below + HOUSES_PER_EC, first));
        }
    }

    private void checkShares() {
        anyCommunityShares.stream().filter(share -> !(share >= 0 && share <= 1)).findFirst().ifPresent(share -> {
            throw new InvalidCaseException("--any-community-shares: each share must be 0 to 1; got " + share + ".");
        });
    }

    private void checkRuns() {
        if (stochasticScenarios < 0 || stochasticScenarios > FLEETS_DRAWN) {
            throw new InvalidCaseException(String.format(Locale.ROOT, "--stochastic-scenarios: the %d days drawn are "
                    + "reduced to at most %d scenarios (0 for none); got %d.", FLEETS_DRAWN, FLEETS_DRAWN,
                    stochasticScenarios));
        }
        if (evaluateDays < 0) {
            throw new InvalidCaseException("--evaluate-days must be 0 (none) or more; got " + evaluateDays + ".");
        }
    }

    /** {@code --solver NAME} as a one-name {@code --solvers}; both at once is a bad input. */
    private List<SolverBackend> solvers() {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (!given.hasMatchedOption("--solver")) {
            return solverList;
        }
        if (given.hasMatchedOption("--solvers")) {
            throw new InvalidCaseException("bench takes --solver or --solvers, not both.");
        }
        return List.of(solverOptions.backend());
    }

    /** {@code --method NAME} as a one-name {@code --methods}; both at once is a bad input. */
    private List<SolveMethod> methods() {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (!given.hasMatchedOption("--method")) {
            return methodList;
        }
        if (given.hasMatchedOption("--methods")) {
            throw new InvalidCaseException("bench takes --method or --methods, not both.");
        }
        return List.of(solverOptions.method());
    }

    /**
     * Solves a small case once with each method and solver, unmeasured, so that loading OR-Tools' native library
     * and compiling the hot Java code are not charged to the first row.
     */
    private void warmUp(List<SolverBackend> solvers, List<SolveMethod> methods, long seed) {
        spec.commandLine().getErr().println("bench: warming up...");
        CommunityCase small = SyntheticCase.generate(1, 18, 3, seed);
        for (SolveMethod method : methods) {
            for (SolverBackend solver : solvers) {
                Scheduler.run(small, solverOptions.settings(solver, false), method);
            }
        }
    }

    /**
     * The rows of one case, method and solver: the day, then its two-stage program and the evaluation of its
     * schedule where asked for; the direct MILP is left out above --direct-up-to.
     */
    private List<Row> measure(CommunityCase community, double share, SolveMethod method, SolverBackend solver) {
        int houses = community.houses().size();
        String stochastic = String.format(Locale.ROOT, "stochastic, %d scenarios", stochasticScenarios);
        String evaluation = String.format(Locale.ROOT, "evaluate, %d days", evaluateDays);
        List<Row> rows = new ArrayList<>();
        if (method == SolveMethod.DIRECT && houses > directUpTo) {
            rows.add(Row.leftOut(houses, share, method, solver, "day"));
            if (stochasticScenarios > 0) {
                rows.add(Row.leftOut(houses, share, method, solver, stochastic));
            }
            if (evaluateDays > 0) {
                rows.add(Row.leftOut(houses, share, method, solver, evaluation));
            }
            return rows;
        }
        SolverSettings settings = solverOptions.settings(solver, false);
        GuestEvScenarios days = SyntheticCase.guestEvScenarios(houses / 6.0, FLEETS_DRAWN,
                Math.max(1, stochasticScenarios), seedOption.value());
        Row dayRow = measured(community, share, method, solver, "day", () -> {
            Outcome solved = Scheduler.run(community, settings, method);
            Optional<Outcome> relaxed = method == SolveMethod.DIRECT
                    ? Optional.of(Scheduler.run(community, solverOptions.settings(solver, true), method))
                    : Optional.empty();
            return new Measured(Figures.of(solved, relaxed), Optional.of(solved));
        });
        rows.add(dayRow);
        if (stochasticScenarios > 0) {
            rows.add(measured(community, share, method, solver, stochastic, () -> new Measured(Figures.of(
                    Scheduler.runStochastic(community, FleetScenarios.draw(days, community.grid()), settings, method,
                            RunListener.SILENT)), Optional.empty())));
        }
        Optional<Schedule> schedule = dayRow.fitted().flatMap(Outcome::schedule);
        if (evaluateDays > 0 && schedule.isPresent()) {
            FirstStage firstStage = FirstStage.of(schedule.get());
            List<List<GuestEv>> drawn = FleetScenarios.sample(days, evaluateDays, EVALUATION_SEED, "day");
            rows.add(measured(community, share, method, solver, evaluation, () -> {
                long start = System.nanoTime();
                Evaluation evaluated = Evaluation.run(community, firstStage, drawn, settings, method, false,
                        Runtime.getRuntime().availableProcessors(), done -> { });
                return new Measured(Figures.of(evaluated, (System.nanoTime() - start) / 1e9), Optional.empty());
            }));
        }
        return rows;
    }

    /** A run's figures, and the day's outcome where the run solved the day. */
    private record Measured(Figures figures, Optional<Outcome> fitted) {
    }

    /** Runs {@code work} with the peak memory of this process and its solver processes measured. */
    private Row measured(CommunityCase community, double share, SolveMethod method, SolverBackend solver, String run,
                         Supplier<Measured> work) {
        spec.commandLine().getErr().printf(Locale.ROOT, "bench: %d houses, any-EC share %s, %s, %s, %s...%n",
                community.houses().size(), share(share), method.cliName(), solver.cliName(), run);
        spec.commandLine().getErr().flush();
        resetPeakMemory();
        try (ProcessTreeMemory memory = ProcessTreeMemory.start()) {
            Measured measured = work.get();
            return new Row(community.houses().size(), share, method, solver, run, Optional.of(measured.figures()),
                    measured.fitted(), memory.peakMegabytes());
        }
    }

    private String table(List<Row> rows) {
        StringBuilder md = new StringBuilder("| houses | any-EC share | method | solver | run | variables "
                + "| constraints | free binaries | build (s) | solve (s) | of it tie-break (s) | status | objective "
                + "| proven gap | LP relaxation (s) | peak memory (MB) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(line(r)).append('\n'));
        md.append('\n');
        for (double share : anyCommunityShares) {
            for (SolveMethod method : rows.stream().map(Row::method).distinct().toList()) {
                for (SolverBackend solver : rows.stream().map(Row::solver).distinct().toList()) {
                    SimpleRegression fit = new SimpleRegression();
                    List<Outcome> solved = rows.stream().filter(r -> r.anyCommunityShare() == share
                                    && r.method() == method && r.solver() == solver)
                            .flatMap(r -> r.fitted().filter(o -> o.solve().status() == SolveStatus.OPTIMAL).stream())
                            .toList();
                    solved.forEach(o -> fit.addData(Math.log(o.community().houses().size()),
                            Math.log(Math.max(o.solve().solveSeconds(), 1e-3))));
                    long distinctSizes = solved.stream().mapToInt(o -> o.community().houses().size()).distinct()
                            .count();
                    if (distinctSizes >= SIZES_TO_FIT) {
                        md.append(String.format(Locale.ROOT, "- %s, %s, any-EC share %s: solve time grows as "
                                        + "houses^%.2f over the %d sizes it solved within the gap tolerance%n",
                                method.cliName(), solver.cliName(), share(share), fit.getSlope(), distinctSizes));
                    }
                }
            }
        }
        md.append(String.format(Locale.ROOT, "\nGrowth is fitted over at least %d sizes solved within the gap "
                + "tolerance; runs stopped by the time limit are left out of the fits.\n", SIZES_TO_FIT));
        return md.toString();
    }

    private String line(Row r) {
        if (r.figures().isEmpty()) {
            return String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | not run: above --direct-up-to %d houses | | "
                    + "| | | | | | | | |", r.houses(), share(r.anyCommunityShare()), r.method().cliName(),
                    r.solver().cliName(), r.run(), directUpTo);
        }
        Figures f = r.figures().get();
        return String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %s | %.2f | %s "
                        + "| %s | %d |",
                r.houses(), share(r.anyCommunityShare()), r.method().cliName(), r.solver().cliName(), r.run(),
                f.variables(), f.constraints(), f.binaries(), f.build(), f.solveSeconds(), f.tieBreak(), f.status(),
                f.objective(),
                Double.isNaN(f.gap()) ? "unknown" : String.format(Locale.ROOT, "%.3f %%", 100 * f.gap()),
                f.relaxation(), r.peakMegabytes());
    }

    /**
     * The tie-break's seconds (with the decomposition: its blocks' added up, so it may exceed the wall-clock solve);
     * "unfinished" where its time ran out.
     */
    private static String tieBreak(TieBreak tieBreak) {
        return switch (tieBreak.status()) {
            case APPLIED -> String.format(Locale.ROOT, "%.2f", tieBreak.seconds());
            case UNFINISHED -> String.format(Locale.ROOT, "unfinished after %.2f", tieBreak.seconds());
            case NOT_RUN -> "–";
        };
    }

    /** A share as given: 0, 0.1. */
    private static String share(double share) {
        return java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }

    private static String relaxationTime(Outcome relaxed) {
        SolveResult s = relaxed.solve();
        return s.status() == SolveStatus.OPTIMAL
                ? String.format(Locale.ROOT, "%.2f", s.solveSeconds())
                : String.format(Locale.ROOT, "%s after %.2f", s.status(), s.solveSeconds());
    }

    /**
     * Starts a new peak for {@link ProcessTreeMemory}: frees what earlier runs left (G1 gives unused heap back after a
     * full collection) and resets Linux's high-water mark of this process's resident memory (clear_refs, since
     * Linux 4.0).
     */
    private static void resetPeakMemory() {
        System.gc();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            // Not allowed here: the peak then runs over all runs so far (docs/performance.md says so).
        }
    }
}
