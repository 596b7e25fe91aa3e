package dev.perfkit.core.internal;

import dev.perfkit.SnapshotSink;
import dev.perfkit.Ticker;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * The core engine's timer: stripes of small raw-value buffers in front of two {@link Lane}s, each an {@link Aggregate}
 * behind a try-lock. Thread-safe; see the package documentation for the design and its guarantees.
 *
 * <p>Record path: claim a stripe with one compare-and-set, append the value to its buffer, publish with a release
 * store, release. A full buffer is folded by the writer into the lane its thread prefers (or the other) if one is
 * free, else swapped for a spare and handed off; samples that find no stripe go to the {@link Spill}. Writers never
 * wait.
 *
 * <p>Read path: take every lane's lock (readers announce themselves, so writers stop taking them), flip the phase,
 * empty the second lane into the first and give it back to writers (it now belongs to the new phase), wait for the
 * writers that may still write the old phase, fold the old phase into the first lane, build the result from it,
 * release. The phase flip is the read's linearization point.
 */
final class StripedTimer implements Timer {

    private static final VarHandle GROWING;
    private static final VarHandle SPILL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            GROWING = lookup.findVarHandle(StripedTimer.class, "growing", int.class);
            SPILL = lookup.findVarHandle(StripedTimer.class, "spill", Spill.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Spare buffers per stripe at most, created as writers that find both lanes taken need them. */
    private static final int SPARES_PER_STRIPE = 2;

    /** Stripes a writer tries after the first before it spills. */
    private static final int ATTEMPTS = 3;

    /**
     * Handed-off buffers a writer folds per call, at most: short enough that a writer stopped by the scheduler while it
     * helps holds a lane for little, and more than the one buffer a writer adds per hand-off, so the queues shrink.
     */
    private static final int WRITER_DRAIN = 8;

    /** Reads without progress after which an owner that is still alive is considered idle and handed over. */
    static final int IDLE_READS_BEFORE_HAND_OVER = 1;

    private final TimerConfig config;
    private final Layout layout;
    private final Ticker ticker;
    /** Whether {@link #ticker} is {@link Ticker#system()}: the timed region then reads the clock without a call. */
    private final boolean systemTicker;

    private final int ownerCapacity;
    private final int idleReadsBeforeHandOver;
    private final PlantedBug bug;
    /** The owning thread's buffer pair (see {@link OwnerBuffers}); replaced only by readers holding every lane. */
    private volatile OwnerBuffers owner;
    /**
     * A pair handed over while its owner was alive: readers keep folding it until its thread is dead or known to be out
     * of it ({@link OwnerBuffers#quiesced}). One at most: an idle owner is not handed over while this is taken.
     */
    private volatile OwnerBuffers retired;

    private final int maxStripes;
    private final int bufferCapacity;
    private final int sparesPerStripe;
    private final int ringDrainAt;
    private volatile Stripe[] stripes;

    @SuppressWarnings("unused") // accessed through GROWING
    private volatile int growing;

    private volatile boolean readerWaiting;
    /** Which of each stripe's two buffers writers append to; flipped by readers. */
    private volatile int phase;

    private volatile Spill spill;
    private volatile boolean closed;
    /** The critical sections of writers that spill (see {@link Spill}), and the flip that waits for them. */
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    /**
     * Readers take turns in the order they came (a fair lock): a reader that reads again and again queues behind the
     * readers already waiting instead of taking the lock back at once.
     */
    private final ReentrantLock readers = new ReentrantLock(true);

    /**
     * Where full buffers are folded: {@code lanes[0]}, the wide lane, holds an unlimited aggregate ({@link #current},
     * {@code int} counts with a {@code long} carry), {@code lanes[1]} a narrow one that every read empties into it. The
     * aggregates and the fields below are touched only under the locks described in the package notes.
     */
    private final Lane[] lanes;

    private final Aggregate current;
    private Aggregate past;
    private long intervalStart;
    private long[] holdersAtFlip = new long[1];
    /** Owners handed over (dead or idle), for tests; readers only. */
    private long handOvers;

    private final long createdTick;

    StripedTimer(TimerConfig config, Ticker ticker, int maxStripes) {
        this(config, ticker, maxStripes, ValueBuffer.DEFAULT_CAPACITY);
    }

    /** With a chosen buffer capacity (at least 3), so that tests can reach the hand-off paths with few samples. */
    StripedTimer(TimerConfig config, Ticker ticker, int maxStripes, int bufferCapacity) {
        this(config, ticker, maxStripes, bufferCapacity, Aggregate.NARROW_LIMIT);
    }

    /** With a chosen limit of the narrow lane too, so that tests can fill it. */
    StripedTimer(TimerConfig config, Ticker ticker, int maxStripes, int bufferCapacity, long narrowLimit) {
        this(config, ticker, maxStripes, bufferCapacity, narrowLimit, SPARES_PER_STRIPE);
    }

    /** With a chosen number of spare buffers per stripe too, so that tests can reach the concurrent aggregate. */
    StripedTimer(
            TimerConfig config,
            Ticker ticker,
            int maxStripes,
            int bufferCapacity,
            long narrowLimit,
            int sparesPerStripe) {
        this(config, ticker, maxStripes, bufferCapacity, narrowLimit, sparesPerStripe, Spill.RING_SLOTS / 2);
    }

    /**
     * With a chosen number of spilled samples that makes writers fold the ring too, so that a model checker's few
     * operations reach those folds.
     */
    StripedTimer(
            TimerConfig config,
            Ticker ticker,
            int maxStripes,
            int bufferCapacity,
            long narrowLimit,
            int sparesPerStripe,
            int ringDrainAt) {
        this(
                config,
                ticker,
                maxStripes,
                bufferCapacity,
                narrowLimit,
                sparesPerStripe,
                ringDrainAt,
                bufferCapacity,
                IDLE_READS_BEFORE_HAND_OVER,
                PlantedBug.NONE);
    }

    /**
     * With the owner's buffer capacity (0: no owner, every thread uses the stripes), the reads without progress before
     * an idle owner is handed over (0: at every read) and a planted bug, so that a model checker reaches the owner's
     * folds and hand-overs and can be shown to catch mistakes in them.
     */
    StripedTimer(
            TimerConfig config,
            Ticker ticker,
            int maxStripes,
            int bufferCapacity,
            long narrowLimit,
            int sparesPerStripe,
            int ringDrainAt,
            int ownerCapacity,
            int idleReadsBeforeHandOver,
            PlantedBug bug) {
        this.config = config;
        this.ownerCapacity = ownerCapacity;
        this.idleReadsBeforeHandOver = idleReadsBeforeHandOver;
        this.bug = bug;
        this.owner = new OwnerBuffers(ownerCapacity);
        this.systemTicker = ticker == Ticker.system();
        this.sparesPerStripe = sparesPerStripe;
        this.ringDrainAt = ringDrainAt;
        this.layout = new Layout(config.precisionBits(), config.highestTrackableNanos());
        this.ticker = ticker;
        this.maxStripes = maxStripes;
        this.bufferCapacity = bufferCapacity;
        this.lanes = new Lane[] {new Lane(new Aggregate(layout)), new Lane(new Aggregate(layout, narrowLimit))};
        this.current = lanes[0].aggregate;
        this.stripes = new Stripe[] {new Stripe(bufferCapacity)};
        this.createdTick = ticker.nanos();
        this.intervalStart = createdTick;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public TimerConfig config() {
        return config;
    }

    @Override
    public long tick() {
        return systemTicker ? System.nanoTime() : ticker.nanos();
    }

    // The timed region, overridden so that it costs two clock reads and a record: no call through the ticker
    // interface, and the record inlined into the caller

    @Override
    public void recordSince(long startTick) {
        recordNanos(tick() - startTick);
    }

    @Override
    public void record(Runnable body) {
        long t0 = tick();
        try {
            body.run();
        } finally {
            recordNanos(tick() - t0);
        }
    }

    @Override
    public <T> T recordSupplier(Supplier<T> body) {
        long t0 = tick();
        try {
            return body.get();
        } finally {
            recordNanos(tick() - t0);
        }
    }

    @Override
    public <T> T recordCallable(Callable<T> body) throws Exception {
        long t0 = tick();
        try {
            return body.call();
        } finally {
            recordNanos(tick() - t0);
        }
    }

    /**
     * Records one value. The owning thread appends to its own buffer with a plain store and a release store of the
     * size; the first thread to find the timer without an owner becomes it (one compare-and-set); every other thread
     * takes a stripe.
     */
    @Override
    public void recordNanos(long nanos) {
        OwnerBuffers o = owner;
        Thread t = o.thread;
        Thread me = Thread.currentThread();
        if (t == me || (t == null && claim(o, me))) {
            int p = phase;
            ValueBuffer b = o.buffer(p);
            int n = b.ownerSize();
            if (n < b.values.length) {
                b.values[n] = nanos | (nanos >> 63); // negative values become -1, never the CORRECTED marker
                b.publish(n + 1);
                return;
            }
            ownerFull(o, b, p, nanos);
            return;
        }
        recordStriped(nanos);
    }

    /**
     * Takes the unowned pair {@code o} for {@code me}; if {@code me} owned the pair handed over before, it is now known
     * to be out of it, so readers may drop it.
     */
    private boolean claim(OwnerBuffers o, Thread me) {
        if (!o.tryClaim(me)) {
            return false;
        }
        OwnerBuffers r = retired;
        if (r != null && r.thread == me) {
            r.quiesced = true;
        }
        return true;
    }

    /**
     * The owner's buffer {@code b} (of phase {@code p}) is full: folds it into a free lane and appends, or, with both
     * lanes taken (a reader, or other writers folding), records through a stripe. Never waits.
     */
    private void ownerFull(OwnerBuffers o, ValueBuffer b, int p, long nanos) {
        if (bug == PlantedBug.OWNER_FOLD_WITHOUT_LANE) {
            b.foldInto(current);
            b.reset();
            b.values[0] = nanos | (nanos >> 63);
            b.publish(1);
            return;
        }
        Lane lane = readerWaiting ? null : lockLane(b, p);
        if (lane == null) {
            if (bug != PlantedBug.OWNER_SPILL_DROPPED) {
                recordStriped(nanos);
            }
            return;
        }
        try {
            b.foldInto(lane.aggregate);
            b.reset();
            o.folds++;
        } finally {
            lane.unlock();
        }
        // a reader may have flipped the phase since p was read: the sample is then late, and the next read folds it
        b.values[0] = nanos | (nanos >> 63);
        b.publish(1);
    }

    /** Records one value through a stripe: every thread but the owner. */
    private void recordStriped(long nanos) {
        Stripe[] ss = stripes;
        ThreadStripeHash threadHash = ss.length == 1 ? null : ThreadStripeHash.current();
        Stripe s = threadHash == null ? ss[0] : ss[threadHash.hash() & (ss.length - 1)];
        if (s.tryClaim()) {
            ValueBuffer b = s.buffer(phase);
            int n = b.ownerSize();
            if (n < b.values.length) {
                b.values[n] = nanos | (nanos >> 63); // negative values become -1, never the CORRECTED marker
                b.publish(n + 1);
                s.release();
                return;
            }
            s.release();
        }
        recordSlow(nanos, 0, s, threadHash);
    }

    @Override
    public void recordNanos(long nanos, long expectedIntervalNanos) {
        // a value above the range is clamped and counted, without a correction (see Aggregate.recordCorrected)
        if (nanos > layout.highestTrackable || Layout.missedSamples(nanos, expectedIntervalNanos) == 0) {
            recordNanos(nanos);
        } else {
            Stripe[] ss = stripes;
            ThreadStripeHash threadHash = ss.length == 1 ? null : ThreadStripeHash.current();
            recordSlow(
                    nanos,
                    expectedIntervalNanos,
                    threadHash == null ? ss[0] : ss[threadHash.hash() & (ss.length - 1)],
                    threadHash);
        }
    }

    /**
     * Appends a sample ({@code interval == 0}) or a corrected sample (three slots) to some stripe's buffer, making room
     * if the buffer is full; spills if no stripe can be had. Never waits. {@code callerHash} is the calling thread's
     * {@link ThreadStripeHash} if the caller looked it up, else null: it is looked up at most once per record (a
     * thread-local lookup costs several nanoseconds, and with many more threads than cores most records come this way).
     */
    private void recordSlow(long value, long interval, Stripe first, ThreadStripeHash callerHash) {
        OwnerBuffers r = retired;
        if (r != null && r.thread == Thread.currentThread()) {
            // a handed-over owner that records through the stripes is out of its old pair: readers may drop it (checked
            // here, once per full buffer, rather than on every record)
            r.quiesced = true;
        }
        int need = interval == 0 ? 1 : 3;
        ThreadStripeHash threadHash = callerHash;
        Stripe s = first;
        for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 0) {
                if (closed) {
                    return; // a closed timer's stripes are taken for good
                }
                Stripe[] ss = s.held() && stripes.length < maxStripes ? grow() : stripes;
                if (ss.length == 1) {
                    s = ss[0];
                } else {
                    // moves the thread to another stripe for good, after it found one taken
                    threadHash = threadHash == null ? ThreadStripeHash.current() : threadHash;
                    threadHash.rehash();
                    s = ss[threadHash.hash() & (ss.length - 1)];
                }
            }
            if (s.tryClaim()) {
                try {
                    int p = phase;
                    ValueBuffer b = s.buffer(p);
                    if (b.ownerSize() + need > b.values.length) {
                        b = makeRoom(s, p, b);
                    }
                    int n = b.ownerSize();
                    if (need == 1) {
                        b.values[n] = value | (value >> 63);
                    } else {
                        b.corrected = true;
                        b.values[n] = ValueBuffer.CORRECTED;
                        b.values[n + 1] = value;
                        b.values[n + 2] = interval;
                    }
                    b.publish(n + need);
                } finally {
                    s.release();
                }
                helpFold(); // outside the claim: a reader waits for claim holders, so they hold it for a few
                // instructions
                return;
            }
        }
        if (!closed) {
            Spill sp = spill();
            long e = phaser.writerCriticalSectionEnter();
            try {
                sp.put(
                        value,
                        interval,
                        stripes.length == 1 ? 0 : (threadHash == null ? ThreadStripeHash.current() : threadHash).hash(),
                        phase);
            } finally {
                phaser.writerCriticalSectionExit(e);
            }
            helpFold();
        }
    }

