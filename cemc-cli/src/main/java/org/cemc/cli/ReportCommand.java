package org.cemc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.report.HtmlReport;
import org.cemc.report.Progress;
import org.cemc.schedule.Comparison;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cemc report [case] --out DIR}: one self-contained report.html of the day. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Solve the case, compare it with each part of the scheme taken away, and write report.html "
                + "(opens offline in any browser) with the plots beside it.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write report.html to.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        CommunityCase community = CaseScheduling.withGuestEvRequests(caseArgument.read(), spec.commandLine().getOut());
        Comparison comparison = Comparison.run(community, SolverSettings.defaults(),
                new Progress(spec.commandLine().getErr(), "solving variants", Comparison.Scheme.values().length));
        HtmlReport.write(out, comparison);
        spec.commandLine().getOut().println("wrote " + HtmlReport.FILE + " to " + out);
        return 0;
    }
}
