/**
 * The core recording engine. Design notes, in the order a sample meets them.
 *
 * <h2>Record path</h2>
 * <ol>
 *   <li>A timer owns up to {@code min(32, 2 x cores)} (power of two) {@link dev.perfkit.core.internal.Stripe stripes};
 *       it starts with one. A thread picks one: the only one, or the one its {@link dev.perfkit.core.internal.Probe}
 *       hash names. The probe is one small object per thread shared by all timers, so a timer holds no per-thread
 *       state.</li>
 *   <li>It claims the stripe with one compare-and-set, writes the raw value into the stripe's
 *       {@link dev.perfkit.core.internal.ValueBuffer buffer} (32 slots), publishes the new size with a release store
 *       and releases the claim with another. A sample is one slot, so publishing it is one store: every sample is in
 *       a reader's view whole or not at all. No bucket arithmetic and no allocation on this path.</li>
 *   <li>A full buffer is folded into the timer's one {@link dev.perfkit.core.internal.Aggregate aggregate}
 *       (HdrHistogram's log-linear layout, exact total, min, max, overflow and rejected counts) by the writer that
 *       found it full, if it gets the fold lock with one compare-and-set. If the lock is taken (another writer folds,
 *       or a reader reads), the writer takes a spare buffer from a JCTools MPMC pool, hands the full one to the lock's
 *       holder through a JCTools MPSC queue, and goes on (see {@link dev.perfkit.core.internal.Spill}).</li>
 *   <li>A writer that finds its stripe taken rehashes its probe and, below the bound, doubles the stripes; after
 *       three more failed claims, or with a full buffer and no spare, it puts the sample into the spill's ring (one
 *       compare-and-set on a slot, no allocation) or, if the ring is full, onto a lock-free stack (one small
 *       allocation). A writer never waits for anything and never takes a lock: every step is a bounded number of
 *       compare-and-set attempts.</li>
 *   <li>A coordinated-omission correction is three slots (a marker, the value, the interval), published by one store
 *       and folded as one step. Values above the highest trackable value are clamped and counted as overflow, and
 *       negative ones counted as rejected, when folded. Nothing on this path throws.</li>
 * </ol>
 *
 * <h2>Read path</h2>
 * <ol>
 *   <li>Readers take turns on a lock that only readers take. The reader holding it announces itself, so that
 *       writers stop taking the fold lock (they hand buffers off instead), and takes the fold lock.</li>
 *   <li>What a reader waits for, and how long: for another reader's read (folding and copying one aggregate: tens of
 *       microseconds), then for at most the folds that writers started before the announcement (each one buffer of
 *       32 samples plus what the spill holds: at most {@code 2 x stripes} buffers, 64 ring slots and the stack,
 *       microseconds). A reader never waits for a stripe: it reads buffers without claiming them, so writers that
 *       keep recording cannot starve it. The one unbounded case is the scheduler's: a writer descheduled while it
 *       holds the fold lock delays readers until it runs again (a thread holding a lock of any kind would).</li>
 *   <li>Holding the fold lock, the reader folds every published sample not yet folded (each buffer remembers how
 *       far it was folded, so a buffer seen in its stripe and again in the queue is folded once), drains the spill,
 *       and builds the result straight from the aggregate: one copy, into arrays of the exact size.</li>
 *   <li>Samples are folded exactly once, so interval snapshots partition the samples exactly. The aggregate holds the
 *       current interval; an interval read adds it to a second aggregate of earlier intervals (allocated on the first
 *       interval read) and clears it. A cumulative snapshot is the two together. Min and max are per aggregate, so no
 *       sentinel ever reaches a snapshot: an empty one reports 0.</li>
 *   <li>{@code intervalSnapshot(SnapshotSink)} hands the interval to the caller's sink instead of building a
 *       snapshot: a reporter that recycles its own storage reads without allocating.</li>
 * </ol>
 *
 * <h2>Closing</h2>
 * Closing the registry closes its timers: every stripe is taken for good, pending samples are folded, and records
 * that start after the close returns are dropped. Snapshots stay readable and stop changing once records that
 * overlapped the close are folded: they are the final snapshots. Counters keep counting.
 *
 * <h2>Why this design</h2>
 * The first engine gave each stripe a whole histogram claimed by readers and writers alike: readers starved behind
 * writers that re-took the claims, memory grew with the stripe count (up to {@code 2 x cores} histograms), and the
 * atomic spill of last resort let readers see a sample's count without its total. Raw-value buffers make a sample one
 * store, keep one histogram per timer however many stripes there are, and let readers fold without claiming. The
 * fold lock is the only exclusive section, and writers only ever try it.
 *
 * <h2>Memory</h2>
 * With the defaults (1 ns to 1 hour, 6 precision bits) the aggregate allocates a chunk of 64 counts (528 bytes) per
 * power of two that values land in: about 13 KB for values spanning 1 µs to 10 s. A stripe with its buffer is about
 * 580 bytes; the spill, once created, adds one spare buffer per stripe, its two queues and the ring (about 3.5 KB
 * with 4 stripes). The first interval read adds the aggregate of earlier intervals (the same size as the first).
 * {@code perf-benchmarks/RESULTS.md} has the measured figures.
 */
package dev.perfkit.core.internal;
