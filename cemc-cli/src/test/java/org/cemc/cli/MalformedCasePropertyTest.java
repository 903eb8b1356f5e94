package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cemc.input.CaseFolder;

/**
 * Thousands of malformed cases per run, each the valid two-house case broken in one random way: every one must be
 * refused with exit status 2 and a one-paragraph message naming the file, never a stack trace, and nothing
 * written to the output folder.
 */
class MalformedCasePropertyTest {

    /** One way of breaking the case: the file it breaks and the edit. */
    record Breakage(String file, String description, java.util.function.Consumer<CaseFolder> apply) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Property(tries = 2000)
    void everyMalformedCaseIsRefusedWithAMessageNamingTheFile(@ForAll("breakages") Breakage breakage)
            throws IOException {
        Path folder = Files.createTempDirectory("cemc-malformed");
        try {
            breakage.apply().accept(CaseFolder.writeTo(folder));
            Path out = folder.resolve("results");

            CliRun run = CliRun.of("solve", folder.toString(), "--out", out.toString());

            assertThat(run.status()).as(breakage + ": " + run.err() + run.out()).isEqualTo(2);
            assertThat(run.err()).startsWith("cemc: ").contains(breakage.file())
                    .doesNotContain("Exception", "\tat ", "internal error");
            assertThat(run.err().strip().lines().count()).as("one paragraph").isEqualTo(1);
            assertThat(out).doesNotExist();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Breakage> breakages() {
        return Arbitraries.oneOf(List.of(notANumber(), negativeEnergy(), missingRow(), duplicatedRow(),
                unknownColumn(), unknownYamlField(), evLeavingEarly(), requiredChargeAboveOne(),
                callableAboveInterruptible(), undefinedCommunity(), periodOutsideTheDay(), missingYamlField(),
                missingFile()));
    }

    private static final List<String> HOUSE_CELLS = List.of("a,0,3,1,0.5,0.5", "a,1,0,1,0.5,0", "b,0,0,2,1,0",
            "b,1,0,2,1,0");

    /** A house row with value column {@code column} (0 = pv_kwh .. 3 = dr_callable_kwh) replaced. */
    private static String withCell(String row, int column, String value) {
        String[] cells = row.split(",");
        cells[2 + column] = value;
        return String.join(",", cells);
    }

    private Arbitrary<Breakage> notANumber() {
        Arbitrary<String> junk = Arbitraries.oneOf(List.of(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1d", "0x1p3", "1.2.3", "--1", "1e", "e5", "\"\"")));
        return Combinators.combine(Arbitraries.of(HOUSE_CELLS), Arbitraries.integers().between(0, 3), junk)
                .as((row, column, value) -> new Breakage("houses.csv", "\"" + value + "\" in " + row,
                        c -> c.replace("houses.csv", row, withCell(row, column, value))));
    }

    private Arbitrary<Breakage> negativeEnergy() {
        return Combinators.combine(Arbitraries.of(HOUSE_CELLS), Arbitraries.integers().between(0, 3),
                        Arbitraries.doubles().between(0.001, 1e6).ofScale(3))
                .as((row, column, value) -> new Breakage("houses.csv", "-" + value + " in " + row,
                        c -> c.replace("houses.csv", row, withCell(row, column, "-" + value))));
    }

    private Arbitrary<Breakage> missingRow() {
        Arbitrary<Breakage> house = Arbitraries.of(HOUSE_CELLS).map(row -> new Breakage("houses.csv",
                "without " + row, c -> c.replace("houses.csv", row + "\n", "")));
        Arbitrary<Breakage> price = Arbitraries.of("0,", "1,").map(start -> new Breakage("prices.csv",
                "without price row " + start, c -> c.write("prices.csv", String.join("\n",
                        CaseFolder.PRICES_CSV.lines().filter(l -> !l.startsWith(start)).toList()) + "\n")));
        return Arbitraries.oneOf(List.of(house, price));
    }

    private Arbitrary<Breakage> duplicatedRow() {
        return Arbitraries.of(HOUSE_CELLS).map(row -> new Breakage("houses.csv", "twice " + row,
                c -> c.replace("houses.csv", row, row + "\n" + row)));
    }

    private Arbitrary<Breakage> unknownColumn() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1)
                .ofMaxLength(12).filter(n -> !List.of("pv_kwh", "interruptible_kwh", "uninterruptible_kwh",
                        "dr_callable_kwh", "house", "period").contains(n));
        return names.map(name -> new Breakage("houses.csv", "column " + name, c -> {
            String text = c.read("houses.csv");
            c.write("houses.csv", text.lines().map(l -> l.startsWith("house,") ? l + "," + name : l + ",1")
                    .reduce((x, y) -> x + "\n" + y).orElseThrow() + "\n");
        }));
    }

    private Arbitrary<Breakage> unknownYamlField() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12)
                .filter(n -> !List.of("name", "periods", "currency", "communities", "houses", "prices",
                        "options").contains(n));
        return names.map(name -> new Breakage("case.yaml", "field " + name,
                c -> c.replace("case.yaml", "currency: USD", "currency: USD\n" + name + "_x: 1")));
    }

    private Arbitrary<Breakage> evLeavingEarly() {
        return Arbitraries.doubles().between(0, 2).ofScale(2).map(hoursEarly -> new Breakage("case.yaml",
                "departure " + hoursEarly + " h before arrival",
                c -> c.replace("case.yaml", "arrival_hour: 0, departure_hour: 2",
                        "arrival_hour: 2, departure_hour: " + (2 - hoursEarly))));
    }

    private Arbitrary<Breakage> requiredChargeAboveOne() {
        return Arbitraries.doubles().between(1.0001, 100).ofScale(4).map(soc -> new Breakage("case.yaml",
                "soc_required " + soc, c -> c.replace("case.yaml", "soc_required: 0.6", "soc_required: " + soc)));
    }

    private Arbitrary<Breakage> callableAboveInterruptible() {
        return Arbitraries.doubles().between(0.001, 50).ofScale(3).map(extra -> new Breakage("houses.csv",
                "callable 1 + " + extra, c -> c.replace("houses.csv", "a,0,3,1,0.5,0.5", "a,0,3,1,0.5," + (1 + extra))));
    }

    private Arbitrary<Breakage> undefinedCommunity() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(ec -> new Breakage("case.yaml", "community x" + ec,
                        c -> c.replace("case.yaml", "- {id: b, community: ec1}", "- {id: b, community: x" + ec + "}")));
    }

    private Arbitrary<Breakage> periodOutsideTheDay() {
        return Arbitraries.oneOf(List.of(Arbitraries.integers().between(2, 100000), Arbitraries.integers()
                .between(-1000, -1))).map(period -> new Breakage("houses.csv", "period " + period,
                c -> c.replace("houses.csv", "b,1,", "b," + period + ",")));
    }

    private Arbitrary<Breakage> missingYamlField() {
        return Arbitraries.of("periods: 2\n", "period_hours: 1\n", "  social_welfare_value: 0.055\n",
                "  parking_fee: 1.0\n", "  standby: 0.1\n").map(line -> new Breakage("case.yaml",
                "without " + line.strip(), c -> c.replace("case.yaml", line, "")));
    }

    private Arbitrary<Breakage> missingFile() {
        return Arbitraries.of("case.yaml", "houses.csv", "prices.csv").map(file -> new Breakage(file,
                "without " + file, c -> c.delete(file)));
    }
}
