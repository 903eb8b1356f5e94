package org.cemc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.report.ComparisonReport;
import org.cemc.report.Progress;
import org.cemc.schedule.Comparison;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cemc compare [case]}: the value of each part of the scheme, and who gains from taking part. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Solve the case as it is, without P2P, without DR, without guest EVs, without V2G, and with "
                + "every house standing alone with the grid; print the community's profit and each house's net in "
                + "each, and flag any house worse off in the full scheme than standing alone.")
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write compare.csv to.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        CommunityCase community = CaseScheduling.withGuestEvRequests(caseArgument.read(), spec.commandLine().getOut());
        Comparison comparison = Comparison.run(community, SolverSettings.defaults(),
                new Progress(spec.commandLine().getErr(), "solving variants", Comparison.Scheme.values().length));
        spec.commandLine().getOut().print(ComparisonReport.text(comparison));
        if (out != null) {
            ComparisonReport.write(out, comparison);
            spec.commandLine().getOut().println("wrote " + ComparisonReport.FILE + " to " + out);
        }
        return 0;
    }
}
