package org.cemc.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.report.HtmlReport;
import org.cemc.report.OutputFolder;
import org.cemc.schedule.Comparison;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cemc report [case] --out DIR}: one self-contained report.html of the day. */
@Command(name = "report", mixinStandardHelpOptions = true, modelTransformer = ReportCommand.Wording.class,
        description = "Solve the case, compare it with each part of the scheme taken away (each with the same "
                + "solver options), and write report.html (opens offline in any browser) with the plots beside it; "
                + "with --settlement (or a case that names its settlement: rule), settlement rules side by side.",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc report --out report/",
            "  cemc report examples/two-houses --solver highs --out report/",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT, Help.NO_SCHEDULE_VARIANT})
final class ReportCommand implements Callable<Integer> {

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

    /** report's {@code --out}: required. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return Tailoring.tailor(spec, "--out", o -> o.required(true).description("Folder to write report.html to."));
        }
    }

    @Override
    public Integer call() throws IOException {
        SolverSettings settings = solverOptions.settings(false);
        SolveMethod method = solverOptions.method();
        CommunityCase community = caseArgument.read();
        try (OutputFolder folder = output.open(caseArgument.folder())) {
            community = CaseScheduling.withGuestEvRequests(community, spec.commandLine().getOut());
            Optional<Comparison> solved = CompareCommand.solveVariants(spec, community, settings, method);
            if (solved.isEmpty()) {
                return Main.NO_SCHEDULE;
            }
            Comparison comparison = solved.get();
            HtmlReport.write(folder.staging(), comparison, CompareCommand.fairShares(spec, comparison,
                    settlementOption.rules(community), settings), Instant.now());
            folder.commit();
            spec.commandLine().getOut().println(CompareCommand.solvedWith(comparison));
            spec.commandLine().getOut().println("wrote " + HtmlReport.FILE + " to " + output.path());
            return 0;
        }
    }
}
