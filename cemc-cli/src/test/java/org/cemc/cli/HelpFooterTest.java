package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cemc.report.FirstStageFile;
import org.cemc.report.OutputFolder;
import org.cemc.report.Plots;
import org.cemc.report.PositionFile;
import org.cemc.report.ScheduleFiles;
import org.cemc.report.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's --help: examples that start with the command, exactly its exit statuses, and solve's files. */
class HelpFooterTest {
    /**
     * The exit statuses each command can return: 0 done, 1 internal error (Main's handler) and 2 bad input (an
     * InvalidCaseException, or an option picocli refuses) for all; 3 ({@link Main#NO_SCHEDULE}) only where the
     * command returns it: solve, compare, report and bid, and study where a job failed. serve returns 0 once stopped,
     * and 2 also when it cannot start.
     */
    private static final Map<String, Set<Integer>> STATUSES = Map.of(
            "solve", Set.of(0, 1, 2, 3),
            "compare", Set.of(0, 1, 2, 3),
            "report", Set.of(0, 1, 2, 3),
            "scenarios", Set.of(0, 1, 2),
            "evaluate", Set.of(0, 1, 2),
            "generate", Set.of(0, 1, 2),
            "bench", Set.of(0, 1, 2),
            "bid", Set.of(0, 1, 2, 3),
            "study", Set.of(0, 1, 2, 3),
            "serve", Set.of(0, 1, 2));

    @TempDir
    Path temp;

    private static String help(String... command) {
        CliRun run = CliRun.of(Stream.concat(Arrays.stream(command), Stream.of("--help")).toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return run.out();
    }

    /** The lines after "Examples", up to the exit statuses, that are commands. */
    private static List<String> examples(String help) {
        int from = help.indexOf("Examples");
        int to = help.indexOf("Exit status:");
        assertThat(from).as(help).isNotNegative();
        assertThat(to).as(help).isGreaterThan(from);
        return help.substring(from, to).lines().map(String::strip).filter(l -> l.startsWith("cemc ")).toList();
    }

    /** The statuses listed under "Exit status:", each a line starting with the number. */
    private static Set<Integer> exitStatuses(String help) {
        int from = help.indexOf("Exit status:");
        assertThat(from).as(help).isNotNegative();
        Set<Integer> statuses = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+(\\d)\\s+\\S").matcher(help.substring(from));
        while (m.find()) {
            statuses.add(Integer.parseInt(m.group(1)));
        }
        return statuses;
    }

    @Test
    void everyCommandsHelpHasExamplesOfItselfAndExactlyTheExitStatusesItCanReturn() {
        List<String> commands = new ArrayList<>(STATUSES.keySet());
        assertThat(new TreeSet<>(commands)).as("every subcommand is checked").isEqualTo(new TreeSet<>(
                new picocli.CommandLine(new Main()).getSubcommands().keySet()));
        for (String command : commands) {
            String help = help(command);
            assertThat(examples(help)).as(command).anyMatch(e -> e.startsWith("cemc " + command + " ")
                    || e.equals("cemc " + command));
            assertThat(exitStatuses(help)).as(command).isEqualTo(STATUSES.get(command));
        }
    }

    @Test
    void theTopLevelHelpListsEveryCommandEveryStatusAndEveryFileSolveOutWrites() {
        String help = help();
        String joined = help.replaceAll("\\s+", " ");
        for (String command : STATUSES.keySet()) {
            assertThat(help).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        assertThat(exitStatuses(help)).containsExactly(0, 1, 2, 3);
        List<String> files = new ArrayList<>(List.of(ScheduleFiles.SCHEDULE, ScheduleFiles.GUEST_EVS,
                ScheduleFiles.PROFIT, ScheduleFiles.SETTLEMENT, ScheduleFiles.P2P_TRADES, PositionFile.FILE,
                FirstStageFile.FILE, Summary.FILE, OutputFolder.MANIFEST));
        files.addAll(Plots.FILES.keySet());
        assertThat(Plots.FILES).hasSizeGreaterThan(5);
        assertThat(joined).contains(files).contains("1,000,000 rows");
        assertThat(help("solve").replaceAll("\\s+", " ")).contains(files);
    }

    /** Picocli wraps a longer footer line anywhere, even at the dot of a file name or inside an example. */
    @Test
    void everyFooterLineFitsInEightyColumns() {
        picocli.CommandLine top = new picocli.CommandLine(new Main());
        List<picocli.CommandLine> all = new ArrayList<>(top.getSubcommands().values());
        all.add(top);
        for (picocli.CommandLine command : all) {
            String[] footer = command.getCommandSpec().usageMessage().footer();
            assertThat(footer).as(command.getCommandName()).isNotEmpty();
            for (String line : footer) {
                for (String printed : line.split("%n", -1)) {
                    assertThat(printed.length()).as(command.getCommandName() + ": " + printed).isLessThanOrEqualTo(80);
                }
            }
        }
    }

    /** The help's solve example, run as written but with the paths moved: exit 0, and it writes the files listed. */
    @Test
    void theSolveExampleRunsAndWritesExactlyTheFilesTheTopLevelHelpNames() throws IOException {
        String example = examples(help("solve")).stream().filter(e -> e.contains("examples/two-houses"))
                .findFirst().orElseThrow();
        Path out = temp.resolve("results");
        String[] args = Arrays.stream(example.split("\\s+")).skip(1)
                .map(a -> a.equals("examples/two-houses") ? "../examples/two-houses" : a)
                .map(a -> a.equals("results/") ? out.toString() : a).toArray(String[]::new);
        assertThat(args).contains(out.toString());

        CliRun run = CliRun.of(args);

        assertThat(run.status()).as(run.err()).isZero();
        Set<String> written;
        try (Stream<Path> listed = Files.list(out)) {
            written = listed.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Matcher named = Pattern.compile("[\\w.-]+\\.(?:csv|json|png)|\\.cemc-files")
                .matcher(help().substring(help().indexOf("What 'cemc solve --out DIR' writes")));
        Set<String> inHelp = new TreeSet<>();
        while (named.find()) {
            inHelp.add(named.group());
        }
        assertThat(written).isEqualTo(inHelp);
    }

    /** The help's generate examples, run with --out moved into a temporary folder: each exits 0 and writes a case. */
    @Test
    void theGenerateExamplesRun() {
        List<String> examples = examples(help("generate"));
        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            Path out = temp.resolve("case-" + examples.indexOf(example));
            List<String> args = new ArrayList<>(Arrays.asList(example.split("\\s+")).subList(1,
                    example.split("\\s+").length));
            int at = args.indexOf("--out");
            assertThat(at).as(example).isNotNegative();
            args.set(at + 1, out.toString());

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.status()).as(example + ": " + run.err()).isZero();
            assertThat(out.resolve("case.yaml")).as(example).exists();
        }
    }
}
