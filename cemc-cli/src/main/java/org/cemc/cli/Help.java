package org.cemc.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cemc.report.FirstStageFile;
import org.cemc.report.OutputFolder;
import org.cemc.report.Plots;
import org.cemc.report.PositionFile;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The footer of every command's {@code --help}: examples, then the exit statuses that command can return. Each
 * command names its examples and statuses in {@code @Command(footerHeading = Help.EXAMPLES, footer = {...})}; the
 * wording of each status is here, once. Statuses 0, 1 and 2 apply to every command (2 also for an option picocli
 * refuses); 3 only to the commands that solve a case and return {@link Main#NO_SCHEDULE}: solve, compare, report and
 * bid.
 * The list of files {@code solve --out} writes is built from the writers' constants ({@link #solveOutSection}), so it
 * cannot drift from them; it is shown by {@code cemc --help} and {@code cemc solve --help}.
 */
final class Help {
    /** The heading of the footer; picocli format strings, so {@code %n} is a line break. */
    static final String EXAMPLES = "%nExamples (from the repository root):%n";
    /** The heading of the exit statuses, within the footer. */
    static final String EXIT_STATUS = "%nExit status:";
    static final String DONE = "  0  done";
    static final String INTERNAL_ERROR = "  1  internal error: please report it (CEMC_DEBUG=1 prints the details)";
    static final String BAD_INPUT = "  2  bad input: the case, an option or the --out path; the message says which";
    static final String NO_SCHEDULE_SOLVE = "  3  no checked schedule: infeasible, no solution within the time limit,%n"
            + "     failed checks or a solver failure; with --out, only " + Summary.FILE + " is written";
    static final String JOBS_FAILED = "  3  some jobs failed (listed): run the same command again to retry them";
    static final String STUDY_STOPPED = "  130  stopped by Ctrl-C: the finished jobs' results are kept";
    static final String NO_SCHEDULE_VARIANT = "  3  no checked schedule for one of the variants; nothing is written";
    static final String NO_SCHEDULE_LEVEL = "  3  no checked schedule at one of the price levels; nothing is written";

    private Help() {
    }

    /**
     * The lines saying what {@code solve --out DIR} writes (picocli format strings), each shorter than picocli's
     * 80 columns: picocli would otherwise break a line at a dot, inside a file name.
     */
    static List<String> solveOutSection() {
        List<String> names = new ArrayList<>(List.of(ScheduleFiles.SCHEDULE + ",", ScheduleFiles.GUEST_EVS + ",",
                ScheduleFiles.PROFIT + ",", ScheduleFiles.SETTLEMENT + ",", ScheduleFiles.P2P_TRADES,
                String.format(Locale.ROOT, "(left out above %,d rows),", ScheduleFiles.MAX_TRADE_ROWS),
                PositionFile.FILE + ",",
                FirstStageFile.FILE + ",", Summary.FILE + ",", "the", "plots"));
        Plots.FILES.keySet().forEach(plot -> names.add(plot + ","));
        names.addAll(List.of("and", OutputFolder.MANIFEST + ",", "the", "list", "of", "the", "files", "CEMC", "wrote",
                "there,", "which", "the", "next", "run", "replaces."));
        List<String> section = new ArrayList<>();
        section.add("%nWhat 'cemc solve --out DIR' writes (docs/outputs.md):");
        section.addAll(wrap(names));
        section.add("  With --ev-mode stochastic: a scenario-N/ folder of those CSV files for each");
        section.add("  scenario, " + FirstStageFile.FILE + " and " + Summary.FILE + ". Without a schedule, or with");
        section.add("  --lp-relaxation: " + Summary.FILE + " alone.");
        return section;
    }

    /** Words joined into lines of at most 78 columns, each indented by two. */
    private static List<String> wrap(List<String> words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ");
        for (String word : words) {
            if (line.length() + 1 + word.length() > 78) {
                lines.add(line.toString());
                line = new StringBuilder(" ");
            }
            line.append(' ').append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Puts {@code section} into the footer of {@code spec} before its exit statuses (at the end if it has none). */
    static CommandSpec insertBeforeExitStatus(CommandSpec spec, List<String> section) {
        List<String> footer = new ArrayList<>(Arrays.asList(spec.usageMessage().footer()));
        int at = footer.indexOf(EXIT_STATUS);
        footer.addAll(at < 0 ? footer.size() : at, section);
        spec.usageMessage().footer(footer.toArray(String[]::new));
        return spec;
    }

    /** {@code cemc --help}: the commands, then what solve --out writes. */
    static final class TopLevel implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return insertBeforeExitStatus(spec, solveOutSection());
        }
    }
}
