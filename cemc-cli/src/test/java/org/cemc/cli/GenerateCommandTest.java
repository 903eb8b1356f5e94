package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.community.GuestEvScenarios;
import org.cemc.community.TimeGrid;
import org.cemc.input.CaseReader;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cemc generate}'s horizon and shape options, each bad value refused with one paragraph naming the option
 * and exit status 2.
 */
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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--any-community-share, 1.5", "--charger-share, -0.1", "--v2g-share, NaN"})
    void aShareOutsideZeroToOneIsRefusedNamingTheOption(String option, String value) {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", option, value, "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: " + option + " must be a share from 0 to 1; got "
                + Double.parseDouble(value) + "." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void guestEvsAndEvsPerChargerTogetherAreRefused() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--guest-evs", "3", "--evs-per-charger", "1", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: --guest-evs and --evs-per-charger both set how many guest EVs the "
                + "case holds; give one of them." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void aNegativeEvsPerChargerIsRefused() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--evs-per-charger", "-1", "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("cemc: --evs-per-charger must be a number at least 0; got -1.0."
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void theShapeOptionsReachTheCaseWritten() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--ecs", "2", "--houses-per-ec", "6", "--evs-per-charger", "2",
                "--any-community-share", "1", "--charger-share", "1", "--v2g-share", "0", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        CommunityCase written = CaseReader.read(out);
        assertThat(written.houses()).allMatch(h -> h.chargerKw() > 0);
        // Every one of the 12 houses has a charger, and two guest EVs per charger were asked for.
        assertThat(written.guestEvs()).hasSize(24).allMatch(ev -> ev.community().isEmpty())
                .allMatch(ev -> ev.dischargeKw() == 0);
        assertThat(run.out()).contains("24 guest EVs", "any-community share 1.0", "charger share 1.0",
                "V2G share 0.0");
    }

    /**
     * --guest-ev-distributions writes a guest_ev_scenarios block instead of the list: days of about as many EVs
     * as the list would have held (5 asked for), 20 of them reduced to 3 scenarios, seeded with the case; the
     * houses are the listed case's, and the stochastic program solves it.
     */
    @Test
    void guestEvsGivenAsDistributionsMakeACaseForTheStochasticProgram() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--ecs", "2", "--houses-per-ec", "6", "--guest-evs", "5",
                "--guest-ev-distributions", "--seed", "3", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        CommunityCase written = CaseReader.read(out);
        assertThat(written.guestEvs()).isEmpty();
        GuestEvScenarios block = written.guestEvScenarios().orElseThrow();
        assertThat(block.fleetSizeMean()).isEqualTo(5);
        assertThat(block.fleets()).isEqualTo(20);
        assertThat(block.representatives()).isEqualTo(3);
        assertThat(block.seed()).isEqualTo(3);
        assertThat(written.houses()).isEqualTo(SyntheticCase.generate(2, 6, 5, 3).houses());
        CliRun stochastic = CliRun.of("solve", out.toString(), "--ev-mode", "stochastic");
        assertThat(stochastic.status()).as(stochastic.err()).isZero();
        assertThat(stochastic.out()).contains("reduced by K-means to 3 scenarios", "equals the objective");
    }

    @Test
    void distributionsRefuseTheSharesThatShapeAList() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--guest-ev-distributions", "--any-community-share", "0.5", "--out",
                out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--any-community-share and --v2g-share do not apply");
        assertThat(out).doesNotExist();
    }

    @Test
    void theDefaultsWriteTheCaseTheGeneratorWritesWithTheDefaultShape() {
        Path out = temp.resolve("case");

        CliRun run = CliRun.of("generate", "--seed", "4", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        CommunityCase written = CaseReader.read(out);
        CommunityCase expected = SyntheticCase.generate(3, 6, 3, 4);
        assertThat(written.name()).isEqualTo(expected.name());
        assertThat(written.houses()).isEqualTo(expected.houses());
        assertThat(written.guestEvs()).isEqualTo(expected.guestEvs());
    }
}
