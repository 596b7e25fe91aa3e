package dev.perfkit.junit.commits.run;

/**
 * A request file that cannot be used: missing, not JSON, or a field with a value of the wrong form. The message names
 * the file, the field and the accepted form.
 */
public final class BadRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A bad request, with the whole message. */
    public BadRequestException(String message) {
        super(message);
    }

    /** A bad request caused by {@code cause}. */
    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
