package org.cemc.study.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cemc.community.P2pMarket;
import org.cemc.input.CaseKeys;

/**
 * A variant applied to the case's document (docs/studies.md, "Variants"): its {@code prices:} and {@code options:}
 * with the variant's keys set, the prices-file columns a price set here replaces, and the houses' chargers under its
 * {@code charger_share}. Core reads the result as it reads any case, so a variant that makes the case invalid gets
 * core's own message.
 *
 * @param prices the case's {@code prices:} with the variant's prices set (its {@code series} still the case's file)
 * @param options the case's {@code options:} with the variant's switches set
 * @param replacedColumns the prices file's columns not used: the prices the variant sets, and {@code p2p} or
 *                        {@code feed_in} where its {@code p2p_rule} does not use them
 * @param chargers each house's charger power under {@code charger_share}; empty when the variant does not set it
 */
record VariantCase(Variant variant, ObjectNode prices, ObjectNode options, Set<String> replacedColumns,
                   Optional<Map<String, Double>> chargers) {

    VariantCase {
        replacedColumns = Set.copyOf(replacedColumns);
        chargers = chargers.map(Map::copyOf);
    }

    static VariantCase apply(Variant variant, ObjectNode casePrices, ObjectNode caseOptions,
                             ChargerShare chargerShare) {
        ObjectNode prices = casePrices.deepCopy();
        ObjectNode options = caseOptions.deepCopy();
        Set<String> replaced = new HashSet<>();
        Optional<Map<String, Double>> chargers = Optional.empty();
        Map<String, String> values = variant.parameters();
        for (Map.Entry<String, String> value : values.entrySet()) {
            Parameter parameter = Parameter.named(value.getKey()).orElseThrow();
            String text = value.getValue().strip();
            switch (parameter.kind()) {
                case PRICE -> {
                    prices.put(parameter.key(), Variants.number(text));
                    replaced.add(parameter.key());
                }
                case PRICE_CONSTANT -> prices.put(parameter.key(), Variants.number(text));
                case P2P_RULE -> {
                    prices.put(CaseKeys.P2P_RULE, text);
                    // A rule prices from what it uses: the computed rules replace the case's P2P price, and a given
                    // P2P price makes the case's feed-in price unused (core refuses both, docs/case-format.md).
                    String unused = text.equals(P2pMarket.Rule.SERIES.key()) ? CaseKeys.FEED_IN : CaseKeys.P2P;
                    // A variant cannot set the P2P price (its p2p is the switch), but it may set feed_in itself.
                    if (unused.equals(CaseKeys.P2P) || !values.containsKey(unused)) {
                        prices.remove(unused);
                        replaced.add(unused);
                    }
                }
                case OPTION -> options.put(parameter.key(), Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
                case CHARGER_SHARE -> chargers = Optional.of(chargerShare.chargers(Variants.number(text)));
                default -> throw new IllegalStateException("unknown kind " + parameter.kind());
            }
        }
        return new VariantCase(variant, prices, options, replaced, chargers);
    }
}
