package org.cemc.input;

import static org.cemc.input.CaseKeys.COMMUNITIES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cemc.community.EnergyCommunity;

/** Reads {@code communities:} of case.yaml. */
final class CommunitiesSection {
    private CommunitiesSection() {
    }

    static List<EnergyCommunity> read(CaseSource source, List<CaseDocument.CommunityEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw source.error(COMMUNITIES, "is missing: list at least one energy community with an id");
        }
        List<EnergyCommunity> communities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CaseDocument.CommunityEntry entry = entries.get(i);
            String id = source.uniqueId(entry == null ? null : entry.id(),
                    source.field(COMMUNITIES + "[" + i + "]." + CaseKeys.ID), "community", ids);
            communities.add(new EnergyCommunity(id, Optional.ofNullable(entry.name()).orElse(id)));
        }
        return communities;
    }
}
