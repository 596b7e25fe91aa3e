package dev.perfkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A small array of raw recorded values: the unit in which samples travel from a stripe to its timer's
 * {@link Aggregate}. A sample is one slot (two more for a coordinated-omission correction), published by one release
 * store of {@link #size}, so any reader that sees the size sees every sample below it whole.
 *
 * <p>Threading: slots and {@code size} are written only by the thread that holds the claim of the stripe the buffer
 * is installed in (or, for a buffer that is not installed, by the holder of the timer's wide lane; for an
 * {@link OwnerBuffers owner's} buffer, by its owner, and emptied only by it while it holds a lane or, once it is
 * dead or out of it, by a reader); {@link #folded},
 * the number of slots already added to an aggregate, is read and written by the claim holder while it holds a lane,
 * by the wide lane's holder for a handed-off buffer, or by a reader holding every lane after the claim holders left.
 */
final class ValueBuffer {

    private static final VarHandle SIZE;

    static {
        try {
            SIZE = MethodHandles.lookup().findVarHandle(ValueBuffer.class, "size", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Slots per buffer by default: 16 values, 144 bytes with the array header. */
    static final int DEFAULT_CAPACITY = 16;

    /**
     * Marks a corrected sample: the next two slots hold the value and its expected interval. Any other negative slot
     * is a rejected value.
     */
    static final long CORRECTED = Long.MIN_VALUE;

    final long[] values;

    @SuppressWarnings("unused") // accessed through SIZE
    private int size;
    /** Slots below this index are already in an aggregate; see the class notes for who touches it. */
    int folded;
    /**
     * Whether a coordinated-omission correction was appended since the last reset (its synthetic samples are not
     * bounded by the capacity, so such a buffer is folded into a wide aggregate only); written by the appending thread
     * before it publishes.
     */
    boolean corrected;

    ValueBuffer(int capacity) {
        this.values = new long[capacity];
    }

    /** The published size, for readers (acquire). */
    int size() {
        return (int) SIZE.getAcquire(this);
    }

    /** The size as the buffer's owner sees it. */
    int ownerSize() {
        return (int) SIZE.get(this);
    }

    /** Publishes the slots below {@code newSize} (release). */
    void publish(int newSize) {
        SIZE.setRelease(this, newSize);
    }

    /** Empties the buffer; only when every slot is folded and no writer can append. */
    void reset() {
        folded = 0;
        corrected = false;
        SIZE.setRelease(this, 0);
    }

    /** Whether a narrow aggregate has room for what this buffer may still fold into it. */
    boolean fitsNarrow(Aggregate into) {
        return !corrected && into.narrowRoom() >= values.length;
    }

    /** Adds the published slots not yet folded to {@code into}; the lock of {@code into}'s lane held. */
    void foldInto(Aggregate into) {
        foldEach(into, size());
    }

    /**
     * Adds the slots not yet folded below {@code upTo}, a size this buffer published earlier, to {@code into}; the lock
     * of {@code into}'s lane held.
     */
    void foldInto(Aggregate into, int upTo) {
        foldEach(into, upTo);
    }

    /**
     * Adds the published slots not yet folded to a concurrent aggregate (all at once when none is a correction); by the
     * holder of the claim of the stripe this buffer is installed in.
     */
    void foldInto(ConcurrentAggregate into) {
        if (corrected) {
            foldEach(into, size());
        } else {
            int n = size();
            into.recordAll(values, folded, n);
            folded = n;
        }
    }

    private void foldEach(FoldTarget into, int n) {
        if (n <= folded) {
            return;
        }
        long[] vs = values;
        for (int i = folded; i < n; i++) {
            long v = vs[i];
            if (v == CORRECTED) {
                into.record(vs[i + 1], vs[i + 2]);
                i += 2;
            } else {
                into.record(v);
            }
        }
        folded = n;
    }

    long footprintBytes() {
        return 24 + 16 + 8L * values.length;
    }
}