    /**
     * Empties the full buffer {@code b} of the claimed stripe {@code s} in phase {@code p}: folds it if a lane is free,
     * else swaps in a spare and hands {@code b} off in the queue of phase {@code p}. Returns the (empty) buffer to
     * append to.
     */
    private ValueBuffer makeRoom(Stripe s, int p, ValueBuffer b) {
        Lane lane = readerWaiting ? null : lockLane(b, p);
        if (lane != null) {
            try {
                b.foldInto(lane.aggregate);
                b.reset();
            } finally {
                lane.unlock();
            }
            return b;
        }
        Spill sp = spill();
        ValueBuffer spare = sp.spare();
        // offered before it is replaced: a reader that sees the spare installed finds the full buffer in the queue. The
        // queue has room for more than every spare, so the offer cannot fail; if it did, the buffer would be added
        // below
        if (spare != null && sp.full(p).offer(b)) {
            s.install(p, spare);
            return spare;
        }
        if (spare != null) {
            sp.giveBack(spare);
        }
        // no spare left: the lanes' holders are not draining (stopped by the scheduler); add the buffer with atomic
        // instructions rather than wait or allocate
        sp.addAtomically(b, p);
        b.reset();
        return b;
    }

    /**
     * Locks a lane that can take {@code b} for a writer, or returns null: the lane the calling thread prefers, else the
     * other, each only if it is free. The narrow lane takes {@code b} only if {@code b} belongs to the current phase
     * {@code p} (a reader empties the lane as it flips the phase, so it holds samples of the current phase only), has
     * room (emptying it into the wide lane first if that lane is free too) and {@code b} holds no correction. A thread
     * that finds another's mark on its preferred lane may move its preference (see {@link Lane}). A timer of one stripe
     * has one writer at a time, so it tries the wide lane first whatever the thread prefers: a thread that moved to the
     * narrow lane of a contended timer does not fill the narrow lane of every other timer it records into.
     */
    private Lane lockLane(ValueBuffer b, int p) {
        ThreadStripeHash threadHash = stripes.length == 1 ? null : ThreadStripeHash.current();
        int preferred = threadHash == null ? 0 : threadHash.lane();
        for (int i = 0; i < 2; i++) {
            Lane lane = lanes[preferred ^ i];
            if (!lane.tryLock()) {
                continue;
            }
            if (lane.aggregate.narrow()
                    && (phase != p || (!b.fitsNarrow(lane.aggregate) && (b.corrected || !emptyNarrow(lane))))) {
                lane.unlock();
                continue;
            }
            if (i == 0 && threadHash != null && lane.takenFrom(threadHash)) {
                threadHash.maybeMoveLane();
            }
            return lane;
        }
        return null;
    }

