package dev.perfkit.junit.measure;

import java.util.Arrays;

/**
 * The median latency of every warm-up window and when the window ended, kept in a fixed amount of memory: once
 * {@link #CAPACITY} windows are held, every second one is dropped and from then on only every second window is kept
 * (then every fourth, and so on), so a long warm-up is still traced from its start to its end, more coarsely. The
 * arrays are allocated once, when the trace is created; adding never allocates. Not thread-safe: one warm-up thread
 * owns it.
 */
final class WindowTrace {

    /** The most windows held; even, so that halving keeps the first window. */
    static final int CAPACITY = 512;

    private final long[] endNanos = new long[CAPACITY];
    private final long[] medians = new long[CAPACITY];
    private int size;
    private int stride = 1;
    private long seen;

    /**
     * Adds one window.
     *
     * @param endNanos when it ended, in nanoseconds since the warm-up started
     * @param medianNanos its median latency
     */
    void add(long endNanos, long medianNanos) {
        if (seen++ % stride != 0) {
            return;
        }
        if (size == CAPACITY) {
            for (int i = 0; i < CAPACITY / 2; i++) {
                this.endNanos[i] = this.endNanos[2 * i];
                medians[i] = medians[2 * i];
            }
            size = CAPACITY / 2;
            stride *= 2;
            if ((seen - 1) % stride != 0) {
                return;
            }
        }
        this.endNanos[size] = endNanos;
        medians[size++] = medianNanos;
    }

    /** The end of every window kept, nanoseconds since the warm-up started, oldest first. */
    long[] endNanos() {
        return Arrays.copyOf(endNanos, size);
    }

    /** The median latency of every window kept, oldest first. */
    long[] medians() {
        return Arrays.copyOf(medians, size);
    }
}
