/**
 * The core recording engine. Design notes, in the order a sample meets them.
 *
 * <h2>Record path</h2>
 * <ol>
 *   <li>A timer owns up to {@code min(32, 2 x cores)} (power of two) {@link dev.perfkit.core.internal.Stripe stripes};
 *       it starts with one. A thread picks one: the only one, or the one its {@link dev.perfkit.core.internal.Probe}
 *       hash names. The probe is one small object per thread shared by all timers, so a timer holds no per-thread
 *       state.</li>
 *   <li>It claims the stripe with one compare-and-set on the stripe's sequence number (odd while held), reads the
 *       timer's phase (0 or 1), writes the raw value into the stripe's {@link dev.perfkit.core.internal.ValueBuffer
 *       buffer} for that phase (16 slots), publishes the new size with a release store and releases the claim with
 *       another. A sample is one slot, so it is published by one store: a reader sees it whole or not at all. No bucket
 *       arithmetic and no allocation on this path.</li>
 *   <li>A full buffer is folded into the timer's one {@link dev.perfkit.core.internal.Aggregate aggregate}
 *       (HdrHistogram's log-linear layout, exact total, min, max, overflow and rejected counts) by the writer that
 *       found it full, if it gets the fold lock with one compare-and-set. If another writer holds the lock, the writer
 *       takes a spare buffer from a JCTools MPMC pool, hands the full one to the lock's holder through the JCTools
 *       MPSC queue of the current phase, and goes on (see {@link dev.perfkit.core.internal.Spill}). While a reader
 *       waits, writers do not take the lock; they keep handing off. If the pool is empty (the lock's holder is slow,
 *       typically because the scheduler stopped it), the writer allocates a buffer: one allocation per 16 samples
 *       rather than a wait. The pool keeps at most two spares per stripe; extra buffers are dropped once folded.</li>
 *   <li>A writer that finds its stripe taken rehashes its probe and, below the bound, doubles the stripes; after
 *       three more failed claims it puts the sample into the spill's ring for the current phase (one compare-and-set
 *       on a slot, no allocation) or, if the ring is full, onto a lock-free stack (one small allocation), inside a
 *       critical section of HdrHistogram's {@code WriterReaderPhaser} (two atomic increments; this path only). A
 *       writer never waits for anything and never takes a lock: every step is a bounded number of compare-and-set
 *       attempts.</li>
 *   <li>A coordinated-omission correction is three slots (a marker, the value, the interval), published by one store
 *       and folded as one step. Values above the highest trackable value are clamped and counted as overflow, and
 *       negative ones counted as rejected, when folded. Nothing on this path throws.</li>
 * </ol>
 *
 * <h2>Read path</h2>
 * <ol>
 *   <li>Readers take turns on the phaser's reader lock. The reader holding it announces itself (writers stop taking
 *       the fold lock and handing buffers off) and takes the fold lock.</li>
 *   <li>It flips the timer's phase. The flip is the read's linearization point: a writer that claimed a stripe after
 *       it appends to the other phase's buffers. The reader then waits, stripe by stripe, for the writer holding the
 *       stripe at that moment (if any) to release it: the sequence number tells that writer apart from later ones, so
 *       writers that keep recording cannot starve it. It waits the same way for spilling writers that entered before
 *       the flip ({@code WriterReaderPhaser.flipPhase}).</li>
 *   <li>It folds the old phase's buffers, the buffers handed off in the old phase and the old phase's spill into the
 *       aggregate (each
 *       buffer remembers how far it was folded, so a buffer seen twice is folded once), then builds the result straight
 *       from the aggregate: one copy, into arrays of the exact size. The new phase's buffers were emptied by the read
 *       before, so every sample is folded exactly once and snapshots are linearizable (checked by Lincheck).</li>
 *   <li>What a reader waits for, and how long: another reader's read; a writer that was folding when the reader
 *       announced itself (one buffer plus a bounded part of the hand-off queues: microseconds); and the writers inside
 *       a stripe or the spill at the flip (a few instructions each). A writer descheduled inside one of these sections
 *       delays the reader until the scheduler runs it again, as with any lock or HdrHistogram's {@code Recorder}.
 *       Then it folds its phase's buffers, including every buffer handed off in that phase. That last part is not
 *       bounded: when recording outpaces folding (many more recording threads than cores, holders of the fold lock
 *       descheduled), the hand-off queue grows and a read folds the backlog. With 64 writers on 2 cores reads took
 *       seconds ({@code perf-benchmarks/RESULTS.md}); on an idle machine a read of 10^6 samples takes about 0.1 ms.</li>
 *   <li>The aggregate holds the current interval; an interval read adds it to a second aggregate of earlier intervals
 *       (allocated on the first interval read) and clears it. A cumulative snapshot is the two together. Min and max
 *       are per aggregate, so no sentinel ever reaches a snapshot: an empty one reports 0.</li>
 *   <li>{@code intervalSnapshot(SnapshotSink)} hands the interval to the caller's sink instead of building a
 *       snapshot: a reporter that recycles its own storage reads without allocating.</li>
 * </ol>
 *
 * <h2>Closing</h2>
 * Closing the registry closes its timers: every stripe is taken for good, pending samples are folded, and records
 * that start after the close returns are dropped. Snapshots stay readable and stop changing once records that
 * overlapped the close are folded: they are the final snapshots. Counters keep counting.
 *
 * <h2>Oversubscription</h2>
 * With many more recording threads than cores (64 on 2 in the benchmarks), the scheduler stops threads inside the
 * fold lock or a stripe claim. Writers then find stripes taken and spill, and hand buffers off to a holder that is
 * not running, allocating buffers while it is stopped; a reader waits until the stopped writers it must wait for run
 * again. Nothing is lost and no writer waits, but records cost more and reads take longer than on an idle machine;
 * {@code perf-benchmarks/RESULTS.md} has the figures at 8 and 64 threads.
 *
 * <h2>Why this design</h2>
 * The first engine gave each stripe a whole histogram claimed by readers and writers alike: readers starved behind
 * writers that re-took the claims, memory grew with the stripe count (up to {@code 2 x cores} histograms), and the
 * atomic spill of last resort let readers see a sample's count without its total. Raw-value buffers make a sample one
 * store, keep one histogram per timer however many stripes there are, and let readers fold without claiming. A reader
 * that scans several places (stripes, queue, spill) one after another cannot give a consistent cut on its own: a
 * writer may put one sample where the reader has already looked and the next where it has not (Lincheck found exactly
 * that in a version without phases). The phase flip gives every read one instant, as HdrHistogram's
 * {@code WriterReaderPhaser} does, but the writers' side of it is the stripe claim they take anyway: no extra atomic
 * operation on the record path. The fold lock is the only exclusive section, and writers only ever try it.
 *
 * <h2>Memory</h2>
 * With the defaults (1 ns to 1 hour, 6 precision bits) the aggregate allocates a chunk of 64 counts (528 bytes) per
 * power of two that values land in: about 13 KB for values spanning 1 µs to 10 s. A stripe with its two buffers is
 * about 620 bytes; the spill, once created, adds up to two spare buffers per stripe, its three queues and the ring. The first
 * interval read adds the aggregate of earlier intervals (the same size as the first). Stripes are capped at 32 so that
 * a 64-core machine does not multiply them.
 * {@code perf-benchmarks/RESULTS.md} has the measured figures.
 */
package dev.perfkit.core.internal;
