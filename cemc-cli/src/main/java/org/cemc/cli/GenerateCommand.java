package org.cemc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.input.CaseWriter;
import org.cemc.input.InvalidCaseException;
import org.cemc.synthetic.SyntheticCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cemc generate}: a synthetic case of any size around the built-in case study. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic case: ECs of houses with PV, loads, DR and chargers, and guest-EV requests, "
                + "drawn from documented ranges around the built-in case study (docs/performance.md).")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--ecs", paramLabel = "N", defaultValue = "3", description = "Energy communities (default: ${DEFAULT-VALUE}).")
    private int ecs;

    @Option(names = "--houses-per-ec", paramLabel = "N", defaultValue = "6",
            description = "Houses in each community (default: ${DEFAULT-VALUE}).")
    private int housesPerEc;

    @Option(names = "--guest-evs", paramLabel = "N", defaultValue = "3", description = "Guest-EV requests (default: ${DEFAULT-VALUE}).")
    private int guestEvs;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the case to.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (ecs < 1 || housesPerEc < 1 || guestEvs < 0) {
            throw new InvalidCaseException("--ecs and --houses-per-ec must be at least 1 and --guest-evs at least 0; got "
                    + ecs + ", " + housesPerEc + " and " + guestEvs + ".");
        }
        CommunityCase community = SyntheticCase.generate(ecs, housesPerEc, guestEvs, seed);
        CaseWriter.write(out, community);
        spec.commandLine().getOut().println("wrote " + community.name() + " to " + out);
        return 0;
    }
}
