package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cemc.allocation.CommunityGame;
import org.cemc.allocation.FairShares;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import org.cemc.report.ComparisonReport;
import org.cemc.report.ConsoleReport;
import org.cemc.report.FairSharesReport;
import org.cemc.report.OutputFolder;
import org.cemc.report.Progress;
import org.cemc.schedule.Comparison;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveResult;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cemc compare [case]}: the value of each part of the scheme, and who gains from taking part. */
@Command(name = "compare", mixinStandardHelpOptions = true, modelTransformer = CompareCommand.Wording.class,
        description = "Solve the case as it is, without P2P, without DR, without guest EVs, without V2G, and with "
                + "every house standing alone with the grid, each with the same solver options; print the "
                + "community's profit and each house's net money in each, and flag any house with less money in the "
                + "full scheme than standing alone. With --settlement, put settlement rules side by side.",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc compare examples/two-houses --out compare/",
            "  cemc compare --settlement p2p-price,shapley,equal-surplus",
            "  cemc compare --solver highs --time-limit 5",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT, Help.NO_SCHEDULE_VARIANT})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @CommandLine.Mixin
    private SolverOptions solverOptions;

    @CommandLine.Mixin
    private OutOption output;

    @CommandLine.Mixin
    private SettlementOption settlementOption;

    /** compare's wording of {@code --out}. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return Tailoring.tailor(spec, "--out", o -> o.description("Folder to write compare.csv to, and with "
                    + "--settlement allocations.csv and core-check.csv."));
        }
    }

    @Override
    public Integer call() throws IOException {
        SolverSettings settings = solverOptions.settings(false);
        SolveMethod method = solverOptions.method();
        CommunityCase community = caseArgument.read();
        try (OutputFolder folder = output.open(caseArgument.folder())) {
            community = CaseScheduling.withGuestEvRequests(community, spec.commandLine().getOut());
            Optional<Comparison> solved = solveVariants(spec, community, settings, method);
            if (solved.isEmpty()) {
                return Main.NO_SCHEDULE;
            }
            Comparison comparison = solved.get();
            Optional<FairShares> fairShares = fairShares(spec, comparison, settlementOption.rules(community),
                    settings);
            PrintWriter out = spec.commandLine().getOut();
            out.println(solvedWith(comparison));
            out.print(ComparisonReport.text(comparison));
            fairShares.ifPresent(shares -> out.print(FairSharesReport.text(shares, fullCase(comparison))));
            if (folder != null) {
                ComparisonReport.write(folder.staging(), comparison);
                List<String> files = new ArrayList<>(List.of(ComparisonReport.FILE));
                if (fairShares.isPresent()) {
                    FairSharesReport.write(folder.staging(), fairShares.get(), fullCase(comparison));
                    files.addAll(List.of(FairSharesReport.ALLOCATIONS, FairSharesReport.CORE_CHECK));
                }
                folder.commit();
                out.println("wrote " + String.join(", ", files) + " to " + output.path());
            }
            return 0;
        }
    }

    /**
     * Every variant solved with the same settings and method, with progress on stderr; empty, once stderr says
     * why, when a variant has no checked schedule (the command then exits with {@link Main#NO_SCHEDULE}).
     */
    static Optional<Comparison> solveVariants(CommandSpec spec, CommunityCase community, SolverSettings settings,
                                              SolveMethod method) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return Optional.of(Comparison.run(community, settings, method,
                    new Progress(err, "solving variants", Comparison.Scheme.values().length)));
        } catch (Comparison.VariantWithoutSchedule e) {
            err.println("cemc: no schedule for the variant " + e.scheme().label() + ", so nothing to compare: "
                    + ConsoleReport.whyNoSchedule(e.outcome()));
            return Optional.empty();
        }
    }

    /**
     * The settlement rules applied to the full scheme's schedule, side by side, with coalitions solved with the
     * variants' settings and their progress on stderr; empty when no rule is asked for.
     *
     * @throws CommunityGame.CoalitionWithoutSchedule when a coalition has no checked schedule (exit status 3)
     */
    static Optional<FairShares> fairShares(CommandSpec spec, Comparison comparison, List<SettlementRule> rules,
                                           SolverSettings settings) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        PrintWriter err = spec.commandLine().getErr();
        return Optional.of(FairShares.compare(comparison.variant(Comparison.Scheme.FULL).settlement(), rules,
                settings, coalitions -> new Progress(err, "solving coalitions", coalitions)));
    }

    private static CommunityCase fullCase(Comparison comparison) {
        return comparison.variant(Comparison.Scheme.FULL).outcome().community();
    }

    /**
     * One line saying how the variants were solved: the solver, method, time limit and gap, and each variant's
     * status and proven gap unless every one was proven optimal (a comparison of unproven schedules can mislead).
     */
    static String solvedWith(Comparison comparison) {
        Outcome full = comparison.variant(Comparison.Scheme.FULL).outcome();
        SolverSettings settings = full.settings();
        String methods = comparison.variants().stream().map(v -> v.outcome().method().cliName()).distinct()
                .collect(Collectors.joining(" and "));
        String statuses = comparison.variants().stream().allMatch(v -> v.outcome().solve().status() == SolveStatus.OPTIMAL)
                ? "every variant OPTIMAL"
                : comparison.variants().stream().map(v -> v.scheme().label() + " " + status(v.outcome().solve()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "solver: %s %s, method %s, time limit %s s, gap %s: %s",
                full.solve().solverName(), full.solve().solverVersion(), methods, plain(settings.timeLimitSeconds()),
                plain(settings.relativeGap()), statuses);
    }

    private static String status(SolveResult solve) {
        return Double.isNaN(solve.relativeGap()) ? solve.status() + " (gap unknown)"
                : String.format(Locale.ROOT, "%s (proven gap %.4f %%)", solve.status(), 100 * solve.relativeGap());
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
