package org.cemc.input;

import static org.cemc.input.CaseKeys.PERMUTATIONS;
import static org.cemc.input.CaseKeys.RULE;
import static org.cemc.input.CaseKeys.SEED;
import static org.cemc.input.CaseKeys.SETTLEMENT;

import java.util.Locale;
import java.util.Optional;
import org.cemc.community.SettlementRule;

/** Reads {@code settlement:} of case.yaml: the rule that shares the schedule's money, and its sampling. */
final class SettlementSection {
    private SettlementSection() {
    }

    static SettlementRule read(CaseSource source, CaseDocument.SettlementEntry entry) {
        if (entry == null) {
            return SettlementRule.p2pPrice();
        }
        String field = entry.permutations() == null && entry.seed() == null ? SETTLEMENT : SETTLEMENT + "." + RULE;
        String key = source.require(entry.rule(), SETTLEMENT + "." + RULE).strip();
        SettlementRule.Kind kind = SettlementRule.Kind.byKey(key).orElseThrow(() -> source.error(field,
                "\"" + key + "\" is not a settlement rule; choose " + SettlementRule.Kind.keys()
                        + " (docs/settlement.md)"));
        int permutations = Optional.ofNullable(entry.permutations()).orElse(SettlementRule.DEFAULT_PERMUTATIONS);
        if (!SettlementRule.validPermutations(permutations)) {
            throw source.error(SETTLEMENT + "." + PERMUTATIONS, String.format(Locale.ROOT, "%d is not a number of "
                    + "join orders to sample; give an even number (orders are drawn in pairs, each with its reverse) "
                    + "from %d to %,d (each order solves up to one coalition per house)", permutations,
                    SettlementRule.MIN_PERMUTATIONS, SettlementRule.MAX_PERMUTATIONS));
        }
        if (kind != SettlementRule.Kind.SHAPLEY && (entry.permutations() != null || entry.seed() != null)) {
            throw source.error(SETTLEMENT + "." + (entry.permutations() != null ? PERMUTATIONS : SEED),
                    "only the " + SettlementRule.Kind.SHAPLEY.key() + " rule samples; remove it or choose "
                            + SettlementRule.Kind.SHAPLEY.key());
        }
        return new SettlementRule(kind, permutations,
                Optional.ofNullable(entry.seed()).orElse(SettlementRule.DEFAULT_SEED));
    }
}
