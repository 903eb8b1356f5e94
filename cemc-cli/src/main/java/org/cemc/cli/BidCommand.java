package org.cemc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cemc.community.CommunityCase;
import org.cemc.input.InvalidCaseException;
import org.cemc.market.Bid;
import org.cemc.market.BidCurve;
import org.cemc.market.Position;
import org.cemc.market.PriceSweep;
import org.cemc.report.BidFiles;
import org.cemc.report.ConsoleReport;
import org.cemc.report.OutputFolder;
import org.cemc.report.Plots;
import org.cemc.report.Progress;
import org.cemc.schedule.SolveMethod;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code cemc bid [case] --prices FROM:TO:STEP --out DIR}: the community's day-ahead bid (docs/market.md). */
@Command(name = "bid", mixinStandardHelpOptions = true, modelTransformer = BidCommand.Wording.class,
        description = "Solve the day at each level of a sweep of grid prices, the community a price-taker, and "
                + "write for each period its price-quantity curve: the net energy it would buy (or sell, negative) "
                + "at each price, made monotone (a quantity never rises with the price; each change is reported). "
                + "Levels are solved in parallel, each schedule checked (docs/market.md).",
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc bid --prices 0.02:0.40:0.02 --out bid/",
            "  cemc bid examples/two-houses --prices -0.05:0.05:0.01 --mode shift --out bid/",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT, Help.NO_SCHEDULE_LEVEL})
final class BidCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private CaseArgument caseArgument;

    @CommandLine.Mixin
    private SolverOptions solverOptions;

    @CommandLine.Mixin
    private OutOption output;

    @Option(names = "--prices", required = true, paramLabel = "FROM:TO:STEP",
            description = "The price levels, per kWh in the case's currency: FROM, FROM + STEP, ... up to TO "
                    + "(at most " + PriceSweep.MAX_LEVELS + " levels; each is a solve of the day).")
    private String prices;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "replace",
            description = "replace: each period's grid import and export price is the level; shift: the level is "
                    + "added to the case's own grid prices (default: ${DEFAULT-VALUE}). Other prices, the P2P "
                    + "price included, stay the case's.")
    private String mode;

    /** bid's wording of {@code --out}: required. */
    static final class Wording implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return Tailoring.tailor(spec, "--out", o -> o.required(true).description("Folder to write "
                    + BidFiles.TIDY + ", " + BidFiles.STEPS + " and bid.png to."));
        }
    }

    @Override
    public Integer call() throws IOException {
        SolverSettings settings = solverOptions.settings(false);
        SolveMethod method = solverOptions.method();
        PriceSweep sweep = sweep();
        CommunityCase community = caseArgument.read();
        try {
            sweep.checkFor(community);
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseException("--prices " + prices + " --mode " + sweep.mode().cliName() + ": "
                    + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OutputFolder folder = output.open(caseArgument.folder())) {
            community = CaseScheduling.withGuestEvRequests(community, out);
            long start = System.nanoTime();
            Bid bid;
            try {
                bid = Bid.run(community, sweep, settings, method,
                        new Progress(err, "solving price levels", sweep.levels().size()));
            } catch (Bid.LevelWithoutSchedule e) {
                err.println("cemc: no schedule at price level " + plain(e.level()) + " (" + sweep.mode().cliName()
                        + "), so no bid; nothing is written: " + ConsoleReport.whyNoSchedule(e.outcome()));
                return Main.NO_SCHEDULE;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ConsoleReport.refusals(bid.refusedEvs()).forEach(err::println);
            BidCurve curve = bid.curve();
            out.print(summary(bid, seconds));
            out.print(adjustments(bid, curve));
            List<String> files = BidFiles.write(folder.staging(), bid);
            folder.commit();
            out.println("wrote " + String.join(", ", files) + " to " + output.path());
            return 0;
        }
    }

    /** The sweep of --prices and --mode; a malformed one is a bad input (exit status 2). */
    private PriceSweep sweep() {
        PriceSweep.Mode parsedMode = List.of(PriceSweep.Mode.values()).stream()
                .filter(m -> m.cliName().equalsIgnoreCase(mode)).findFirst()
                .orElseThrow(() -> new InvalidCaseException("--mode " + mode
                        + " is not known; choose replace (the level is the grid price) or shift (the level is added "
                        + "to the case's grid prices)."));
        try {
            return PriceSweep.parse(prices, parsedMode);
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseException("--prices " + prices + ": " + e.getMessage());
        }
    }

    /** How the levels were solved, then a line per level: its day's import and export, status and check. */
    static String summary(Bid bid, double seconds) {
        List<Double> levels = bid.sweep().levels();
        String unit = bid.community().currency() + "/kWh";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "bid: %s from %s to %s %s (%s), solved with %s, method %s, in %.1f s%n",
                ConsoleReport.count(levels.size(), "price level", "price levels"), plain(levels.get(0)),
                plain(levels.get(levels.size() - 1)), unit,
                bid.sweep().mode() == PriceSweep.Mode.REPLACE ? "replace: the grid import and export price"
                        : "shift: added to the case's grid import and export prices",
                bid.solver(), bid.levels().stream().map(l -> l.method().cliName()).distinct()
                        .collect(Collectors.joining(" and ")), seconds));
        for (Bid.Level level : bid.levels()) {
            double bought = 0;
            double sold = 0;
            for (int t = 0; t < bid.community().periods(); t++) {
                bought += level.position().importKwh(Position.ALL, t);
                sold += level.position().exportKwh(Position.ALL, t);
            }
            text.append(String.format(Locale.ROOT, "  %8s: buys %9.2f kWh, sells %9.2f kWh over the day; %s, "
                    + "checker %s%n", plain(level.level()), bought, sold, status(level), level.check().describe(0)));
        }
        return text.toString();
    }

    /** The level's status, with its proven gap unless it was proven optimal (an unproven day can mislead). */
    private static String status(Bid.Level level) {
        if (level.status() == SolveStatus.OPTIMAL) {
            return "OPTIMAL";
        }
        return Double.isNaN(level.relativeGap()) ? level.status() + " (gap unknown)"
                : String.format(Locale.ROOT, "%s (proven gap %.4f %%)", level.status(), 100 * level.relativeGap());
    }

    /** Every quantity the monotone fit changed, with its solved value, or a line saying none was. */
    static String adjustments(Bid bid, BidCurve curve) {
        List<BidCurve.Adjustment> adjustments = curve.adjustments();
        if (adjustments.isEmpty()) {
            return "monotone: every period's solved quantities already fall as the price rises; none adjusted\n";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "monotone: %s adjusted to the closest "
                + "falling curve (bid.csv: adjusted 1, solved_net_kwh beside bid_net_kwh):%n",
                ConsoleReport.count(adjustments.size(), "quantity", "quantities")));
        for (BidCurve.Adjustment a : adjustments) {
            text.append(String.format(Locale.ROOT, "  period %d (%s) at %s: solved %s kWh, bid %s kWh%n", a.period(),
                    Plots.clock(bid.community().grid().startHour(a.period())), plain(a.level()), plain(a.solvedKwh()),
                    plain(a.bidKwh())));
        }
        return text.toString();
    }

    private static String plain(double value) {
        return PriceSweep.plain(value);
    }
}
