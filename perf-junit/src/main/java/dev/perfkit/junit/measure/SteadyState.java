package dev.perfkit.junit.measure;

/**
 * Decides when a warm-up has settled: it is fed the median latency of each window and reports steady once the last
 * {@value #WINDOWS} medians spread by at most {@code tolerance} of the smallest of them. Not thread-safe: one warm-up
 * thread owns it.
 */
final class SteadyState {

    /** How many consecutive window medians must agree. */
    static final int WINDOWS = 3;

    private final double tolerance;
    private final long[] last = new long[WINDOWS];
    private int windows;

    SteadyState(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Adds the median of one more window; returns true when the warm-up is now steady. */
    boolean add(long medianNanos) {
        last[windows % WINDOWS] = medianNanos;
        windows++;
        return isSteady();
    }

    /** True when the last {@value #WINDOWS} medians agree within the tolerance. */
    boolean isSteady() {
        if (windows < WINDOWS) {
            return false;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long m : last) {
            min = Math.min(min, m);
            max = Math.max(max, m);
        }
        return max - min <= tolerance * min;
    }

    /** How many windows were added. */
    int windows() {
        return windows;
    }

    /** The median of the latest window; -1 before the first. */
    long lastMedian() {
        return windows == 0 ? -1 : last[(windows - 1) % WINDOWS];
    }
}
