package org.cemc.cli;

import picocli.CommandLine.Option;

/**
 * {@code --samples}: how many guest EVs or days a command draws. Declared only here, without a default (the
 * case's); a command with a default of its own sets it, with its wording, by {@link Tailoring}.
 */
final class SamplesOption {
    @Option(names = "--samples", paramLabel = "N", description = "Guest EVs to draw (default: the case's).")
    private Integer samples;

    /** The number given, or {@code caseSamples} when none was (and the command has no default of its own). */
    int orElse(int caseSamples) {
        return samples != null ? samples : caseSamples;
    }

    /** The number given or the command's default; only for commands that give {@code --samples} a default. */
    int value() {
        if (samples == null) {
            throw new IllegalStateException("--samples has no default in this command");
        }
        return samples;
    }
}
