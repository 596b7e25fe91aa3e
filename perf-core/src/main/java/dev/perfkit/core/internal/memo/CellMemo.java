package dev.perfkit.core.internal.memo;

import dev.perfkit.Ticker;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import dev.perfkit.memo.RecursiveFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The memoized function: a concurrent map from key to result, where a missing key is first claimed with an in-flight
 * {@link Cell} ({@code putIfAbsent}, no user code under any lock), then computed outside the map, then published in
 * place of the cell ({@link Store#publish}). Other threads find the cell and wait for it (single flight). Because the
 * map never runs user code, the function may call this memo again: no "Recursive update".
 *
 * <p>Cells live in a {@code ConcurrentHashMap}, published outcomes in a second one when unbounded
 * ({@link HashMapMemo}) or in Caffeine's {@code asMap()} view when bounded or expiring ({@link CaffeineMemo}); see
 * {@link Store}. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the result type
 */
abstract class CellMemo<K, V> implements MemoFunction<K, V> {

    private static final MethodHandle APPLY_SLOW;

    static {
        try {
            APPLY_SLOW = MethodHandles.lookup()
                    .findVirtual(CellMemo.class, "applySlow", MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@link #applySlow} bound to this memo, for the subclasses' hit paths. A handle in an instance field is not a
     * compile-time constant, so the JIT calls it instead of inlining the miss path (thread-local lookup, trampoline,
     * computation) into every hit: inlined, it made an unbounded hit 5.0 ns instead of 3.2 ns.
     */
    private final MethodHandle slow;

    private final ConcurrentMap<Object, Object> map;
    private final Store store;
    /** For the subclasses' hit paths. */
    final Stats stats;
    /**
     * {@code stats.enabled}, copied into the memo so that a hit without statistics tests a field of the memo it has
     * loaded anyway, instead of loading the {@code Stats} object first.
     */
    final boolean recording;

    private final Function<Object, ?> body;
    private final Ticker ticker;
    private final boolean cacheExceptions;
    private final String name;

    CellMemo(MemoConfig config, Store store, Stats stats, Function<CellMemo<K, V>, Function<Object, ?>> bodyOf) {
        this.stats = stats;
        this.recording = stats.enabled;
        this.store = store;
        this.map = store.map;
        this.ticker = config.ticker();
        this.cacheExceptions = config.cacheExceptions();
        this.name = config.name();
        this.body = bodyOf.apply(this);
        this.slow = APPLY_SLOW.bindTo(this);
    }

    /** The miss path, called so that it stays out of the caller's compiled hit path; returns the result or throws. */
    final V miss(Object k) {
        Object outcome;
        try {
            outcome = (Object) slow.invokeExact(k);
        } catch (Throwable t) {
            throw Outcome.<RuntimeException>rethrow(t);
        }
        return Outcome.unwrap(outcome);
    }

    /** A memo of {@code function}. */
    @SuppressWarnings("unchecked")
    static <K, V> CellMemo<K, V> of(MemoConfig config, Function<? super K, ? extends V> function) {
        return create(config, self -> key -> function.apply((K) Keys.unwrap(key)));
    }

    /** A memo of {@code function} that receives the memo itself as {@code self}. */
    @SuppressWarnings("unchecked")
    static <K, V> CellMemo<K, V> recursive(MemoConfig config, RecursiveFunction<K, V> function) {
        return create(config, self -> key -> function.apply(self, (K) Keys.unwrap(key)));
    }

    private static <K, V> CellMemo<K, V> create(
            MemoConfig config, Function<CellMemo<K, V>, Function<Object, ?>> bodyOf) {
        Stats stats = Stats.of(config);
        Store store = Store.of(config, stats);
        return store.isCache()
                ? new CaffeineMemo<>(config, store, stats, bodyOf)
                : new HashMapMemo<>(config, store, stats, bodyOf);
    }

    /**
     * The hit path lives in the two final subclasses, one per kind of map, each with its own copy. The JIT profiles
     * per method body, and a shared body that has seen both maps compiles both lookups into every caller and runs out
     * of inlining budget for Caffeine's: a bounded hit measured 9.1 ns beside an unbounded memo and 4.4 ns without one.
     */
    @Override
    public abstract V apply(K key);

    /** Everything but a plain hit: cached null or exception, wait, compute, trampoline. */
    final Object applySlow(Object k) {
        Trampoline.Context ctx = Trampoline.context();
        return ctx.driving ? lookup(k, ctx, true) : Trampoline.drive(ctx, this, k);
    }

    /**
     * Returns the outcome for {@code k}: cached, computed now, or awaited from the thread computing it.
     *
     * <p>Statistics count what the function asked for, not how often the trampoline re-ran it: a miss is counted once
     * per computation claimed or awaited, and not again when a computation abandoned by a restart claims its key anew;
     * a hit is counted only for a call of the function or of the application ({@code countHits}), not for the driver's
     * own re-lookups.
     *
     * @param countHits whether a cached outcome counts as a hit (false for the driver's lookups of its tasks)
     * @throws Trampoline.Restart when {@code k} is missing and this thread is already
     *     {@link dev.perfkit.memo.Memo#INLINE_DEPTH} computations deep
     */
    Object lookup(Object k, Trampoline.Context ctx, boolean countHits) {
        boolean counted = false;
        for (; ; ) {
            Object v = store.results.get(k);
            if (v == null) {
                v = map.get(k);
            }
            if (v == null) {
                if (ctx.depth >= dev.perfkit.memo.Memo.INLINE_DEPTH) {
                    Object resolved = ctx.resolved(this, k);
                    if (resolved == null) {
                        throw ctx.restart(this, k);
                    }
                    if (countHits) {
                        stats.hit(); // computed by the driver for this very call, whose miss that computation counted
                    }
                    return resolved;
                }
                Keys.check(k, name);
                Cell cell = new Cell();
                v = map.putIfAbsent(k, cell);
                if (v == null) {
                    v = store.results.get(k); // published between the lookup above and the claim
                    if (v != null) {
                        map.remove(k, cell);
                        cell.complete(Outcome.RETRY);
                    }
                }
                if (v == null) {
                    if (!counted && !ctx.reclaims(this, k)) {
                        stats.miss();
                    }
                    return compute(k, cell, ctx);
                }
            }
            if (v instanceof Cell) {
                if (!counted) {
                    if (!ctx.reclaims(this, k)) {
                        stats.miss();
                    }
                    counted = true;
                }
                Object outcome = Waits.await((Cell) v, name, k);
                if (outcome != Outcome.RETRY) {
                    return outcome;
                }
                continue;
            }
            if (countHits && !counted) {
                stats.hit();
            }
            return v;
        }
    }

    private Object compute(Object k, Cell cell, Trampoline.Context ctx) {
        Object outcome;
        try {
            outcome = Load.run(body, k, stats, ticker, ctx);
        } catch (Trampoline.Restart restart) {
            map.remove(k, cell);
            cell.complete(Outcome.RETRY);
            ctx.abandoned(this, k);
            throw restart;
        }
        try {
            if (Outcome.cacheable(outcome, cacheExceptions)) {
                store.publish(
                        k, cell, outcome); // not if invalidated or evicted meanwhile: then only the waiters get it
            } else {
                map.remove(k, cell);
            }
        } finally {
            cell.complete(outcome);
        }
        return outcome;
    }

    String name() {
        return name;
    }

    @Override
    public MemoStats stats() {
        store.cleanUp();
        return stats.snapshot();
    }

    @Override
    public void invalidate(K key) {
        store.remove(Keys.wrap(key));
    }

    @Override
    public void invalidateAll() {
        store.clear();
    }

    @Override
    public long estimatedSize() {
        return store.estimatedSize();
    }

    @Override
    public String toString() {
        return "MemoFunction[" + name + ", " + estimatedSize() + " cached]";
    }
}
