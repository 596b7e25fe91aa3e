/**
 * The core recording engine. Design notes, in the order a sample meets them.
 *
 * <h2>Record path</h2>
 * <ol>
 *   <li>A timer owns up to {@code 2 x cores} (power of two) {@link dev.perfkit.core.internal.Cell cells}; it starts
 *       with one. A thread picks a cell: the only one, or the one its {@link dev.perfkit.core.internal.Probe} hash
 *       names. The probe is one small object per thread shared by all timers, so a timer holds no per-thread state:
 *       100,000 virtual threads that record once leave at most {@code maxCells} cells behind.</li>
 *   <li>It claims the cell with one compare-and-set, updates the bucket count, total, min and max with plain writes
 *       and releases it with a release store. No lock, no {@code synchronized}, no allocation once the histogram
 *       chunks that the values land in exist (64 longs per power of two, allocated on first use).</li>
 *   <li>If the cell is taken by another writer, that is contention: the thread rehashes its probe and, below the
 *       bound, the timer doubles its cells, so in the steady state each recording thread writes its own cell and no
 *       cache line is written by two threads. After three failed claims the value goes into the
 *       {@link dev.perfkit.core.internal.Spill spill}, atomic counters created on first need: a writer never
 *       waits.</li>
 *   <li>Values above the highest trackable value are clamped and counted as overflow; negative values are counted
 *       as rejected. Nothing on this path throws.</li>
 * </ol>
 *
 * <h2>Read path</h2>
 * <ol>
 *   <li>A reader (one at a time, under a lock only readers take) claims each cell in turn, adds its counts and
 *       scalars to a dense array, and releases it. A cell is read as a consistent whole: every sample is in a
 *       snapshot entirely or not at all.</li>
 *   <li>Cells are never reset. An interval snapshot is the difference between this read and the previous interval
 *       read (kept sparse), so intervals partition the samples exactly and add up to the cumulative snapshot.
 *       Min and max are the exception: cells keep them per interval and the reader resets them while it holds the
 *       claim.</li>
 *   <li>There is no buffer to drain and no background thread: a recorded value is visible to the next snapshot.</li>
 * </ol>
 *
 * <h2>Why not a queue, a Recorder or per-thread histograms</h2>
 * JCTools queues hold objects, so a queue of samples allocates a box per sample; a primitive ring per thread would
 * still need a consumer thread and unbounded per-thread memory. HdrHistogram's {@code Recorder} makes every writer
 * increment shared phaser counters, which is what collapses under contention. Per-thread histograms multiply memory
 * by the thread count. The cells give single-writer speed with memory bounded by the core count. JCTools is therefore
 * not used on the record path; HdrHistogram's layout is (with 7 precision bits the buckets are exactly HdrHistogram's
 * at 2 significant digits, which the tests check).
 *
 * <h2>Memory</h2>
 * With the defaults (1 ns to 1 hour, 6 precision bits) a cell has 37 chunks of 64 counts: 528 bytes per chunk in use.
 * An idle timer retains about 1 KB; one whose values span 100 ns to 10 ms (17 powers of two) about 10 KB per cell in
 * use; one touching every power of two about 20 KB per cell.
 */
package dev.perfkit.core.internal;
