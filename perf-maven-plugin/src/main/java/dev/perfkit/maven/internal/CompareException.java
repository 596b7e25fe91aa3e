package dev.perfkit.maven.internal;

import java.io.Serial;

/** A comparison that cannot be made: a bad parameter, a git or build problem. Its message is for the user. */
public final class CompareException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public CompareException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, caused by {@code cause}. */
    public CompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
