package dev.perfkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Padding before a {@link Lane}'s fields (see {@link StripePadBefore}). */
abstract class LanePadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The lock and the last folder of a {@link Lane}. */
abstract class LaneFields extends LanePadBefore {
    /** 0: free; 1: held by a writer folding or by a reader. Accessed through a VarHandle. */
    volatile int lock;
    /** The stripe hash of the thread that folded here last; lock holder only. */
    ThreadStripeHash lastFolder;
}

/** Padding after the fields. */
abstract class LanePadAfter extends LaneFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}

/**
 * One of a timer's aggregates with the try-lock that guards it. A timer has two: writers whose buffer filled fold into
 * the one their {@link ThreadStripeHash} prefers, so that two threads recording on two cores each keep one aggregate in
 * their own core's cache instead of moving one shared aggregate's cache lines between the cores at every fold. Writers
 * only ever try the lock; a reader takes every lane's lock (see {@link StripedTimer}).
 *
 * <p>A writer that finds another thread's mark on the lane it took ({@link #takenFrom}) moves its preference with
 * probability one half, so that two threads sharing a lane part within a few folds and then stay apart.
 */
final class Lane extends LanePadAfter {

    private static final VarHandle LOCK;

    static {
        try {
            LOCK = MethodHandles.lookup().findVarHandle(LaneFields.class, "lock", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Aggregate aggregate;

    Lane(Aggregate aggregate) {
        this.aggregate = aggregate;
    }

    /** Takes the lock if it is free; never waits. */
    boolean tryLock() {
        return (int) LOCK.getOpaque(this) == 0 && LOCK.compareAndSet(this, 0, 1);
    }

    void unlock() {
        LOCK.setRelease(this, 0);
    }

    /**
     * Records that {@code threadHash}'s thread holds the lock now, and whether another thread folded here last; lock
     * held.
     */
    boolean takenFrom(ThreadStripeHash threadHash) {
        ThreadStripeHash last = lastFolder;
        if (last == threadHash) {
            return false;
        }
        lastFolder = threadHash;
        return last != null;
    }

    /** The lane's own bytes (padding included); its aggregate is counted separately. */
    static long footprintBytes() {
        return 16 + 8L * 32 + 8;
    }
}
