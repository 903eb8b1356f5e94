package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cemc.community.TimeGrid;
import org.cemc.input.CaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cemc generate}'s horizon options, refused like its other options: one paragraph, exit status 2. */
class GenerateCommandTest {
    @TempDir
    Path temp;

    @Test
    void aPeriodLengthThatDoesNotDivideTheHourIsRefusedNamingTheOptionAndTheAllowedLengths() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--period-minutes", "7", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: --period-minutes must be one of 5, 10, 15, 20, 30 or 60 (a period lies "
                + "within one clock hour, which sets its price); got 7." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void noDaysIsRefused() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--days", "0", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: --days must be 1 to 366 (a case covers at most a leap year); got 0."
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void moreDaysThanTheReaderTakesAreRefusedRatherThanWrittenAsACaseItRefuses() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--days", "367", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: --days must be 1 to 366 (a case covers at most a leap year); got 367."
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void theCaseWrittenHoldsItsHousesAndGuestEvsInCsvTables() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--ecs", "1", "--houses-per-ec", "2", "--guest-evs", "1", "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("house-list.csv")).content().startsWith("id,name,community,charger_kw,dr_enrolled\n");
        assertThat(out.resolve("guest-ev-list.csv")).content().startsWith("id,community,arrival_hour,");
        assertThat(CaseReader.read(out).houses()).hasSize(2);
    }

    @Test
    void daysAndPeriodMinutesSetTheHorizonOfTheCaseWritten() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--ecs", "1", "--houses-per-ec", "2", "--guest-evs", "1", "--days", "3",
                "--period-minutes", "15", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 days of 15-minute periods");
        assertThat(CaseReader.read(out).grid()).isEqualTo(new TimeGrid(288, 0.25));
    }
}
