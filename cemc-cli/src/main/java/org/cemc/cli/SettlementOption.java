package org.cemc.cli;

import java.util.ArrayList;
import java.util.List;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --settlement RULE[,RULE...]}: the settlement rules {@code compare} and {@code report} put side by side
 * (docs/settlement.md, "Fair shares").
 */
final class SettlementOption {
    @Option(names = "--settlement", paramLabel = "RULE", split = ",", converter = KindConverter.class,
            description = "Settlement rules to put side by side, comma-separated: p2p-price, shapley, equal-surplus "
                    + "(each house's money, stand-alone money and gain, and each rule's core check up to 12 houses). "
                    + "Default: p2p-price and the case's settlement: rule when it names another; none otherwise.")
    private List<SettlementRule.Kind> kinds;

    /**
     * The rules asked for, each with the case's Shapley sampling (its permutations and seed); empty when none is
     * asked and the case settles at the P2P price.
     */
    List<SettlementRule> rules(CommunityCase community) {
        SettlementRule own = community.settlement();
        List<SettlementRule.Kind> asked = kinds != null ? kinds.stream().distinct().toList()
                : own.kind() == SettlementRule.Kind.P2P_PRICE ? List.of()
                : List.of(SettlementRule.Kind.P2P_PRICE, own.kind());
        List<SettlementRule> rules = new ArrayList<>();
        asked.forEach(kind -> rules.add(own.withKind(kind)));
        return rules;
    }

    /** A rule by the name case.yaml gives it. */
    static final class KindConverter implements CommandLine.ITypeConverter<SettlementRule.Kind> {
        @Override
        public SettlementRule.Kind convert(String value) {
            return SettlementRule.Kind.byKey(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "\"" + value + "\" is not a settlement rule; choose " + SettlementRule.Kind.keys()));
        }
    }
}
