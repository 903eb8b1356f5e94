package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** Cases written by {@code cemc generate} for the command-line tests. */
final class GeneratedCases {
    private GeneratedCases() {
    }

    /**
     * 360 houses and 60 guest EVs in {@code folder}: their direct MILP takes CBC many seconds (docs/performance.md),
     * so with {@code --method direct --time-limit 1} no solve finds a schedule.
     */
    static Path tooLargeForOneSecond(Path folder) {
        assertThat(CliRun.of("generate", "--ecs", "20", "--houses-per-ec", "18", "--guest-evs", "60", "--out",
                folder.toString()).status()).isZero();
        return folder;
    }
}
