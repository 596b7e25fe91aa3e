package dev.perfkit.core.internal.memory;

import dev.perfkit.Ticker;

/**
 * Reads the settled heap: collects and reads until the lowest reading has not dropped for a number of readings in a
 * row, and answers with that lowest reading.
 *
 * <p>Why several readings, and why the lowest: objects that only a later collection frees (finalizers, cleaners,
 * chains of references) need more than one; and full collections may leave dead objects in place to save moving
 * live ones ("dead wood": Serial and Parallel, and G1 for dense regions), compacting fully only every
 * {@code MarkSweepAlwaysCompactCount}-th time (4 by default), so a reading can stay high for that many collections.
 * Dead wood only adds, so the lowest reading is the truest. Bounded by a number of readings and a time budget, read
 * from an injected {@link Ticker}. Not thread-safe.
 */
final class Settler {

    /** The default bound on readings per settled figure. */
    static final int MAX_READINGS = 12;
    /** The default time budget per settled figure. */
    static final long MAX_NANOS = 10_000_000_000L;
    /** A reading must be this much below the lowest so far to count as a drop. */
    static final long TOLERANCE_BYTES = 1024;

    private final HeapGauge gauge;
    private final Ticker ticker;
    private final int stableReadings;
    private final int maxReadings;
    private final long maxNanos;

    /**
     * @param stableReadings how many readings in a row must not drop before the heap counts as settled, at least 1
     * @param maxReadings the most readings per settled figure, more than {@code stableReadings}
     */
    Settler(HeapGauge gauge, Ticker ticker, int stableReadings, int maxReadings, long maxNanos) {
        if (stableReadings < 1 || maxReadings <= stableReadings) {
            throw new IllegalArgumentException(
                    "need 1 <= stableReadings < maxReadings, got " + stableReadings + " and " + maxReadings);
        }
        this.gauge = gauge;
        this.ticker = ticker;
        this.stableReadings = stableReadings;
        this.maxReadings = maxReadings;
        this.maxNanos = maxNanos;
    }

    /** The settled live heap in bytes, or -1 if the gauge cannot read it; then {@link #whyNot()} says why. */
    long settledBytes() {
        long start = ticker.nanos();
        long lowest = gauge.collectAndRead();
        int stable = 0;
        for (int i = 1; i < maxReadings && lowest >= 0 && stable < stableReadings; i++) {
            long next = gauge.collectAndRead();
            if (next < 0) {
                return -1;
            }
            stable = next < lowest - TOLERANCE_BYTES ? 0 : stable + 1;
            lowest = Math.min(lowest, next);
            if (ticker.nanos() - start >= maxNanos) {
                break;
            }
        }
        return lowest;
    }

    /** Reads {@code readings} times, ignoring the figures, so one-time costs of reading are paid before measuring. */
    void prime(int readings) {
        for (int i = 0; i < readings && gauge.collectAndRead() >= 0; i++) {
            // only the side effects count
        }
    }

    /** How the heap is read. */
    String source() {
        return gauge.source();
    }

    /** Why the last {@link #settledBytes()} gave -1. */
    String whyNot() {
        return gauge.whyNot();
    }
}
