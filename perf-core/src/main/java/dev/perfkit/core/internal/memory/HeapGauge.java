package dev.perfkit.core.internal.memory;

/**
 * Collects garbage and reads how much heap is live. Implementations need not be thread-safe: {@link HeapMeter}
 * calls them under its lock.
 */
interface HeapGauge {

    /** Runs a full collection and returns the live heap in bytes, or -1 if this gauge cannot; see {@link #whyNot()}. */
    long collectAndRead();

    /** How this gauge reads the heap, for results: see {@code RetainedResult.source()}. */
    String source();

    /** Why the last {@link #collectAndRead()} gave -1. */
    String whyNot();
}