    /** Adds the narrow lane (held) to the wide one if that is free; whether it did. */
    private boolean emptyNarrow(Lane narrow) {
        Lane wide = lanes[0];
        if (readerWaiting || !wide.tryLock()) {
            return false;
        }
        try {
            wide.aggregate.addAll(narrow.aggregate);
            narrow.aggregate.clear();
            return true;
        } finally {
            wide.unlock();
        }
    }

    /**
     * Folds a bounded part of what others left in the spill while the lanes were taken, once there is enough of it (see
     * {@link Spill#pending()}), into whichever lane is free:
     * the wide lane takes both phases' hand-offs and single samples; the narrow lane, the only one free while a reader
     * folds, takes the current phase's hand-offs, so that writers keep folding during a read and no backlog builds up
     * for the next. No lane held, no stripe claimed.
     */
    private void helpFold() {
        Spill sp = spill;
        if (sp == null || !sp.pending()) {
            return;
        }
        Lane wide = lanes[0];
        if (!readerWaiting && wide.tryLock()) {
            try {
                drainQueue(sp, current, 0, WRITER_DRAIN);
                drainQueue(sp, current, 1, WRITER_DRAIN);
                sp.drainSamples(current, 0);
                sp.drainSamples(current, 1);
            } finally {
                wide.unlock();
            }
            return;
        }
        Lane narrow = lanes[1];
        if (!readerWaiting && narrow.tryLock()) {
            try {
                // the phase cannot flip while the narrow lane is held: a reader takes every lane before it flips
                drainQueue(sp, narrow.aggregate, phase, WRITER_DRAIN);
            } finally {
                narrow.unlock();
            }
        }
    }

