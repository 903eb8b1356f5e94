package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.cemc.input.InvalidCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path temp;

    private static void write(OutputFolder folder, String file, String content) throws IOException {
        Path path = folder.staging().resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    /** Everything in {@code temp} but the target: a staging folder left behind would show here. */
    private List<String> besideTarget(Path target) throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.filter(p -> !p.equals(target)).map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void aRunReplacesTheFilesThePreviousRunWroteAndLeavesTheUsersFiles() throws IOException {
        Path target = temp.resolve("out");
        try (OutputFolder first = OutputFolder.open(target)) {
            write(first, "a.csv", "first a");
            write(first, "b.csv", "first b");
            write(first, "sub/c.csv", "first c");
            assertThat(first.commit()).containsExactly("a.csv", "b.csv", "sub/c.csv");
        }
        Files.writeString(target.resolve("notes.txt"), "mine");
        Files.writeString(target.resolve("sub/mine.txt"), "mine too");

        try (OutputFolder second = OutputFolder.open(target)) {
            write(second, "b.csv", "second b");
            write(second, "scenario-1/d.csv", "second d");
            second.commit();
        }

        assertThat(target.resolve("a.csv")).doesNotExist();
        assertThat(target.resolve("sub/c.csv")).doesNotExist();
        assertThat(target.resolve("b.csv")).hasContent("second b");
        assertThat(target.resolve("scenario-1/d.csv")).hasContent("second d");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(target.resolve("sub/mine.txt")).hasContent("mine too");
        assertThat(OutputFolder.manifest(target)).containsExactly("b.csv", "scenario-1/d.csv");
        assertThat(besideTarget(target)).isEmpty();
    }

    @Test
    void emptiedFoldersOfThePreviousRunGoButTheTargetStays() throws IOException {
        Path target = temp.resolve("out");
        try (OutputFolder first = OutputFolder.open(target)) {
            write(first, "scenario-1/a.csv", "a");
            first.commit();
        }
        try (OutputFolder second = OutputFolder.open(target)) {
            second.commit();
        }
        assertThat(target).isDirectory();
        assertThat(target.resolve("scenario-1")).doesNotExist();
    }

    @Test
    void aRunThatEndsWithoutCommittingLeavesThePreviousResultsWholeAndNoStagingFolder() throws IOException {
        Path target = temp.resolve("out");
        try (OutputFolder first = OutputFolder.open(target)) {
            write(first, "a.csv", "first a");
            first.commit();
        }
        assertThatThrownBy(() -> {
            try (OutputFolder second = OutputFolder.open(target)) {
                write(second, "a.csv", "half of second a");
                throw new IllegalStateException("a writer failed");
            }
        }).hasMessage("a writer failed");

        assertThat(target.resolve("a.csv")).hasContent("first a");
        assertThat(OutputFolder.manifest(target)).containsExactly("a.csv");
        assertThat(besideTarget(target)).isEmpty();
    }

    @Test
    void aMoveThatFailsHalfwayPutsThePreviousResultsBack() throws IOException {
        Path target = temp.resolve("out");
        try (OutputFolder first = OutputFolder.open(target)) {
            write(first, "a.csv", "first a");
            write(first, "b.csv", "first b");
            write(first, "c.csv", "first c");
            first.commit();
        }
        // a.csv has moved in by then (and the old a.csv and c.csv aside): every one must be put back.
        OutputFolder.Mover failsOnB = (from, to) -> {
            if (to.equals(target.resolve("b.csv"))) {
                throw new IOException("disk full");
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        };
        try (OutputFolder second = OutputFolder.open(target, failsOnB)) {
            write(second, "a.csv", "second a");
            write(second, "b.csv", "second b");
            assertThatThrownBy(second::commit).hasMessage("disk full");
        }

        assertThat(target.resolve("a.csv")).hasContent("first a");
        assertThat(target.resolve("b.csv")).hasContent("first b");
        assertThat(target.resolve("c.csv")).hasContent("first c");
        assertThat(OutputFolder.manifest(target)).containsExactly("a.csv", "b.csv", "c.csv");
        assertThat(besideTarget(target)).isEmpty();
    }

    @Test
    void aFolderInTheWayOfAFileStopsTheCommitBeforeAnythingChanges() throws IOException {
        Path target = temp.resolve("out");
        try (OutputFolder first = OutputFolder.open(target)) {
            write(first, "a.csv", "first a");
            first.commit();
        }
        Files.createDirectories(target.resolve("b.csv/inside"));
        try (OutputFolder second = OutputFolder.open(target)) {
            write(second, "b.csv", "second b");
            assertThatThrownBy(second::commit).isInstanceOf(InvalidCaseException.class)
                    .hasMessageContaining("a folder of that name is in the way");
        }
        assertThat(target.resolve("a.csv")).hasContent("first a");
        assertThat(target.resolve("b.csv/inside")).isDirectory();
    }

    @Test
    void aFileWhereAFolderGoesStopsTheCommitBeforeAnythingChanges() throws IOException {
        Path target = temp.resolve("out");
        try (OutputFolder first = OutputFolder.open(target)) {
            write(first, "a.csv", "first a");
            first.commit();
        }
        Files.writeString(target.resolve("scenario-1"), "the user's notes");
        try (OutputFolder second = OutputFolder.open(target)) {
            write(second, "scenario-1/schedule.csv", "second");
            assertThatThrownBy(second::commit).isInstanceOf(InvalidCaseException.class)
                    .hasMessageContaining("scenario-1 is a file, where CEMC writes a folder");
        }
        assertThat(target.resolve("a.csv")).hasContent("first a");
        assertThat(target.resolve("scenario-1")).hasContent("the user's notes");
    }

    @Test
    void aManifestNamingFilesOutsideTheFolderIsNotFollowed() throws IOException {
        Path target = Files.createDirectories(temp.resolve("out"));
        Path outside = Files.writeString(temp.resolve("precious.txt"), "keep");
        Files.writeString(target.resolve(OutputFolder.MANIFEST), "../precious.txt\n" + outside + "\n");
        try (OutputFolder run = OutputFolder.open(target)) {
            run.commit();
        }
        assertThat(outside).hasContent("keep");
    }

    @Test
    void aPathThatIsAFileOrLiesUnderAFileIsRefusedAtOnce() throws IOException {
        Path file = Files.writeString(temp.resolve("results"), "not a folder");

        assertThatThrownBy(() -> OutputFolder.open(file)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("--out " + file + " is a file, not a folder");
        assertThatThrownBy(() -> OutputFolder.open(file.resolve("deeper/out"))).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("cannot be made: " + file + " is a file");
        assertThat(file).hasContent("not a folder");
        assertThat(besideTarget(file)).isEmpty();
    }

    @Test
    void aFolderTheCommandReadsIsRefused() {
        Path target = temp.resolve("case");
        assertThatThrownBy(() -> OutputFolder.open(target, temp.resolve("./case")))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("is also a folder this command reads");
    }
}
