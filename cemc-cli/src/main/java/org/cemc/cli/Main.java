package org.cemc.cli;

import java.io.PrintWriter;
import org.cemc.allocation.CommunityGame;
import org.cemc.input.InvalidCaseException;
import org.cemc.study.run.StudyStopped;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cemc} command line. Exit status: 0 done, 2 bad input, 3 no checked schedule, 1 internal error. */
@Command(name = "cemc", mixinStandardHelpOptions = true, version = "cemc 0.1.0",
        description = "Community Energy Management Center: day-ahead scheduling of energy communities.",
        modelTransformer = Help.TopLevel.class,
        footerHeading = Help.EXAMPLES,
        footer = {"  cemc solve                                     the built-in case study",
            "  cemc solve examples/two-houses --out results/  a case, its files to results/",
            "  cemc COMMAND --help                            its options, examples, statuses",
            Help.EXIT_STATUS, Help.DONE, Help.INTERNAL_ERROR, Help.BAD_INPUT,
            "  3  no checked schedule (solve, compare, report and bid)"},
        subcommands = {SolveCommand.class, CompareCommand.class, ReportCommand.class, ScenariosCommand.class,
            EvaluateCommand.class, GenerateCommand.class, BenchCommand.class, BidCommand.class, StudyCommand.class,
            ServeCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int NO_SCHEDULE = 3;
    /** A study stopped by Ctrl-C (SIGINT), as shells report a command interrupted so: 128 + 2. */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit status (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            if (exception instanceof InvalidCaseException invalid) {
                err.println("cemc: " + invalid.getMessage());
                return BAD_INPUT;
            }
            if (exception instanceof CommunityGame.CoalitionWithoutSchedule coalition) {
                err.println("cemc: no fair shares: " + coalition.getMessage());
                return NO_SCHEDULE;
            }
            if (exception instanceof StudyStopped stopped) {
                err.println("cemc: " + stopped.getMessage());
                return INTERRUPTED;
            }
            err.println("cemc: internal error: " + exception);
            if (System.getenv("CEMC_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("Please report this with the case that caused it (set CEMC_DEBUG=1 for details).");
            }
            return 1;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