    /** Folds up to {@code max} of {@code p}'s hand-offs into {@code into} if no other lane holder is polling them. */
    private static void drainQueue(Spill sp, Aggregate into, int p, int max) {
        if (sp.handedOff(p) && sp.tryConsume(p)) {
            try {
                sp.drainQueue(into, p, max);
            } finally {
                sp.endConsume(p);
            }
        }
    }

    /**
     * Hands the timer over to the next recording thread when its owner is dead (its pair, folded and emptied, is
     * reused: a dead thread writes nothing more) or idle for {@link #idleReadsBeforeHandOver} reads (its pair is
     * retired, folded by every read until its thread is dead or out of it, and a fresh one installed); drops a retired
     * pair once its thread is. Every lane held, after the owners' buffers were folded.
     */
    private void handOver(OwnerBuffers o, OwnerBuffers r) {
        if (closed) {
            return;
        }
        if (r != null && (r.quiesced || !r.thread.isAlive())) {
            r.drain(current); // whatever its thread published before it died or claimed a newer pair
            retired = null;
            r = null;
        }
        Thread t = o.thread;
        if (t == null || t == OwnerBuffers.NOBODY) {
            return;
        }
        if (!t.isAlive()) {
            // everything the dead thread wrote is visible once isAlive() returned false
            o.drain(current);
            o.folds = 0;
            o.lastProgress = -1;
            o.idleReads = 0;
            o.thread = null;
            handOvers++;
            return;
        }
        long progress = o.progress();
        o.idleReads = progress == o.lastProgress ? o.idleReads + 1 : 0;
        o.lastProgress = progress;
        if (o.idleReads >= idleReadsBeforeHandOver && r == null) {
            if (bug == PlantedBug.HAND_OVER_KEEPS_BUFFERS) {
                o.idleReads = 0;
                o.thread = null;
                return;
            }
            retired = o;
            owner = new OwnerBuffers(ownerCapacity);
            handOvers++;
        }
    }

