package org.cemc.server.store;

import java.util.Locale;

/**
 * Where a run is in its life: queued → running → done | failed | cancelled (a queued run can also be cancelled).
 * Stored as the lower-case name.
 */
public enum RunStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
