/**
 * The core recording engine. Design notes, in the order a sample meets them.
 *
 * <h2>Owner fast path: guarantees</h2>
 * The thread that records into a timer most of the time pays for no atomic instruction. In the manner of
 * HdrHistogram's {@code Recorder}:
 * <ol>
 *   <li>The first thread to record into a timer owns it: it claims the timer's
 *       {@link dev.perfkit.core.internal.OwnerBuffers owner pair} (one buffer per phase) with one compare-and-set,
 *       once. Its records append to the current phase's buffer of the pair with a plain store of the value and a
 *       release store of the size: no atomic instruction, no claim, no thread-local lookup. Every other thread records
 *       through the stripes (below).</li>
 *   <li>A full owner buffer (every 16 records by default) is folded by the owner into a free lane behind the lane's
 *       try-lock, like a stripe's. If both lanes are taken (a reader, or other writers folding), that sample goes
 *       through a stripe like any other thread's: the owner never waits, and nothing it records is lost.</li>
 *   <li>Readers never wait for the owner. Holding every lane, a reader reads the size of the owner's other buffer,
 *       flips the phase, then folds the old phase's buffer up to its size now and the other buffer up to the size read
 *       before the flip. A record that read the phase before the flip and publishes after the reader looked (a late
 *       sample) overlapped that read, and the next read folds it. So every record that completed before a read
 *       began is in it, and a record that began after its flip is not; each buffer remembers how far it was folded,
 *       so no sample is folded twice; a sample is one slot published by one store, so it is whole or absent.</li>
 *   <li>Only the owner empties its buffers, while it holds a lane; readers fold the pair before they give the narrow
 *       lane back, so a reader and the owner never fold the same slots.</li>
 *   <li>Hand-over. A reader hands the timer over when the owner thread is dead ({@code Thread.isAlive()} false:
 *       everything it wrote is visible then; its pair is folded, emptied and offered to the next recording thread) or
 *       idle (no sample published and no fold since the previous read). An idle owner may still be inside a record
 *       (stopped by the scheduler), so its pair is retired, not reused: every read keeps folding it until its thread
 *       is dead or is seen recording elsewhere (claiming a newer pair, or on a stripe's slow path, at least once per
 *       full stripe buffer): it is out of the old pair then. A fresh pair waits for the next recording thread. At
 *       most one pair is retired at a time; while one is, an idle owner keeps the timer. So a timer holds at most two
 *       pairs (about 640 bytes with the defaults).</li>
 *   <li>Closing gives the pair an owner that never runs: the old owner's next record goes to the stripes, which are
 *       closed, and is dropped; a record in progress at the close is folded by a later read.</li>
 *   <li>Model-checked with Lincheck on two-slot and one-slot owner buffers, with a hand-over at every read, and
 *       stress-tested with 256 threads; each checked path has a planted bug
 *       ({@link dev.perfkit.core.internal.PlantedBug}) that the checker is shown to catch.</li>
 * </ol>
 *
 * <h2>Record path</h2>
 * <ol>
 *   <li>Every thread but the owner records through the timer's {@link dev.perfkit.core.internal.Stripe stripes}: up
 *       to {@code min(32, 2 x cores)} (a power of two), one at first. A thread picks one: the only one, or the one its
 *       {@link dev.perfkit.core.internal.ThreadStripeHash stripe hash} names. That hash is one small object per thread
 *       shared by all timers, so a timer holds no per-thread state.</li>
 *   <li>It claims the stripe with one compare-and-set on the stripe's sequence number (odd while held), reads the
 *       timer's phase (0 or 1), writes the raw value into the stripe's {@link dev.perfkit.core.internal.ValueBuffer
 *       buffer} for that phase (16 slots), publishes the new size with a release store and releases the claim with
 *       another. A sample is one slot, so it is published by one store: a reader sees it whole or not at all. No bucket
 *       arithmetic and no allocation on this path.</li>
 *   <li>A full buffer is folded by the writer that found it full into one of the timer's two
 *       {@link dev.perfkit.core.internal.Lane lanes}, each an {@link dev.perfkit.core.internal.Aggregate aggregate}
 *       (HdrHistogram's log-linear layout, exact total, min, max, overflow and rejected counts) behind a try-lock: the
 *       lane its thread prefers if it gets that lock with one compare-and-set, else the other. A timer of one stripe
 *       (one writer at a time) tries the first lane first whatever the thread prefers, and every thread starts by
 *       preferring it, so a timer that threads record into one at a time does not fill the second. Two threads on two
 *       cores settle on different lanes (a thread that finds another's fold in its lane moves with probability one
 *       half), so each keeps its aggregate's cache lines and its lock in its own core's cache; one shared aggregate
 *       behind one fold lock would move the lock and the aggregate between the cores at every fold (the cost is in
 *       {@code perf-benchmarks/RESULTS.md}, "Timer record cost"). The first
 *       lane is compact ({@code int} counts with a {@code long} carry, see Memory) and has no limit; the second is
 *       narrow ({@code int} counts, no carry), holds at most 2^31 - 1 values and no coordinated-omission correction,
 *       and is emptied into the first by every read (or by a writer that finds it full and the first lane free). If
 *       both lanes are taken, the writer takes a spare buffer from a JCTools MPMC pool, hands the full one off through
 *       the JCTools MPSC queue of its phase, and goes on (see
 *       {@link dev.perfkit.core.internal.Spill}); lane holders fold a few handed-off buffers each time, after they
 *       have released their stripe. The pool holds at most two spares per stripe. If it is empty (lane holders are
 *       slow, typically because the scheduler stopped them), the writer adds its full buffer to the phase's
 *       {@link dev.perfkit.core.internal.ConcurrentAggregate concurrent aggregate} with atomic instructions and reuses
 *       it: no wait and no allocation, so memory stays bounded however long the lanes stay taken (a new buffer per full
 *       one would let memory grow as long as the lanes stay taken).</li>
 *   <li>A writer that finds its stripe taken rehashes its stripe hash and, below the bound, doubles the stripes; after
 *       three more failed claims it puts the sample into the spill's ring for the current phase (one compare-and-set
 *       on a slot, no allocation) or, if the ring is full, into the phase's concurrent aggregate, inside a critical
 *       section of HdrHistogram's {@code WriterReaderPhaser} (two atomic increments; this path only). A writer never
 *       waits for anything and never takes a lock: claims and lanes are tried once, and the concurrent aggregate's
 *       compare-and-set loops (its min and max) retry only when another writer succeeded. That includes the JCTools
 *       queues, whose {@code offer} can spin while another thread is stopped halfway through its own step (in the
 *       MPMC pool, a writer taking a spare between its index and its slot; in an unbounded MPSC queue, a writer
 *       linking a new chunk): spares go back with {@code relaxedOffer} and are dropped (and made again later) if
 *       their slot is not free yet, and the hand-off queues are bounded arrays with room for every buffer.</li>
 *   <li>A coordinated-omission correction is three slots (a marker, the value, the interval), published by one store
 *       and folded as one step. Values above the highest trackable value are clamped and counted as overflow, and
 *       negative ones counted as rejected, when folded. A clamped value gets no correction (its true size is unknown),
 *       and a correction whose synthetic samples would sum beyond {@code Long.MAX_VALUE} is left out and counted as
 *       overflow: one record cannot saturate the total. Nothing on this path throws.</li>
 * </ol>
 *
 * <h2>Read path</h2>
 * <ol>
 *   <li>Readers take turns in the order they came (a fair lock): a reader that reads in a loop queues behind the
 *       readers already waiting, so a read waits for at most one read of each reader ahead of it, and otherwise only
 *       for writers. The reader whose turn it is announces itself (writers stop taking lanes and hand buffers off
 *       instead) and takes both lanes' locks.</li>
 *   <li>It reads the owner's other buffer's size and flips the timer's phase, then folds the owner's pair (see
 *       above). The flip is the read's linearization point: a writer that claimed a stripe after
 *       it appends to the other phase's buffers. At once it empties the narrow lane into the wide one and gives the
 *       narrow lane back: from then on the lane belongs to the new phase, and a writer folds into it only a buffer of
 *       the phase it reads under the lane's lock. So writers keep folding (and folding the new phase's hand-offs)
 *       during the whole read, and a writer still holding a stripe of the old phase (a straggler) hands its full buffer
 *       off to the old phase's queue instead. Lincheck finds the lost samples when that check is removed.</li>
 *   <li>Right after the flip the reader notes which writer holds each stripe (the stripes' sequence numbers, read in
 *       one pass), waits for the spilling writers that entered before ({@code WriterReaderPhaser.flipPhase}), then for
 *       each noted writer to release its stripe: the sequence number tells that writer apart from later ones, so
 *       writers that keep recording cannot starve it, and since the holders were noted at once, the waits overlap
 *       instead of adding up (reading each stripe's holder only when its turn came would make them add up). It spins
 *       briefly, then naps 20 µs at a time rather than yielding.
 *       It then folds the old phase's buffers, the buffers handed off in the old phase, the old phase's spill ring and
 *       its concurrent aggregate (then dropped) into the wide lane's aggregate (each buffer remembers how far it was
 *       folded, so a buffer seen twice is folded once), then builds the result straight from that aggregate: one copy,
 *       into arrays of the exact size. The new phase's buffers were emptied by the read before, so every sample is
 *       folded exactly once and snapshots are linearizable (checked by Lincheck, with and without spare buffers).</li>
 *   <li>What a reader waits for, and how long: another reader's read; a writer that was folding when the reader
 *       announced itself (one buffer per lane plus at most eight handed-off buffers: microseconds); and the writers
 *       inside a stripe or the spill at the flip (a few instructions each; writers fold the spill only after they
 *       release their stripe). A writer descheduled inside one of these sections delays the reader until the scheduler
 *       runs it again, as with any lock or HdrHistogram's {@code Recorder}. Then it folds its phase's buffers: at most
 *       two per stripe, the spares (the rest went to the concurrent aggregate) and the aggregate's chunks, so the work
 *       is bounded too. With far more writers than cores a read takes about two turns of the scheduler, one for the
 *       lanes' holders and one for the writers noted at the flip, flat from read to read; a read that waits for no
 *       writer is fast under the same load (the control group of {@code SnapshotUnderLoadBenchmark}): the time is the
 *       wait, not the work ({@code perf-benchmarks/RESULTS.md}, "Snapshots and interval reads", has the figures).
 *       Not waiting would need writers that never leave a shared aggregate half updated; the designs considered that
 *       give it break another goal (memory that grows with the record rate or the threads, or an allocation per fold;
 *       RESULTS.md lists them).</li>
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
 * With many more recording threads than cores (64 on 2 in the benchmarks), the scheduler stops threads inside a
 * lane or a stripe claim, and each keeps it until its turn comes round again, so a timer's stripes and lanes are
 * held most of the time ({@code Oversubscription} in {@code perf-benchmarks} samples how often). Writers then find
 * stripes taken and spill, hand buffers off while spares last and then add them to the concurrent aggregate with atomic
 * instructions; a reader waits until the stopped writers it must wait for run again. Nothing is lost, no writer waits
 * and memory stays bounded, but records cost more and reads take longer than on an idle machine. Since most records
 * take the spill then, that path is kept short: the thread's stripe hash is looked up once per record, a full ring is
 * not probed, writers fold the ring only once half of it waits and take a queue's token only when buffers wait in it,
 * and the concurrent aggregate adds its total with one atomic add.
 * {@code perf-benchmarks/RESULTS.md} has the figures at 8 and 64 threads.
 *
 * <h2>Why this design</h2>
 * A whole histogram per stripe, claimed by readers and writers alike, lets readers starve behind writers that re-take
 * the claims, makes memory grow with the stripe count (up to {@code 2 x cores} histograms), and needs an atomic
 * spill of last resort that lets readers see a sample's count without its total. Raw-value buffers make a sample one
 * store, keep one histogram per timer however many stripes there are, and let readers fold without claiming. A reader
 * that scans several places (stripes, queue, spill) one after another cannot give a consistent cut on its own: a
 * writer may put one sample where the reader has already looked and the next where it has not. The phase flip gives
 * every read one instant, as HdrHistogram's
 * {@code WriterReaderPhaser} does, but the writers' side of it is the stripe claim they take anyway: no extra atomic
 * operation on the record path. The lanes are the only exclusive sections, and writers only ever try them. Two lanes
 * rather than one aggregate: a single aggregate folded by whichever thread's buffer filled moved its cache lines
 * between the cores at every fold (see the record path); a lane per stripe would make memory grow with the stripes
 * again.
 *
 * <h2>Memory</h2>
 * Every aggregate counts in {@code int}s: with the defaults (1 ns to 1 hour, 6 precision bits) a chunk of 64 counts
 * (272 bytes) per power of two that values land in, about 6.5 KB for values spanning 1 µs to 10 s. The first lane's
 * aggregate and the one of earlier intervals are compact: a count that reaches 2^30 moves into a {@code long} carry
 * chunk (528 bytes) made then, so they have no limit and cost the memory of {@code long} counts only for the powers
 * of two that hold a billion values. The narrow lane allocates its chunks only once a second thread folds into it; the
 * two lanes and their aggregates' padding add about 1 KB to an idle timer. Two lanes, whatever the number of cores: a
 * third would cost memory for little (two threads on two cores each keep one). A stripe with its two buffers is about
 * 620 bytes; the spill, once created, adds up to two spare buffers per stripe, its three queues and the ring, and while
 * writers outpace the lanes a concurrent aggregate ({@code int} counts with a carry, created on first need and dropped
 * by the read that folds it). The first interval read adds the aggregate of earlier intervals. Stripes are capped at
 * 32 so that a 64-core machine does not multiply them. Counting in {@code long}s would double the counts' memory.
 * {@code perf-benchmarks/RESULTS.md} has the measured figures.
 */
package dev.perfkit.core.internal;
