package org.cemc.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.cemc.community.CommunityCase;
import org.cemc.input.CaseWriter;
import org.cemc.input.InvalidCaseException;
import org.cemc.report.OutputFolder;
import org.cemc.synthetic.Shape;
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
            "  cemc generate --evs-per-charger 0.5 --any-community-share 0.1 --out hard/",
            "  cemc generate --ecs 1 --days 7 --period-minutes 15 --out week/",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT})
final class GenerateCommand implements Callable<Integer> {
    private static final int DEFAULT_GUEST_EVS = 3;

    /** Days drawn for the two-stage program of a case written with --guest-ev-distributions. */
    private static final int FLEETS = 20;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--ecs", paramLabel = "N", defaultValue = "3", description = "Energy communities (default: ${DEFAULT-VALUE}).")
    private int ecs;

    @Option(names = "--houses-per-ec", paramLabel = "N", defaultValue = "6",
            description = "Houses in each community (default: ${DEFAULT-VALUE}).")
    private int housesPerEc;

    /** Null when not given, so that giving it together with --evs-per-charger can be refused. */
    @Option(names = "--guest-evs", paramLabel = "N",
            description = "Guest-EV requests (default: " + DEFAULT_GUEST_EVS + "; not with --evs-per-charger).")
    private Integer guestEvs;

    @Option(names = "--evs-per-charger", paramLabel = "R",
            description = "Instead of --guest-evs: round(R x houses with a charger) guest-EV requests.")
    private Double evsPerCharger;

    @Option(names = "--any-community-share", paramLabel = "S", defaultValue = "0",
            description = "Share of guest EVs that name no EC and may park at any charger, 0 to 1 "
                    + "(default: ${DEFAULT-VALUE}).")
    private double anyCommunityShare;

    @Option(names = "--charger-share", paramLabel = "S",
            description = "Chance that a house has a 7.2 kW charger for guests, 0 to 1 (default: a third).")
    private double chargerShare = Shape.DEFAULT_CHARGER_SHARE;

    @Option(names = "--v2g-share", paramLabel = "S", defaultValue = "1",
            description = "Share of guest EVs able to discharge (V2G), 0 to 1 (default: ${DEFAULT-VALUE}).")
    private double v2gShare;

    @Option(names = "--guest-ev-distributions",
            description = "Describe the guest EVs by distributions (a guest_ev_scenarios block) instead of listing "
                    + "them: days of about --guest-evs EVs, drawn as the listed ones are but each free to park at "
                    + "any charger; " + FLEETS + " days drawn for --ev-mode stochastic, reduced to 3 scenarios "
                    + "(docs/scenarios.md). Not with --any-community-share or --v2g-share.")
    private boolean guestEvDistributions;

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
        Shape.GuestEvCount count = guestEvCount();
        if (ecs < 1 || housesPerEc < 1) {
            throw new InvalidCaseException("--ecs and --houses-per-ec must be at least 1; got " + ecs + " and "
                    + housesPerEc + ".");
        }
        requireShare("--any-community-share", anyCommunityShare);
        requireShare("--charger-share", chargerShare);
        requireShare("--v2g-share", v2gShare);
        if (days < 1 || days > SyntheticCase.MAX_DAYS) {
            throw new InvalidCaseException("--days must be 1 to " + SyntheticCase.MAX_DAYS + " (a case covers at most "
                    + "a leap year); got " + days + ".");
        }
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (guestEvDistributions && (given.hasMatchedOption("--any-community-share")
                || given.hasMatchedOption("--v2g-share"))) {
            throw new InvalidCaseException("--guest-ev-distributions draws every guest EV free to park at any "
                    + "charger and able to discharge, so --any-community-share and --v2g-share do not apply; leave "
                    + "them out.");
        }
        if (!SyntheticCase.PERIOD_MINUTES.contains(periodMinutes)) {
            throw new InvalidCaseException("--period-minutes must be one of " + allowedPeriodMinutes() + " (a period "
                    + "lies within one clock hour, which sets its price); got " + periodMinutes + ".");
        }
        CommunityCase community;
        try (OutputFolder folder = output.open()) {
            Shape shape = Shape.of(ecs, housesPerEc, count).withAnyCommunityShare(anyCommunityShare)
                    .withChargerShare(chargerShare).withV2gShare(v2gShare).withHorizon(days, periodMinutes);
            community = SyntheticCase.generate(shape, seed.value());
            if (guestEvDistributions) {
                community = SyntheticCase.withGuestEvDistributions(community, FLEETS, seed.value());
            }
            CaseWriter.write(folder.staging(), community);
            folder.commit();
        }
        spec.commandLine().getOut().println("wrote " + community.name() + " to " + output.path());
        return 0;
    }

    /** --guest-evs or --evs-per-charger, at most one of them; 3 guest EVs when neither is given. */
    private Shape.GuestEvCount guestEvCount() {
        if (guestEvs != null && evsPerCharger != null) {
            throw new InvalidCaseException("--guest-evs and --evs-per-charger both set how many guest EVs the case "
                    + "holds; give one of them.");
        }
        if (evsPerCharger != null) {
            if (!(evsPerCharger >= 0 && evsPerCharger < Double.POSITIVE_INFINITY)) {
                throw new InvalidCaseException("--evs-per-charger must be a number at least 0; got " + evsPerCharger
                        + ".");
            }
            return new Shape.GuestEvCount.PerCharger(evsPerCharger);
        }
        int evs = guestEvs == null ? DEFAULT_GUEST_EVS : guestEvs;
        if (evs < 0) {
            throw new InvalidCaseException("--guest-evs must be at least 0; got " + evs + ".");
        }
        return new Shape.GuestEvCount.Fixed(evs);
    }

    private static void requireShare(String option, double share) {
        // Written so that NaN is refused too.
        if (!(share >= 0 && share <= 1)) {
            throw new InvalidCaseException(option + " must be a share from 0 to 1; got " + share + ".");
        }
    }

    /** "5, 10, 15, 20, 30 or 60", from the set the generator accepts so that the message cannot drift from it. */
    private static String allowedPeriodMinutes() {
        String[] sorted = SyntheticCase.PERIOD_MINUTES.stream().sorted().map(String::valueOf).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(sorted, sorted.length - 1)) + " or " + sorted[sorted.length - 1];
    }
}
