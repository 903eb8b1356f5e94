package org.cemc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cemc.input.InvalidCaseException;

/**
 * The folder a command writes with {@code --out}, written as a whole or not at all (docs/outputs.md).
 *
 * <p>{@link #open} checks the path before any work is done (it is not a file, and a folder can be made and written
 * beside it; else {@link InvalidCaseException}, exit 2) and makes a staging folder beside it, in the same parent,
 * named {@code .NAME.cemc-tmp-RANDOM}. Writers write into {@link #staging()}. {@link #commit()} then moves each
 * written file into place and removes the files that the previous CEMC run listed in the folder's manifest
 * {@value #MANIFEST} and this run did not write; files not in the manifest are never touched. If a move fails the
 * files already moved are put back, so the folder is as before. {@link #close()} without a commit, a failure, or
 * an interruption (a shutdown hook, which waits for a commit under way) deletes the staging folder and leaves the
 * target untouched.
 */
public final class OutputFolder implements AutoCloseable {
    /** The manifest: the files, relative to the folder, that the last CEMC run into it wrote. */
    public static final String MANIFEST = ".cemc-files";

    /** Moves one file into place; the seam through which tests make a move fail. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Path target;
    private final Path staging;
    private final Mover mover;
    private final Thread cleanUp;
    private boolean finished;

    private OutputFolder(Path target, Path staging, Mover mover) {
        this.target = target;
        this.staging = staging;
        this.mover = mover;
        this.cleanUp = new Thread(this::discard, "cemc: remove " + staging.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanUp);
    }

    /**
     * Checks {@code target} and makes its staging folder. {@code readFrom} are folders the command reads; writing
     * into one of them would remove files it needs, so that is refused too.
     *
     * @throws InvalidCaseException when {@code target} is a file, cannot be made or written, or is read from
     */
    public static OutputFolder open(Path target, Path... readFrom) {
        return open(target, OutputFolder::moveFile, readFrom);
    }

