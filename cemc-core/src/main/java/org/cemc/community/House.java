package org.cemc.community;

import java.util.Objects;
import java.util.Optional;

/**
 * A house (the paper's building unit u of EC c) with its day-ahead forecasts, all in kWh per period and
 * {@code >= 0}: PV generation, interruptible demand (ID), uninterruptible demand (UID, household use and the
 * owner's own EV) and the load the DR program may call for curtailment ({@code 0 <= drCallable <= interruptible},
 * zero where the house is not enrolled).
 *
 * @param chargerKw power of the charger the house lends to guest EVs; 0 when it has none
 * @param drEnrolled the house takes part in the DR program and is paid for standing by
 * @param name the name people know the house by (e.g. "Mühle am Bach"), shown beside its id; empty when none
 */
public record House(String id, String community, double chargerKw, boolean drEnrolled,
                    Series pv, Series interruptible, Series uninterruptible, Series drCallable, Optional<String> name) {

    public House {
        Objects.requireNonNull(name, "name (Optional.empty() for none)");
    }

    /** A house without a display name. */
    public House(String id, String community, double chargerKw, boolean drEnrolled,
                 Series pv, Series interruptible, Series uninterruptible, Series drCallable) {
        this(id, community, chargerKw, drEnrolled, pv, interruptible, uninterruptible, drCallable, Optional.empty());
    }

    public boolean hasCharger() {
        return chargerKw > 0;
    }
}