    /** Doubles the stripes unless another thread is doing so or the timer is closed; returns the stripes to use now. */
    private Stripe[] grow() {
        Stripe[] ss = stripes;
        if (ss.length < maxStripes && GROWING.compareAndSet(this, 0, 1)) {
            try {
                if (stripes == ss && !closed) {
                    Stripe[] bigger = new Stripe[ss.length * 2];
                    System.arraycopy(ss, 0, bigger, 0, ss.length);
                    for (int i = ss.length; i < bigger.length; i++) {
                        bigger[i] = new Stripe(bufferCapacity);
                    }
                    stripes = bigger;
                }
            } catch (OutOfMemoryError e) {
                // stay with the stripes we have
            } finally {
                growing = 0;
            }
        }
        return stripes;
    }

    private Spill spill() {
        Spill s = spill;
        if (s == null) { // the first time a writer found both lanes taken
            Spill fresh = new Spill(
                    (2 + sparesPerStripe) * maxStripes,
                    sparesPerStripe * maxStripes,
                    bufferCapacity,
                    layout,
                    ringDrainAt);
            s = SPILL.compareAndSet(this, null, fresh) ? fresh : spill;
        }
        return s;
    }

    @Override
    public TimerSnapshot snapshot() {
        lockForRead();
        try {
            foldAll();
            return Aggregate.snapshot(config.name(), config.tags(), current, past, createdTick, ticker.nanos());
        } finally {
            unlockForRead();
        }
    }