    static OutputFolder open(Path target, Mover mover, Path... readFrom) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw refused(target, "is the root of the file system; give a folder below it");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw refused(target, "is a file, not a folder; give a folder (CEMC makes it if missing) or move the "
                    + "file away");
        }
        for (Path input : readFrom) {
            if (input != null && same(input, absolute)) {
                throw refused(target, "is also a folder this command reads (" + input + "); a run replaces the files "
                        + "CEMC wrote there before, so write to another folder");
            }
        }
        for (Path up = parent; up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw refused(target, "cannot be made: " + up + " is a file, not a folder");
                }
                break;
            }
        }
        if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
            throw refused(target, "cannot be written (no permission); give a folder you may write to");
        }
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".cemc-tmp-");
            return new OutputFolder(absolute, staging, mover);
        } catch (IOException | SecurityException e) {
            throw refused(target, "cannot be written: CEMC writes a temporary folder beside it, in " + parent
                    + ", and that failed (" + e + "); give a folder you may write to");
        }
    }

    private static boolean same(Path input, Path target) {
        try {
            return input.toAbsolutePath().normalize().equals(target)
                    || Files.exists(input) && Files.exists(target) && Files.isSameFile(input, target);
        } catch (IOException e) {
            return false;
        }
    }

    private static InvalidCaseException refused(Path target, String why) {
        return new InvalidCaseException("--out " + target + " " + why + ". Nothing was solved or written.");
    }

    /** The folder the results go to. */
    public Path target() {
        return target;
    }

    /** Where the writers write; its files are moved into {@link #target()} by {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /**
     * Moves every file written into the staging folder into place, removes the files the previous run listed in
     * the manifest and this one did not write, writes the manifest, and deletes the staging folder.
     *
     * @return the files written, relative to the target, with {@code /} between folders, sorted
     * @throws InvalidCaseException when something CEMC did not write (a folder) stands where a file goes; the
     *                              folder is then unchanged
     * @throws IOException          when a move fails; the files already moved are then put back
     */
    public synchronized List<String> commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("committed or discarded already");
        }
        List<String> written = files(staging);
        Set<String> previous = manifest(target);
        Set<String> stale = new TreeSet<>(previous);
        written.forEach(stale::remove);
        for (String file : written) {
            Path there = target.resolve(file);
            if (Files.isDirectory(there, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidCaseException("cannot write " + file + " into " + target + ": a folder of that name is "
                        + "in the way (CEMC did not write it, so it leaves it alone). Move it away and run again; the "
                        + "folder's previous results are unchanged.");
            }
            for (Path folder = there.getParent(); !folder.equals(target); folder = folder.getParent()) {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InvalidCaseException("cannot write " + file + " into " + target + ": "
                            + target.relativize(folder) + " is a file, where CEMC writes a folder. Move it away and "
                            + "run again; the folder's previous results are unchanged.");
                }
            }
        }
        Files.createDirectories(target);
        // Listed before anything moves, so that even a killed run leaves every file CEMC wrote in the manifest.
        Set<String> either = new TreeSet<>(previous);
        either.addAll(written);
        writeManifest(either);
        Path old = staging.resolve(MANIFEST + ".previous");
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String file : concat(written, stale)) {
                Path there = target.resolve(file);
                if (Files.isRegularFile(there, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(there)) {
                    Path aside = old.resolve(file);
                    Files.createDirectories(aside.getParent());
                    mover.move(there, aside);
                    movedAside.add(file);
                }
            }
            for (String file : written) {
                Path there = target.resolve(file);
                Files.createDirectories(there.getParent());
                mover.move(staging.resolve(file), there);
                movedIn.add(file);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(movedIn, movedAside, old, previous, e);
            throw e;
        }
        for (String file : stale) {
            removeEmptyFolders(target.resolve(file).getParent());
        }
        writeManifest(new TreeSet<>(written));
        finished = true;
        deleteTree(staging);
        return written;
    }

    /**
     * Puts the previous results back after a failed move, each file on its own so that one that cannot be put back
     * does not hold back the others. If any stays aside, the staging folder, which holds it, is kept and named.
     */
    private void rollBack(List<String> movedIn, List<String> movedAside, Path old, Set<String> previous,
                          Exception failure) {
        for (String file : movedIn) {
            try {
                Files.deleteIfExists(target.resolve(file));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        boolean allBack = true;
        for (String file : movedAside) {
            try {
                moveFile(old.resolve(file), target.resolve(file));
            } catch (IOException e) {
                allBack = false;
                failure.addSuppressed(e);
            }
        }
        try {
            writeManifest(previous);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        if (!allBack) {
            finished = true;
            failure.addSuppressed(new IOException("some previous results could not be put back; they are kept in "
                    + old));
        }
    }

    /** Deletes the staging folder unless committed; the target is left as it was. */
    @Override
    public void close() {
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run
        }
    }

    private synchronized void discard() {
        if (!finished) {
            finished = true;
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // best effort: a staging folder left behind is hidden and never read
            }
        }
    }

    /** The files the manifest of {@code folder} lists; only plain relative paths inside the folder count. */
    static Set<String> manifest(Path folder) throws IOException {
        Path file = folder.resolve(MANIFEST);
        Set<String> files = new TreeSet<>();
        if (!Files.isRegularFile(file)) {
            return files;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#") || entry.equals(MANIFEST)) {
                continue;
            }
            Path path = folder.resolve(entry).normalize();
            if (!Path.of(entry).isAbsolute() && path.startsWith(folder) && !path.equals(folder)) {
                files.add(folder.relativize(path).toString().replace('\\', '/'));
            }
        }
        return files;
    }

    private void writeManifest(Set<String> files) throws IOException {
        Path fresh = staging.resolve(MANIFEST);
        List<String> lines = new ArrayList<>();
        lines.add("# Files the last CEMC run wrote into this folder. The next run into it replaces or removes these");
        lines.add("# and only these; other files are left alone (docs/outputs.md).");
        lines.addAll(files);
        Files.write(fresh, lines, StandardCharsets.UTF_8);
        moveFile(fresh, target.resolve(MANIFEST));
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(MANIFEST)).sorted().toList();
        }
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(target) && !f.equals(target); f = f.getParent()) {
            try (Stream<Path> entries = Files.list(f)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException | NotDirectoryException gone) {
                return;
            }
            Files.delete(f);
        }
    }

    private static void moveFile(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
