package org.cemc.input;

/**
 * A case that cannot be read: the message names the file, the row or field, and what is wrong, in one paragraph a
 * user can act on.
 */
public final class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidCaseException(String message) {
        super(message);
    }
}
