package org.cemc.community;

/**
 * A house (the paper's building unit u of EC c) with its day-ahead forecasts, all in kWh per period and
 * {@code >= 0}: PV generation, interruptible demand (ID), uninterruptible demand (UID, household use and the
 * owner's own EV) and the load the DR program may call for curtailment ({@code 0 <= drCallable <= interruptible},
 * zero where the house is not enrolled).
 *
 * @param chargerKw power of the charger the house lends to guest EVs; 0 when it has none
 * @param drEnrolled the house takes part in the DR program and is paid for standing by
 */
public record House(String id, String community, double chargerKw, boolean drEnrolled,
                    Series pv, Series interruptible, Series uninterruptible, Series drCallable) {

    public boolean hasCharger() {
        return chargerKw > 0;
    }
}
