package org.cemc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.input.CaseReader;
import org.cemc.input.CaseWriter;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCaseTest {
    @TempDir
    Path temp;

    @Test
    void theSameSeedGeneratesTheSameCaseByteForByte() throws IOException {
        CaseWriter.write(temp.resolve("a"), SyntheticCase.generate(4, 18, 12, 5));
        CaseWriter.write(temp.resolve("b"), SyntheticCase.generate(4, 18, 12, 5));
        CaseWriter.write(temp.resolve("c"), SyntheticCase.generate(4, 18, 12, 6));

        for (String file : new String[] {"case.yaml", "houses.csv", "prices.csv"}) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file)));
        }
        assertThat(Files.readAllBytes(temp.resolve("c").resolve("houses.csv")))
                .isNotEqualTo(Files.readAllBytes(temp.resolve("a").resolve("houses.csv")));
    }

    @Test
    void aGeneratedCasePassesValidationAndReadsBackAsWritten() throws IOException {
        CommunityCase generated = SyntheticCase.generate(3, 18, 9, 2);
        CaseWriter.write(temp, generated);

        CommunityCase read = CaseReader.read(temp);

        assertThat(read.houses()).isEqualTo(generated.houses());
        assertThat(read.guestEvs()).isEqualTo(generated.guestEvs());
        assertThat(read.communities()).hasSize(3);
        assertThat(read.prices().p2p()).isEqualTo(generated.prices().p2p());
        assertThat(read.houses()).anyMatch(h -> h.chargerKw() > 0).anyMatch(h -> h.pv().sum() == 0)
                .anyMatch(h -> h.pv().sum() > 0);
    }

    @Test
    void everySolverFindsTheSameOptimumOfAGeneratedCaseAndItPassesTheChecker() {
        CommunityCase community = SyntheticCase.generate(2, 18, 6, 3);
        Double first = null;
        for (SolverBackend backend : SolverBackend.values()) {
            assumeTrue(MilpSolver.isAvailable(backend));
            Outcome outcome = Scheduler.run(community, new SolverSettings(backend, 60, 1e-6, false));
            assertThat(outcome.schedule()).as(backend + " checked schedule").isPresent();
            double objective = outcome.solve().objective();
            // A bound is never below the optimum it bounds, and the schedule never above it.
            assertThat(outcome.solve().bound()).isGreaterThanOrEqualTo(objective - 1e-6);
            if (first == null) {
                first = objective;
            }
            assertThat(objective).as(backend.cliName()).isCloseTo(first, within(1e-4 * Math.abs(first)));
        }
    }
}
