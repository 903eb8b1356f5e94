package org.cemc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Picocli's model of every subcommand of Main: each shared option comes from the one class that declares it. */
class OptionsDeclaredOnceTest {

    private static Map<String, CommandSpec> subcommands() {
        Map<String, CommandSpec> specs = new LinkedHashMap<>();
        new CommandLine(new Main()).getSubcommands().forEach((name, line) -> specs.put(name, line.getCommandSpec()));
        return specs;
    }

    /** The class whose field the option is bound to: the mixin (or command) that declares it. */
    private static Class<?> declaredBy(OptionSpec option) {
        assertThat(option.userObject()).as(option.longestName()).isInstanceOf(Field.class);
        return ((Field) option.userObject()).getDeclaringClass();
    }

    @Test
    void everyCommandWithATimeLimitTakesAllSolverOptionsFromTheSameMixin() {
        Map<String, Class<?>> solving = new TreeMap<>();
        subcommands().forEach((name, spec) -> {
            OptionSpec timeLimit = spec.findOption("--time-limit");
            if (timeLimit == null) {
                return;
            }
            Class<?> mixin = declaredBy(timeLimit);
            for (String option : new String[] {"--solver", "--gap", "--method"}) {
                assertThat(spec.findOption(option)).as(name + " " + option).isNotNull();
                assertThat(declaredBy(spec.findOption(option))).as(name + " " + option).isEqualTo(mixin);
            }
            solving.put(name, mixin);
        });

        assertThat(solving.keySet()).containsExactly("bench", "bid", "compare", "evaluate", "report", "solve", "study");
        assertThat(Set.copyOf(solving.values())).containsExactly(SolverOptions.class);
    }

    @Test
    void outSeedSamplesAndSettlementAreEachDeclaredByOneClass() {
        Map<String, Class<?>> expected = Map.of("--out", OutOption.class, "--seed", SeedOption.class,
                "--samples", SamplesOption.class, "--settlement", SettlementOption.class);
        Map<String, Set<String>> users = Map.of("--out", Set.of("solve", "compare", "report", "scenarios", "evaluate",
                "generate", "bench", "bid", "study"), "--seed", Set.of("scenarios", "evaluate", "generate", "bench"),
                "--samples", Set.of("scenarios", "evaluate"), "--settlement", Set.of("compare", "report"));
        expected.forEach((option, mixin) -> {
            Map<String, Class<?>> declaring = subcommands().entrySet().stream()
                    .filter(e -> e.getValue().findOption(option) != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> declaredBy(e.getValue().findOption(option))));
            assertThat(declaring.keySet()).as(option).isEqualTo(users.get(option));
            assertThat(Set.copyOf(declaring.values())).as(option).containsExactly(mixin);
        });
    }

    @Test
    void eachCommandKeepsItsOwnDefaultsRequiredFlagsAndWording() {
        Map<String, CommandSpec> specs = subcommands();

        assertThat(specs.get("evaluate").findOption("--seed").defaultValue()).isEqualTo("7");
        assertThat(specs.get("evaluate").findOption("--samples").defaultValue()).isEqualTo("1000");
        assertThat(specs.get("bench").findOption("--seed").defaultValue()).isEqualTo("1");
        assertThat(specs.get("generate").findOption("--seed").defaultValue()).isEqualTo("1");
        assertThat(specs.get("scenarios").findOption("--seed").defaultValue()).isNull();
        assertThat(specs.get("scenarios").findOption("--samples").defaultValue()).isNull();
        for (String command : new String[] {"report", "scenarios", "generate", "study", "bid"}) {
            assertThat(specs.get(command).findOption("--out").required()).as(command).isTrue();
        }
        for (String command : new String[] {"solve", "compare", "evaluate", "bench"}) {
            assertThat(specs.get(command).findOption("--out").required()).as(command).isFalse();
        }
        assertThat(specs.get("bench").findOption("--out").paramLabel()).isEqualTo("FILE");
        assertThat(specs.get("solve").findOption("--solver").defaultValue()).isEqualTo("cbc");
        assertThat(specs.get("bench").findOption("--solver").defaultValue()).isNull();
    }

    @Test
    void everyCommandsHelpSaysWhatItsSharedOptionsDoThere() {
        for (String command : subcommands().keySet()) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.status()).as(command + ": " + help.err()).isZero();
            assertThat(help.out()).as(command).doesNotContain("${");
        }
        assertThat(help("evaluate")).contains("--seed=SEED", "(default: 7)",
                "Days of guest EVs to draw (default: 1000)", "evaluation.csv", "How each day is solved, the replay");
        assertThat(help("scenarios")).contains("Seed of the draws (default: the case's)",
                "Guest EVs to draw (default: the case's)");
        assertThat(help("bench")).contains("--out=FILE", "the same as --solvers NAME (default: the --solvers list)",
                "the same as --methods METHOD");
        assertThat(help("compare")).contains("--time-limit=SECONDS", "--method=METHOD", "compare.csv");
        assertThat(help("report")).contains(" --out=DIR").doesNotContain("[--out=DIR]");
    }

    /** A command's help on one line (picocli wraps it at 80 columns). */
    private static String help(String command) {
        return CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
    }
}
