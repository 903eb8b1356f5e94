package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.ConsoleReport;
import org.cemc.report.OutputFolder;
import org.cemc.report.ScenarioFiles;
import org.cemc.report.ScenarioPlot;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.scenario.Reduction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cemc scenarios [case]}: Monte Carlo guest EVs reduced to representatives by K-means (paper Fig. 6). */
@Command(name = "scenarios", mixinStandardHelpOptions = true, modelTransformer = ScenariosCommand.Wording.class,
        description = "Draw guest EVs from the case's guest_ev_scenarios distributions, reduce them to "
                + "representatives with K-means, and write samples.csv, representatives.csv and scenarios.png.",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc scenarios --out scenarios/",
            "  cemc scenarios --samples 500 --representatives 4 --seed 3 --out scenarios/",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT})
final class ScenariosCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @CommandLine.Mixin
    private SamplesOption samples;

    @Option(names = "--representatives", paramLabel = "K", description = "Clusters to keep (default: the case's).")
    private Integer representatives;

    @CommandLine.Mixin
    private SeedOption seed;

    @CommandLine.Mixin
    private OutOption output;

    /** scenarios' {@code --out}: required. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            return Tailoring.tailor(spec, "--out", o -> o.required(true).description("Folder to write the files to."));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        CommunityCase community = caseArgument.read();
        GuestEvScenarios block = community.guestEvScenarios().orElseThrow(() -> new InvalidCaseException(
                caseArgument.describe() + " has no guest_ev_scenarios block to draw from (see docs/scenarios.md)."));
        int n = samples.orElse(block.samples());
        int k = representatives != null ? representatives : block.representatives();
        if (n < 1 || k < 1 || k > n) {
            throw new InvalidCaseException("--samples must be >= 1 and --representatives between 1 and the number of "
                    + "samples; got " + n + " and " + k + ".");
        }
        Path out = output.path();
        EvRepresentatives result;
        try (OutputFolder folder = output.open(caseArgument.folder())) {
            result = EvRepresentatives.draw(block.withSampling(n, k, seed.orElse(block.seed())));
            ScenarioFiles.write(folder.staging(), result);
            ScenarioPlot.write(folder.staging(), result);
            folder.commit();
        }
        console.printf(Locale.ROOT, "%s drawn, reduced to %s:%n", ConsoleReport.count(n, "guest EV", "guest EVs"),
                ConsoleReport.count(result.clusters().size(), "representative", "representatives"));
        for (Reduction.Cluster<GuestEv> c : result.clusters()) {
            GuestEv ev = c.representative();
            console.printf(Locale.ROOT, "  cluster %d: p = %.3f (%s), arrives %.2f h, leaves %.2f h, "
                            + "%.0f %% charged%n", c.index(), c.probability(),
                    ConsoleReport.count(c.size(), "sample", "samples"), ev.arrivalHour(),
                    ev.departureHour(), 100 * ev.socArrival());
        }
        console.println("wrote " + ScenarioFiles.SAMPLES + ", " + ScenarioFiles.REPRESENTATIVES + " and "
                + ScenarioPlot.FILE + " to " + out);
        return 0;
    }
}
