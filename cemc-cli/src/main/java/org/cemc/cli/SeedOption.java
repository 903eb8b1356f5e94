package org.cemc.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed}: the seed of a command's random draws. Declared only here, without a default (the case's seed);
 * a command with a default of its own sets it, with its wording, by {@link Tailoring}.
 */
final class SeedOption {
    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the draws (default: the case's).")
    private Long seed;

    /** The seed given, or {@code caseSeed} when none was (and the command has no default of its own). */
    long orElse(long caseSeed) {
        return seed != null ? seed : caseSeed;
    }

    /** The seed given or the command's default; only for commands that give {@code --seed} a default. */
    long value() {
        if (seed == null) {
            throw new IllegalStateException("--seed has no default in this command");
        }
        return seed;
    }
}
