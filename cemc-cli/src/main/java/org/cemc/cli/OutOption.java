package org.cemc.cli;

import java.nio.file.Path;
import org.cemc.report.OutputFolder;
import picocli.CommandLine.Option;

/**
 * {@code --out}: where a command writes its files. Declared only here; a command that requires it, writes one file
 * rather than a folder, or wants to say which files it writes gives its own wording with {@link Tailoring}.
 */
final class OutOption {
    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the results to.")
    private Path path;

    /** The path given; null when {@code --out} was not given (never where the command requires it). */
    Path path() {
        return path;
    }

    /**
     * The folder checked and staged before any work ({@link OutputFolder#open}; exit 2 when it cannot be written);
     * null when {@code --out} was not given. {@code readFrom}: folders the command reads, which --out may not be.
     */
    OutputFolder open(Path... readFrom) {
        return path == null ? null : OutputFolder.open(path, readFrom);
    }
}
