package dev.perfkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * Padding before a {@link Stripe}'s fields: 128 bytes, so that no other object's fields share their cache line (or
 * the adjacent line a prefetcher pairs with it). HotSpot lays out superclass fields first.
 */
abstract class StripePadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The claim and the two buffers of a {@link Stripe}. */
abstract class StripeFields extends StripePadBefore {
    /** Even: free; odd: held by a writer; {@link Stripe#CLOSED}: taken for good. Accessed through a VarHandle. */
    volatile long seq;
    /** The buffer writers append to in phase 0; replaced only by the claim holder. */
    volatile ValueBuffer even;
    /** The buffer writers append to in phase 1. */
    volatile ValueBuffer odd;
}

/** Padding after the fields. */
abstract class StripePadAfter extends StripeFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}

/**
 * One slot of a timer's record path: a claim that makes one thread at a time the writer of the stripe's buffer for
 * the current phase. Taken with one compare-and-set, given back with a release store; a writer that finds it taken
 * goes elsewhere and never waits. Readers never take it: after flipping the timer's phase they wait only for the
 * holder of the moment to give it back ({@link #holder()}, {@link #awaitLeft(long)}), then read the previous phase's
 * buffer.
 *
 * <p>The claim is a sequence number, so a reader sees that the holder it waits for has left even if another writer
 * has claimed the stripe since.
 */
final class Stripe extends StripePadAfter {

    private static final VarHandle SEQ;
    private static final VarHandle EVEN;
    private static final VarHandle ODD;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SEQ = lookup.findVarHandle(StripeFields.class, "seq", long.class);
            EVEN = lookup.findVarHandle(StripeFields.class, "even", ValueBuffer.class);
            ODD = lookup.findVarHandle(StripeFields.class, "odd", ValueBuffer.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A reader that has spun briefly sleeps this long between checks of a writer it waits for (here and for the lanes).
     * Sleeping rather than yielding matters when writers outnumber cores: a thread that keeps yielding uses up its
     * share of the core and then waits behind every runnable writer, while a sleeping one is run soon after it wakes.
     */
    static final long NAP_NANOS = 20_000;

    /** Taken for good: the timer is closed and writers find every stripe taken. Odd, so it reads as held. */
    static final long CLOSED = -1;

    Stripe(int bufferCapacity) {
        EVEN.setRelease(this, new ValueBuffer(bufferCapacity));
        ODD.setRelease(this, new ValueBuffer(bufferCapacity));
    }

    boolean tryClaim() {
        long s = (long) SEQ.getOpaque(this);
        return (s & 1) == 0 && SEQ.compareAndSet(this, s, s + 1);
    }

    /** Gives the claim back; only its holder calls this. */
    void release() {
        SEQ.setRelease(this, (long) SEQ.get(this) + 1);
    }

    /** Whether a writer holds the stripe right now; a racy hint for growing. */
    boolean held() {
        long s = (long) SEQ.getOpaque(this);
        return (s & 1) != 0 && s != CLOSED;
    }

    /** The buffer of {@code phase} (acquire: a reader sees whatever the installing holder did before). */
    ValueBuffer buffer(int phase) {
        // one constant VarHandle per branch: a VarHandle chosen at run time is not inlined
        return phase == 0 ? (ValueBuffer) EVEN.getAcquire(this) : (ValueBuffer) ODD.getAcquire(this);
    }

    /** Installs a fresh buffer for {@code phase}; claim held. */
    void install(int phase, ValueBuffer fresh) {
        if (phase == 0) {
            EVEN.setRelease(this, fresh);
        } else {
            ODD.setRelease(this, fresh);
        }
    }

    /** The claim of the writer holding the stripe now, or -1 if none: what {@link #awaitLeft} waits for. */
    long holder() {
        long s = (long) SEQ.getVolatile(this);
        return (s & 1) == 0 || s == CLOSED ? -1 : s;
    }

    /**
     * Waits until the writer whose claim {@link #holder()} returned has given the stripe back: a few instructions,
     * unless the scheduler stopped that writer inside them. Spins briefly, then sleeps in short naps rather than
     * yielding, so that the stopped writer gets the core sooner; called by a reader after it flipped the phase.
     */
    void awaitLeft(long claim) {
        if (claim == -1) {
            return;
        }
        for (int spins = 0; (long) SEQ.getVolatile(this) == claim; spins++) {
            if (spins < 64) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(NAP_NANOS);
            }
        }
    }

    /** Takes the stripe for good, waiting for the current holder's few instructions; for closing only. */
    @SuppressWarnings("ThreadPriorityCheck") // the holder may be descheduled: let it run on a machine of few cores
    void close() {
        while (true) {
            long s = (long) SEQ.getVolatile(this);
            if (s == CLOSED || ((s & 1) == 0 && SEQ.compareAndSet(this, s, CLOSED))) {
                return;
            }
            Thread.yield();
        }
    }

    /** The stripe itself, padding included; its buffers are counted by the timer. */
    long footprintBytes() {
        return 16 + 8L * 32 + 8 + 8;
    }
}
