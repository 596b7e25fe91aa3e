package dev.perfkit.junit.metric;

/** Which way a metric improves: latency and memory improve downwards, throughput upwards. */
public enum Direction {
    /** Smaller is better (latency, bytes). */
    LOWER_IS_BETTER,
    /** Larger is better (throughput). */
    HIGHER_IS_BETTER;

    /** The improvement factor of {@code after} over {@code before}: above 1 is better, whatever the direction. */
    public double factor(double before, double after) {
        return this == LOWER_IS_BETTER ? before / after : after / before;
    }
}
