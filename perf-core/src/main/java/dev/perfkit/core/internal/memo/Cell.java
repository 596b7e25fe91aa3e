package dev.perfkit.core.internal.memo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A computation in flight: stored in the memo's map (or a lazy value's field) by the thread that computes it, so that
 * other threads asking for the same key wait for it instead of computing again.
 *
 * <p>Creating and storing a cell runs no user code, which is why the map never sees a recursive update. Waiting uses
 * {@link LockSupport#park}, never a monitor, so a waiting virtual thread unmounts instead of pinning its carrier.
 * Waiting is uninterruptible (like a {@code synchronized} compute); an interrupt is kept and re-asserted.
 */
final class Cell extends Internal {

    private static final VarHandle WAITERS;

    static {
        try {
            WAITERS = MethodHandles.lookup().findVarHandle(Cell.class, "waiters", Waiter.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The thread computing this cell; read by the cycle check. */
    final Thread owner = Thread.currentThread();

    private volatile Object outcome;

    @SuppressWarnings("unused") // accessed through WAITERS
    private volatile Waiter waiters;

    /** True once the computation completed (or was abandoned). */
    boolean isDone() {
        return outcome != null;
    }

    /** The outcome, or {@code null} while in flight. */
    Object outcomeOrNull() {
        return outcome;
    }

    /** Publishes the outcome and wakes every waiter. Called once, by the owner. */
    void complete(Object result) {
        outcome = result;
        Waiter w = (Waiter) WAITERS.getAndSet(this, Waiter.CLOSED);
        for (; w != null && w != Waiter.CLOSED; w = w.next) {
            LockSupport.unpark(w.thread);
        }
    }

    /** Blocks until {@link #complete} and returns the outcome. */
    Object await() {
        Object result = outcome;
        if (result != null) {
            return result;
        }
        Waiter me = new Waiter(Thread.currentThread());
        for (; ; ) {
            Waiter head = (Waiter) WAITERS.getVolatile(this);
            if (head == Waiter.CLOSED) {
                break; // completed meanwhile: the loop below does not park
            }
            me.next = head;
            if (WAITERS.compareAndSet(this, head, me)) {
                break;
            }
        }
        boolean interrupted = false;
        while ((result = outcome) == null) {
            LockSupport.park(this);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    /** A parked thread in the cell's waiter stack. */
    private static final class Waiter {
        static final Waiter CLOSED = new Waiter(null);
        final Thread thread;
        Waiter next;

        Waiter(Thread thread) {
            this.thread = thread;
        }
    }
}
