package dev.perfkit.memo;

/**
 * Thrown when a memoized computation needs its own result: directly ({@code f(1)} calls {@code f(1)}), through other
 * keys ({@code f(1)} needs {@code f(2)} needs {@code f(1)}), or through threads waiting for each other's keys.
 * Without this check the call would recurse forever, or two threads would wait for each other forever.
 *
 * <p>Never cached: the next call computes again (and, if the cycle is in the function, fails again).
 */
public class MemoCycleException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the given message.
     *
     * @param message the detail message: which key depends on itself
     */
    public MemoCycleException(String message) {
        super(message);
    }
}
