package dev.perfkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The buffer pair of a timer's owning thread: one {@link ValueBuffer} per phase that only {@link #thread} appends to,
 * with a plain store of the value and a release store of the size, no atomic instruction. Readers fold it without
 * waiting (see {@link StripedTimer} and the package notes). A pair is owned once: handing the timer over to another
 * thread installs another pair, because the previous owner may still be inside a record that read the old pair.
 *
 * <p>Threading: {@link #thread} is claimed once by compare-and-set from null and otherwise written by readers holding
 * every lane; {@link #folds} and {@link #lastProgress} are touched by the owner while it holds a lane or by a reader
 * holding every lane.
 */
final class OwnerBuffers {

    private static final VarHandle THREAD;

    static {
        try {
            THREAD = MethodHandles.lookup().findVarHandle(OwnerBuffers.class, "thread", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The owner of a closed timer's pair, or of a timer built without an owner path: never started, so no record runs
     * on it, and nobody can claim the pair.
     */
    static final Thread NOBODY = new Thread(() -> {}, "perfkit-no-owner");

    /** The owning thread; null while the pair waits for its first recording thread. */
    volatile Thread thread;

    final ValueBuffer even;
    final ValueBuffer odd;
    /** Buffers the owner folded into a lane. */
    int folds;
    /** What {@link #progress()} was at the last read, for the idle rule. */
    long lastProgress = -1;
    /** Reads in a row that saw no progress. */
    int idleReads;
    /**
     * Set by the owner of a handed-over pair once it is known to be out of it (it claimed a newer pair, or recorded
     * through a stripe's slow path).
     */
    volatile boolean quiesced;

    /** A pair of buffers of {@code capacity} slots; 0 makes a pair that nobody owns, ever. */
    OwnerBuffers(int capacity) {
        this.even = new ValueBuffer(capacity);
        this.odd = new ValueBuffer(capacity);
        if (capacity == 0) {
            thread = NOBODY;
        }
    }

    ValueBuffer buffer(int phase) {
        return phase == 0 ? even : odd;
    }

    /** Makes the calling thread the owner if the pair has none; one compare-and-set, once per pair. */
    boolean tryClaim(Thread caller) {
        return THREAD.compareAndSet(this, (Thread) null, caller);
    }

    /**
     * A number that changes whenever the owner publishes a sample or folds a buffer; a reader holding every lane
     * compares it from read to read.
     */
    long progress() {
        return ((long) folds << 32) ^ ((long) even.size() << 16) ^ odd.size();
    }

    /**
     * Folds what the owner published into {@code into}: the old phase's buffer up to its size now, and the other buffer
     * up to {@code lateSize}, its size read before the flip (samples the owner published there after an earlier read
     * had looked: records that overlapped that read). Reader holding every lane.
     */
    void foldAfterFlip(int oldPhase, int lateSize, Aggregate into) {
        buffer(oldPhase).foldInto(into);
        buffer(oldPhase ^ 1).foldInto(into, lateSize);
    }

    /** Folds everything and empties both buffers; only once the owner can no longer write them, every lane held. */
    void drain(Aggregate into) {
        even.foldInto(into);
        odd.foldInto(into);
        even.reset();
        odd.reset();
    }

    long footprintBytes() {
        return 16 + 4 + 8 + 8 + 4 + 4 + 4 + even.footprintBytes() + odd.footprintBytes();
    }
}
