package dev.perfkit.junit.perftest;

/**
 * The rule that suspects a body of having been compiled to nothing: a test method that hands no result to a
 * {@code Sink} (a test method returns {@code void}, so its result is discarded) and whose median call takes less than
 * {@link #FLOOR_NANOS}. Below that a call does less than a handful of machine instructions, which is what is left when
 * the JIT has removed the work as dead code; a real body that cheap is rare. The rule only suspects: the report says
 * so, and the test's verdict does not change. Stateless.
 */
public final class DeadCode {

    /** The median time per call, in nanoseconds, under which a body that discards its result is suspected. */
    public static final double FLOOR_NANOS = 2;

    private DeadCode() {}

    /**
     * Whether {@code m} suggests a body optimised away.
     *
     * @param takesSink whether the test method takes a {@code Sink}, so that its results are kept
     */
    public static boolean suspected(Measurement m, boolean takesSink) {
        return !takesSink && !m.plan().openLoop() && m.medianNanos() < FLOOR_NANOS;
    }
}
