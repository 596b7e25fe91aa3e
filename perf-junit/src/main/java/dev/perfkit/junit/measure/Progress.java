package dev.perfkit.junit.measure;

/**
 * Where long work says how it is going (a warm-up waiting for the JVM, a comparison's rounds), at most every
 * {@link #EVERY_NANOS} of the work's own clock, so that a long wait is never silent. Called from the measuring thread
 * between windows and rounds, never inside a timed region. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Progress {

    /** How often progress is reported: every 2 s. */
    long EVERY_NANOS = 2_000_000_000L;

    /** Says nothing. */
    Progress NONE = message -> {};

    /** Reports one line, such as {@code warming up 4.0 s (38 windows): p50 24.0 µs; waiting for: JIT compiling}. */
    void report(String message);
}
