package dev.perfkit.micrometer.internal;

import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;

/**
 * One perfkit timer as the bridge sees it: each {@link #refresh()} takes the timer's cumulative snapshot (which does
 * not disturb the timer's intervals, so reporters and JFR events keep theirs) and subtracts the previous one, bucket by
 * bucket, to get the window between the two refreshes.
 *
 * <p>{@link #refresh()} is called by one thread at a time (the bridge serializes refreshes); {@link #stats()} may be
 * called from any thread, such as a Prometheus scrape, and reads the last published stats.
 */
public final class TimerWindow {

    private final Timer timer;
    private final double[] percentiles;
    private TimerSnapshot previous;
    private volatile WindowStats stats;

    /**
     * Creates the window of {@code timer}.
     *
     * @param percentiles the percentiles to publish, each in [0, 1]
     * @param timer the perfkit timer
     */
    public TimerWindow(Timer timer, double[] percentiles) {
        this.timer = timer;
        this.percentiles = percentiles.clone();
        this.stats = WindowStats.empty(percentiles.length);
    }

    /**
     * The perfkit timer.
     *
     * @return the perfkit timer
     */
    public Timer timer() {
        return timer;
    }

    /**
     * The stats published by the last refresh; all zero before the first.
     *
     * @return the last published stats
     */
    public WindowStats stats() {
        return stats;
    }

    /** Reads the timer's cumulative snapshot and publishes the new window's stats. */
    public void refresh() {
        TimerSnapshot now = timer.snapshot();
        stats = between(previous, now, percentiles);
        previous = now;
    }

    /** The stats of what {@code now} holds beyond {@code before} (null: nothing before). */
    static WindowStats between(TimerSnapshot before, TimerSnapshot now, double[] percentiles) {
        int n = now.bucketCount();
        long[] values = new long[n];
        long[] counts = new long[n];
        int size = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            long v = now.bucketValue(i);
            long c = now.bucketCountAt(i);
            while (before != null && j < before.bucketCount() && before.bucketValue(j) < v) {
                j++;
            }
            if (before != null && j < before.bucketCount() && before.bucketValue(j) == v) {
                c -= before.bucketCountAt(j);
            }
            if (c > 0) {
                values[size] = v;
                counts[size++] = c;
            }
        }
        long windowCount = 0;
        for (int i = 0; i < size; i++) {
            windowCount += counts[i];
        }
        long[] at = new long[percentiles.length];
        long max = 0;
        if (windowCount > 0) {
            boolean newMax = before == null || now.maxNanos() > before.maxNanos();
            max = newMax ? now.maxNanos() : Math.min(now.maxNanos(), values[size - 1]);
            for (int p = 0; p < percentiles.length; p++) {
                long rank = TimerSnapshot.rankOf(percentiles[p] * 100, windowCount);
                long seen = 0;
                for (int i = 0; i < size; i++) {
                    seen += counts[i];
                    if (seen >= rank) {
                        at[p] = Math.min(max, values[i]);
                        break;
                    }
                }
            }
        }
        return new WindowStats(now.count(), now.totalNanos(), max, at);
    }
}
