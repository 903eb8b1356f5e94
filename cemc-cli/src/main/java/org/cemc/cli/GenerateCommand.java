package org.cemc.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.input.CaseWriter;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.OutputFolder;
import org.cemc.synthetic.SyntheticCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cemc generate}: a synthetic case of any size around the built-in case study. */
@Command(name = "generate", mixinStandardHelpOptions = true, modelTransformer = GenerateCommand.Wording.class,
        description = "Write a synthetic case: ECs of houses with PV, loads, DR and chargers, and guest-EV requests, "
                + "drawn from documented ranges around the built-in case study (docs/performance.md).",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc generate --ecs 100 --houses-per-ec 18 --guest-evs 300 --out big/",
            "  cemc generate --ecs 1 --days 7 --period-minutes 15 --out week/",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT})
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

    @Option(names = "--days", paramLabel = "N", defaultValue = "1",
            description = "Days in the case, each repeating the same curves and prices (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--period-minutes", paramLabel = "M", defaultValue = "60",
            description = "Length of a period in minutes: 5, 10, 15, 20, 30 or 60 (default: ${DEFAULT-VALUE}).")
    private int periodMinutes;

    @CommandLine.Mixin
    private SeedOption seed;

    @CommandLine.Mixin
    private OutOption output;

    /** generate's {@code --seed} (default 1) and {@code --out} (required). */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            Tailoring.tailor(spec, "--seed", o -> o.defaultValue("1")
                    .description("Seed of the draws (default: ${DEFAULT-VALUE})."));
            return Tailoring.tailor(spec, "--out", o -> o.required(true).description("Folder to write the case to."));
        }
    }

    @Override
    public Integer call() throws IOException {
        if (ecs < 1 || housesPerEc < 1 || guestEvs < 0) {
            throw new InvalidCaseException("--ecs and --houses-per-ec must be at least 1 and --guest-evs at least 0; got "
                    + ecs + ", " + housesPerEc + " and " + guestEvs + ".");
        }
        if (days < 1 || days > SyntheticCase.MAX_DAYS) {
            throw new InvalidCaseException("--days must be 1 to " + SyntheticCase.MAX_DAYS + " (a case covers at most "
                    + "a leap year); got " + days + ".");
        }
        if (!SyntheticCase.PERIOD_MINUTES.contains(periodMinutes)) {
            throw new InvalidCaseException("--period-minutes must be one of " + allowedPeriodMinutes() + " (a period "
                    + "lies within one clock hour, which sets its price); got " + periodMinutes + ".");
        }
        CommunityCase community;
        try (OutputFolder folder = output.open()) {
            community = SyntheticCase.generate(ecs, housesPerEc, guestEvs, seed.value(), days, periodMinutes);
            CaseWriter.write(folder.staging(), community);
            folder.commit();
        }
        spec.commandLine().getOut().println("wrote " + community.name() + " to " + output.path());
        return 0;
    }

    /** "5, 10, 15, 20, 30 or 60", from the set the generator accepts so that the message cannot drift from it. */
    private static String allowedPeriodMinutes() {
        String[] sorted = SyntheticCase.PERIOD_MINUTES.stream().sorted().map(String::valueOf).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(sorted, sorted.length - 1)) + " or " + sorted[sorted.length - 1];
    }
}
