package org.cemc.server.store;

/** The database could not do what was asked: not reachable, not migratable, or a statement failed. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
