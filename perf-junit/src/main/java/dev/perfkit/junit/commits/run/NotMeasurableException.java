package dev.perfkit.junit.commits.run;

/** A test the engine cannot run outside JUnit, with the reason the summary gives for skipping it. */
public final class NotMeasurableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A test skipped for {@code reason}, such as {@code the test class needs the extension MockitoExtension}. */
    public NotMeasurableException(String reason) {
        super(reason);
    }
}
