package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cemc.report.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How every command writes {@code --out}: checked first, replacing only CEMC's own files, whole or not at all. */
class OutFolderTest {
    @TempDir
    Path temp;

    /** The names in {@code temp} other than {@code out}: a staging folder left behind would be one. */
    private long strays(Path out) throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.filter(p -> !p.equals(out)).count();
        }
    }

    @Test
    void aStochasticRunAfterAPlainOneLeavesNoneOfItsFilesButTheUsers() throws IOException {
        Path out = temp.resolve("results");
        CliRun plain = CliRun.of("solve", "--out", out.toString());
        assertThat(plain.status()).as(plain.err()).isZero();
        assertThat(out.resolve("schedule.csv")).exists();
        assertThat(out.resolve("grid.png")).exists();
        Files.writeString(out.resolve("notes.txt"), "my notes");

        CliRun stochastic = CliRun.of("solve", "--ev-mode", "stochastic", "--out", out.toString());

        assertThat(stochastic.status()).as(stochastic.err()).isZero();
        assertThat(out.resolve("scenario-1/schedule.csv")).exists();
        assertThat(out.resolve("first-stage.csv")).exists();
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"expected_profit\"");
        for (String old : new String[] {"schedule.csv", "guest-evs.csv", "profit.csv", "settlement.csv",
            "p2p-trades.csv", "grid.png", "profit-waterfall.png"}) {
            assertThat(out.resolve(old)).as(old).doesNotExist();
        }
        assertThat(out.resolve("notes.txt")).hasContent("my notes");
        assertThat(Files.readString(out.resolve(OutputFolder.MANIFEST))).contains("scenario-1/schedule.csv")
                .doesNotContain("grid.png");
        assertThat(strays(out)).isZero();
    }

    /** A run that ends with summary.json alone (here the LP bound; likewise exit 3) replaces the schedule too. */
    @Test
    void aRunWritingOnlyTheSummaryLeavesNoScheduleOfTheRunBefore() throws IOException {
        Path out = temp.resolve("results");
        assertThat(CliRun.of("solve", "--out", out.toString()).status()).isZero();

        CliRun bound = CliRun.of("solve", "--lp-relaxation", "--out", out.toString());

        assertThat(bound.status()).as(bound.err()).isZero();
        assertThat(Files.readString(out.resolve("summary.json"))).contains("LP relaxation");
        assertThat(out.resolve("schedule.csv")).doesNotExist();
        assertThat(out.resolve("first-stage.csv")).doesNotExist();
    }

    @Test
    void anOutThatIsAFileIsRefusedBeforeSolving() throws IOException {
        Path file = Files.writeString(temp.resolve("results"), "mine");

        CliRun run = CliRun.of("solve", "--out", file.toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--out " + file + " is a file, not a folder").doesNotContain("internal error");
        assertThat(run.out()).doesNotContain("model:");
        assertThat(file).hasContent("mine");
        assertThat(strays(file)).isZero();
    }

    @Test
    void anOutThatCannotBeMadeIsRefusedBeforeSolvingByEveryCommand() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "mine");
        Path under = file.resolve("results");
        String[][] commands = {{"solve"}, {"compare"}, {"report"}, {"scenarios"}, {"generate"}};
        for (String[] command : commands) {
            CliRun run = CliRun.of(command[0], "--out", under.toString());

            assertThat(run.status()).as(command[0] + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("--out " + under + " cannot be made: " + file + " is a file");
            assertThat(run.out()).doesNotContain("model:", "wrote");
        }
    }

    @Test
    void evaluateMayNotWriteIntoTheScheduleItReads() throws IOException {
        Path out = temp.resolve("results");
        assertThat(CliRun.of("solve", "--out", out.toString()).status()).isZero();

        CliRun run = CliRun.of("evaluate", "--schedule", out.toString(), "--samples", "1", "--out", out.toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("is also a folder this command reads");
        assertThat(out.resolve("first-stage.csv")).exists();
    }

    /** A folder the user put where this run must write a file: the run fails and the previous results stay. */
    @Test
    void aRunThatCannotMoveItsFilesInLeavesThePreviousResultsWhole() throws IOException {
        Path out = temp.resolve("results");
        assertThat(CliRun.of("solve", "--lp-relaxation", "--out", out.toString()).status()).isZero();
        String summary = Files.readString(out.resolve("summary.json"));
        Files.createDirectories(out.resolve("schedule.csv/mine"));

        CliRun run = CliRun.of("solve", "--out", out.toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("cannot write schedule.csv into", "a folder of that name is in the way");
        assertThat(out.resolve("summary.json")).hasContent(summary);
        assertThat(out.resolve("settlement.csv")).doesNotExist();
        assertThat(out.resolve("schedule.csv/mine")).isDirectory();
        assertThat(strays(out)).isZero();
    }
}
