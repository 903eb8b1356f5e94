package org.cemc.server;

/** The server could not start: its data folder, database or port; the message says which and why, in one line. */
public final class StartFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StartFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
