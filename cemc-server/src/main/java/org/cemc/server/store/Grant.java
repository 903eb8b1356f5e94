package org.cemc.server.store;

import java.util.Optional;

/**
 * What a token lets its bearer do: the operator everything; a household only its own house of its own case.
 *
 * @param caseId present exactly for a household
 * @param house present exactly for a household
 */
public record Grant(Role role, Optional<Long> caseId, Optional<String> house) {
    public enum Role {
        OPERATOR, HOUSEHOLD
    }

    public Grant {
        if ((role == Role.HOUSEHOLD) != (caseId.isPresent() && house.isPresent())
                || (role == Role.OPERATOR && (caseId.isPresent() || house.isPresent()))) {
            throw new IllegalArgumentException("a household grant names one case and house; an operator's neither");
        }
    }

    public static Grant operator() {
        return new Grant(Role.OPERATOR, Optional.empty(), Optional.empty());
    }

    public static Grant household(long caseId, String house) {
        return new Grant(Role.HOUSEHOLD, Optional.of(caseId), Optional.of(house));
    }

    /** True for a household grant on this house of this case. */
    public boolean isHouse(long caseId, String house) {
        return role == Role.HOUSEHOLD && this.caseId.orElseThrow() == caseId && this.house.orElseThrow().equals(house);
    }
}
