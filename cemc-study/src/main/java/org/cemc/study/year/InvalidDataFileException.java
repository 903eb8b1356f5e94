package org.cemc.study.year;

/**
 * A data file (weather or load profile) that cannot be read: the message names the file, the line and column, what
 * was found and what was expected, in one paragraph a user can act on.
 */
public final class InvalidDataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidDataFileException(String message) {
        super(message);
    }
}
