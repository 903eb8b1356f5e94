package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settlement rules through the command line: the case's settlement: key, and compare and report --settlement. */
class SettlementRulesCommandTest {
    private static final String TWO_HOUSES = "../examples/two-houses";

    @TempDir
    Path temp;

    /** examples/two-houses with {@code settlement} added to its case.yaml. */
    private Path twoHousesSettledBy(String settlement) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("case"));
        try (var files = Files.list(Path.of(TWO_HOUSES))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("case.yaml"), "settlement: " + settlement + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        return folder;
    }

    @Test
    void compareSetsTheRulesSideBySideWithEachRulesCoreCheck() throws IOException {
        Path out = temp.resolve("compare");

        CliRun run = CliRun.of("compare", TWO_HOUSES, "--settlement", "p2p-price,shapley,equal-surplus", "--out",
                out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Settlement rules: each house's money", "p2p-price", "shapley",
                "equal-surplus", "Core check, shapley: ", "wrote compare.csv, allocations.csv, core-check.csv");
        List<CSVRecord> allocations = read(out.resolve("allocations.csv"));
        assertThat(allocations).extracting(r -> r.get("rule")).containsExactly("p2p-price", "p2p-price", "shapley",
                "shapley", "equal-surplus", "equal-surplus");
        for (String rule : List.of("shapley", "equal-surplus")) {
            // Two houses: Shapley and equal surplus division both give each its own plus half the surplus.
            double transfers = allocations.stream().filter(r -> r.get("rule").equals(rule))
                    .mapToDouble(r -> Double.parseDouble(r.get("transfer"))).sum();
            assertThat(transfers).as(rule).isCloseTo(0, within(1e-9));
        }
        // Two houses: the three coalitions a, b and ab, every one checked.
        assertThat(read(out.resolve("core-check.csv"))).extracting(r -> r.get("checked") + " "
                + r.get("coalitions_checked")).containsOnly("all 3");
    }

    @Test
    void anUnknownRuleIsRefusedBeforeAnythingIsSolvedOrWritten() {
        Path out = temp.resolve("compare");

        CliRun run = CliRun.of("compare", TWO_HOUSES, "--settlement", "p2p-price,nucleolus", "--out", out.toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("\"nucleolus\" is not a settlement rule; choose p2p-price, shapley or "
                + "equal-surplus").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void solveSharesTheDayByTheCasesRuleAndWritesTheTransfersInSettlementCsv() throws IOException {
        Path out = temp.resolve("solved");

        CliRun run = CliRun.of("solve", twoHousesSettledBy("equal-surplus").toString(), "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Settlement by equal-surplus: ", "Every house has at least its stand-alone "
                + "money.");
        List<CSVRecord> rows = read(out.resolve("settlement.csv"));
        double transfers = 0;
        for (CSVRecord row : rows) {
            transfers += Double.parseDouble(row.get("transfer"));
            assertThat(Double.parseDouble(row.get("gain"))).as(row.get("house")).isGreaterThanOrEqualTo(0);
        }
        assertThat(transfers).isCloseTo(0, within(1e-9));
    }

    @Test
    void theReportShowsTheCasesRuleBesideThePrice() throws IOException {
        Path out = temp.resolve("report");

        CliRun run = CliRun.of("report", twoHousesSettledBy("{rule: shapley, permutations: 50, seed: 3}").toString(),
                "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"fair-shares\"",
                "<th>p2p-price</th>", "<th>shapley</th>", "Core check, shapley");
    }

    @Test
    void theStochasticProgramRefusesACaseThatSharesOneDaysSchedule() throws IOException {
        Path generated = temp.resolve("generated");
        assertThat(CliRun.of("generate", "--ecs", "1", "--houses-per-ec", "2", "--guest-ev-distributions", "--out",
                generated.toString()).status()).isZero();
        Files.writeString(generated.resolve("case.yaml"), "settlement: shapley\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.of("solve", generated.toString(), "--ev-mode", "stochastic");

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("names settlement: shapley", "--ev-mode stochastic settles each scenario at "
                + "the P2P price").doesNotContain("Exception");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        }
    }
}
