package dev.perfkit.core.internal;

/**
 * What a buffer folds into: an {@link Aggregate} (one thread at a time) or a {@link ConcurrentAggregate} (any
 * number at once). Corrections are expanded the same way for both by {@link Aggregate#recordCorrected}.
 */
interface FoldTarget extends Layout.BucketSink {
    /** Records one value (negative: rejected; above the highest trackable value: clamped and counted). */
    void record(long value);

    /** Records a value and the samples a stalled caller missed (see {@link Aggregate#recordCorrected}). */
    void record(long value, long interval);

    /** Adds a run of synthetic values already put in buckets with {@link #add}: their sum and the lowest. */
    void addRun(long sum, long lowest);

    /** Counts a clamp that added no value: a correction cut off so that the total stays exact. */
    void countOverflow();
}
