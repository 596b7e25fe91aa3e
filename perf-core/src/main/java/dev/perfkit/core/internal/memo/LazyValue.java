package dev.perfkit.core.internal.memo;

import dev.perfkit.Ticker;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoStats;
import dev.perfkit.memo.MemoSupplier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A lazy value in one volatile field: {@link #UNSET}, an in-flight {@link Cell}, a {@link Stamped} outcome (when it
 * expires) or the outcome itself. A hit without expiry is one volatile read and one class check; everything else
 * takes the slow path. Single flight and cycle detection work as in {@link CellMemo}. No Caffeine: one value needs
 * no eviction policy.
 *
 * @param <T> the value type
 */
final class LazyValue<T> implements MemoSupplier<T> {

    private static final Internal UNSET = new Internal.Marker("unset");
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(LazyValue.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Object state = UNSET;
    private final boolean recording;
    private final Function<Object, ?> body;
    private final Stats stats;
    private final Ticker ticker;
    private final long expiryNanos;
    private final boolean afterAccess;
    private final boolean cacheExceptions;
    private final String name;

    LazyValue(MemoConfig config, Supplier<? extends T> supplier) {
        this.body = ignored -> supplier.get();
        this.stats = Stats.of(config);
        this.recording = stats.enabled;
        this.ticker = config.ticker();
        this.afterAccess = config.expireAfterAccessNanos() != MemoConfig.UNSET;
        this.expiryNanos = afterAccess ? config.expireAfterAccessNanos() : config.expireAfterWriteNanos();
        this.cacheExceptions = config.cacheExceptions();
        this.name = config.name();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() {
        Object s = state;
        if (!(s instanceof Internal)) {
            if (recording) {
                stats.hit();
            }
            return (T) s;
        }
        return Outcome.unwrap(getSlow(s));
    }

    private Object getSlow(Object s) {
        boolean counted = false;
        for (; ; s = state) {
            if (s instanceof Stamped) {
                Stamped stamped = (Stamped) s;
                long now = ticker.nanos();
                if (now - stamped.stamp < expiryNanos) {
                    if (afterAccess) {
                        stamped.stamp = now;
                    }
                    if (!counted) {
                        stats.hit();
                    }
                    return stamped.outcome;
                }
                if (STATE.compareAndSet(this, s, UNSET)) {
                    stats.evicted();
                }
            } else if (s == UNSET) {
                Cell cell = new Cell();
                if (STATE.compareAndSet(this, UNSET, cell)) {
                    if (!counted && !Trampoline.context().reclaims(this, Waits.LAZY_VALUE)) {
                        stats.miss();
                    }
                    return compute(cell);
                }
            } else if (s instanceof Cell) {
                if (!counted) {
                    if (!Trampoline.context().reclaims(this, Waits.LAZY_VALUE)) {
                        stats.miss();
                    }
                    counted = true;
                }
                Object outcome = Waits.await((Cell) s, name, Waits.LAZY_VALUE);
                if (outcome != Outcome.RETRY) {
                    return outcome;
                }
            } else {
                if (!counted) {
                    stats.hit();
                }
                return s; // a cached null or exception
            }
        }
    }

    private Object compute(Cell cell) {
        Object outcome;
        try {
            outcome = Load.run(body, null, stats, ticker, Trampoline.context());
        } catch (Trampoline.Restart restart) {
            STATE.compareAndSet(this, cell, UNSET);
            cell.complete(Outcome.RETRY);
            Trampoline.context().abandoned(this, Waits.LAZY_VALUE);
            throw restart;
        }
        Object stored = !Outcome.cacheable(outcome, cacheExceptions)
                ? UNSET
                : expiryNanos != MemoConfig.UNSET ? new Stamped(outcome, ticker.nanos()) : outcome;
        STATE.compareAndSet(this, cell, stored); // fails if invalidated meanwhile: then only the waiters get it
        cell.complete(outcome);
        return outcome;
    }

    @Override
    public MemoStats stats() {
        return stats.snapshot();
    }

    @Override
    public void invalidate() {
        state = UNSET;
    }

    @Override
    public String toString() {
        Object s = state;
        return "MemoSupplier[" + name + ", "
                + (s == UNSET ? "not computed" : s instanceof Cell ? "computing" : "cached") + "]";
    }

    /** An outcome with the ticker reading it expires from: completion time, or last access. */
    private static final class Stamped extends Internal {
        final Object outcome;
        volatile long stamp;

        Stamped(Object outcome, long stamp) {
            this.outcome = outcome;
            this.stamp = stamp;
        }
    }
}
