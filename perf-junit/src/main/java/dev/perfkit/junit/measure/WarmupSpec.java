package dev.perfkit.junit.measure;

/**
 * How a warm-up ends: after a number of calls, after a fixed time, or once the body and the JVM are steady (window
 * medians within {@code tolerance} and no JVM activity), at the latest after {@code capNanos}. Every feature states its
 * warm-up in one of these: {@code @PerfTest} from its attributes, comparisons and complexity tests from their settings.
 * Immutable.
 *
 * @param mode how the warm-up ends
 * @param amount calls per thread for {@link Mode#ITERATIONS}, nanoseconds for {@link Mode#DURATION}; 0 for
 *     {@link Mode#STEADY}
 * @param capNanos the longest warm-up until steady
 * @param windowNanos the length of one steady-state window
 * @param tolerance how far window medians may spread and still count as steady, relative
 */
public record WarmupSpec(Mode mode, long amount, long capNanos, long windowNanos, double tolerance) {

    /** How a warm-up ends. */
    public enum Mode {
        /** After a fixed number of calls per thread. */
        ITERATIONS,
        /** After a fixed time per thread. */
        DURATION,
        /** When the median latency and the JVM stop moving, or at the cap. */
        STEADY
    }

    /** A warm-up until steady, at most {@code capNanos}. */
    public static WarmupSpec untilSteady(long capNanos, long windowNanos, double tolerance) {
        return new WarmupSpec(Mode.STEADY, 0, capNanos, windowNanos, tolerance);
    }

    /**
     * The warm-up a setting such as {@code perfkit.compare.warmup} asks for: until steady (at most {@code capNanos})
     * when {@code fixedNanos} is negative, else a fixed time.
     */
    public static WarmupSpec fromSetting(long fixedNanos, long capNanos, long windowNanos, double tolerance) {
        return fixedNanos < 0
                ? untilSteady(capNanos, windowNanos, tolerance)
                : new WarmupSpec(Mode.DURATION, fixedNanos, capNanos, windowNanos, tolerance);
    }

    /** Whether the warm-up ends when steady rather than after a fixed amount. */
    public boolean untilSteady() {
        return mode == Mode.STEADY;
    }
}
