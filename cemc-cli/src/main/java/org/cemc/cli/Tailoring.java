package org.cemc.cli;

import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's own wording of a shared option ({@link OutOption}, {@link SeedOption}, {@link SamplesOption},
 * {@link SolverOptions}). Picocli builds each option from its mixin; a command whose {@code --out} is required, or
 * whose {@code --seed} has a default of its own, names a model transformer ({@code @Command(modelTransformer =
 * ...)}) that calls {@link #tailor}. The option is replaced by a copy with the new description, default or
 * required flag; the copy is bound to the same mixin field, so the name, type and checks stay the mixin's.
 */
final class Tailoring {
    private Tailoring() {
    }

    /** Replaces {@code option} (e.g. "--out") of {@code spec} by {@code change} applied to a copy of it. */
    static CommandSpec tailor(CommandSpec spec, String option, UnaryOperator<OptionSpec.Builder> change) {
        OptionSpec shared = spec.findOption(option);
        if (shared == null) {
            throw new IllegalStateException(spec.name() + " has no option " + option + " to tailor");
        }
        spec.remove(shared);
        spec.addOption(change.apply(shared.toBuilder()).build());
        return spec;
    }
}