    @Override
    public TimerSnapshot intervalSnapshot() {
        lockForRead();
        try {
            foldAll();
            long now = ticker.nanos();
            TimerSnapshot s = Aggregate.snapshot(config.name(), config.tags(), current, null, intervalStart, now);
            endInterval(now);
            return s;
        } finally {
            unlockForRead();
        }
    }

    @Override
    public void intervalSnapshot(SnapshotSink sink) {
        lockForRead();
        try {
            foldAll();
            long now = ticker.nanos();
            current.writeTo(sink, config.name(), intervalStart, now);
            endInterval(now);
        } finally {
            unlockForRead();
        }
    }

    /** The reader's array of stripe holders at its flip, kept between reads (readers take turns); reader only. */
    private long[] holdersAtFlip(int stripeCount) {
        long[] h = holdersAtFlip;
        if (h.length < stripeCount) {
            h = new long[stripeCount];
            holdersAtFlip = h;
        }
        return h;
    }

    /** Moves the current interval into the past; every lane held by the reader. */
    private void endInterval(long now) {
        if (past == null) {
            past = new Aggregate(layout);
        }
        past.addAll(current);
        current.clear();
        intervalStart = now;
    }

    /**
     * Takes every lane for a reader: one reader at a time, in the order they came ({@link #readers}), and the reader is
     * announced so that writers stop taking lanes. It then waits only for writers already folding.
     */
    private void lockForRead() {
        readers.lock();
        phaser.readerLock();
        readerWaiting = true;
        for (Lane lane : lanes) {
            for (int spins = 0; !lane.tryLock(); spins++) {
                if (spins < 64) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(Stripe.NAP_NANOS);
                }
            }
        }
    }

    /** Gives back what the reader still holds: the wide lane, and the narrow one unless {@link #foldAll} did. */
    private void unlockForRead() {
        releaseNarrow();
        lanes[0].unlock();
        phaser.readerUnlock();
        readers.unlock();
        helpFold();
    }

    /** Lets writers fold into the narrow lane again, once; reader only. */
    private void releaseNarrow() {
        if (readerWaiting) {
            readerWaiting = false;
            lanes[1].unlock();
        }
    }

    /**
     * Brings every sample recorded before this call into {@link #current}; reader holding every lane. Flips the phase
     * (the linearization point), empties the narrow lane into the wide one and gives it back to writers, waits for the
     * stripe holders and spilling writers that may still write the old phase, then folds the old phase's buffers, the
     * handed-off buffers and the old phase's spill. Returns holding the wide lane only.
     */
    private void foldAll() {
        int old = phase;
        // what the owners published in the other buffer before the flip: samples of records that overlapped an earlier
        // read; what they publish there after the flip belongs to records that began before it, left for the next read
        OwnerBuffers o = owner;
        OwnerBuffers r = retired;
        int ownerLate = bug == PlantedBug.OWNER_LATE_SAMPLES_SKIPPED
                ? 0
                : o.buffer(old ^ 1).size();
        int retiredLate = r == null ? 0 : r.buffer(old ^ 1).size();
        phase = old ^ 1;
        // who holds each stripe at the flip, read at once: the reader waits for those writers only, all in the same
        // stretch of time, rather than for whoever holds a stripe when it gets to it
        Stripe[] ss = stripes;
        long[] holders = holdersAtFlip(ss.length);
        for (int i = 0; i < ss.length; i++) {
            holders[i] = ss[i].holder();
        }
        // the owners' buffers, without waiting: what they published up to now (records that began before the flip and
        // publish later are folded by the next read); before the narrow lane is given back, so no owner folds meanwhile
        o.foldAfterFlip(old, ownerLate, current);
        if (r != null) {
            r.foldAfterFlip(old, retiredLate, current);
        }
        handOver(o, r);
        Aggregate narrow = lanes[1].aggregate;
        if (narrow.samples != 0 || narrow.rejected != 0) {
            current.addAll(narrow);
            narrow.clear();
        }
        // the narrow lane now belongs to the new phase: writers fold into it only buffers of the phase they see under
        // its
        // lock, so a writer still holding a stripe of the old phase hands its full buffer off to the old phase's queue
        // instead; writers keep folding while this reader waits for those stragglers and folds the old phase
        releaseNarrow();
        // spilling writers that entered before now; the flip came first, so later ones read the new phase
        phaser.flipPhase(Stripe.NAP_NANOS);
        for (int i = 0; i < ss.length; i++) {
            ss[i].awaitLeft(holders[i]);
        }
        for (Stripe s : ss) {
            s.buffer(old).foldInto(current);
        }
        Spill sp = spill;
        if (sp != null) {
            // no other thread polls the old phase's queue: tokens are taken only by lane holders, and since this reader
            // took
            // the lanes, the narrow lane's holders poll the new phase's queue only
            while (!sp.tryConsume(old)) {
                Thread.onSpinWait();
            }
            try {
                sp.drainQueue(current, old, Integer.MAX_VALUE);
            } finally {
                sp.endConsume(old);
            }
            sp.drainSamples(current, old);
            sp.drainAtomic(current, old);
        }
    }

    /**
     * Closes the timer for good: stripes taken, everything folded. Later records are dropped; snapshots stay readable
     * and no longer change once records that overlapped the close are folded.
     */
    @SuppressWarnings("ThreadPriorityCheck") // the growing thread may be descheduled: let it run on few cores
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        owner.thread = OwnerBuffers.NOBODY; // the owner's next record goes to the stripes, taken for good below
        while (!GROWING.compareAndSet(this, 0, 1)) {
            Thread.yield(); // a grow in progress takes a few allocations
        }
        for (Stripe s : stripes) {
            s.close();
        }
        lockForRead();
        try {
            foldAll();
        } finally {
            unlockForRead();
        }
    }

    /** Bytes this timer retains now (stripes, buffers, spill, lanes, aggregates); an estimate for footprint reports. */
    long footprintBytes() {
        lockForRead();
        try {
            return footprintBytesWithLanesHeld();
        } finally {
            unlockForRead();
        }
    }

    /** {@link #footprintBytes()} for a caller that holds the lanes (or a test that knows nothing folds meanwhile). */
    long footprintBytesWithLanesHeld() {
        Stripe[] ss = stripes;
        long bytes = 96 + 16 + 48 + 4L * ss.length + 24 + 2 * Lane.footprintBytes();
        for (Stripe s : ss) {
            bytes += s.footprintBytes()
                    + s.buffer(0).footprintBytes()
                    + s.buffer(1).footprintBytes();
        }
        OwnerBuffers r = retired;
        bytes += owner.footprintBytes() + (r == null ? 0 : r.footprintBytes());
        Spill sp = spill;
        return bytes
                + (sp == null ? 0 : sp.footprintBytes())
                + current.footprintBytes()
                + lanes[1].aggregate.footprintBytes()
                + (past == null ? 0 : past.footprintBytes());
    }

    /** How many times the timer was handed over to a new owner, for tests. */
    long handOvers() {
        lockForRead();
        try {
            return handOvers;
        } finally {
            unlockForRead();
        }
    }

    /** Whether {@code reader} waits for its turn to read, for tests. */
    boolean readerWaits(Thread reader) {
        return readers.hasQueuedThread(reader);
    }

    /** Whether a handed-over pair is still folded by every read, for tests. */
    boolean hasRetiredPair() {
        return retired != null;
    }

    /** The owning thread now, or null, for tests. */
    Thread ownerThread() {
        return owner.thread;
    }

    int stripeCount() {
        return stripes.length;
    }

    /** How many full buffers went to a concurrent aggregate, for tests. */
    long atomicAdds() {
        Spill s = spill;
        return s == null ? 0 : s.atomicAdds();
    }

    long spillUses() {
        Spill s = spill;
        return s == null ? 0 : s.uses();
    }

    @Override
    public String toString() {
        return "Timer[" + config.name() + (config.tags().isEmpty() ? "" : " " + config.tags()) + "]";
    }
}
