package dev.perfkit.internal;

import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoCycleException;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoStats;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * The memo of {@link FallbackMemoEngine}: a {@link ConcurrentHashMap} from key to outcome, where a missing key is
 * first claimed with a {@link Pending} entry ({@code putIfAbsent}, no user code inside the map), computed outside the
 * map, then published with {@code replace(key, pending, outcome)}. Other threads asking for the key wait for the
 * pending entry, so each key is computed once at a time; since the map never runs user code, the function may call
 * the memo again for other keys. Unbounded, never expiring, no statistics.
 *
 * <p>Thread-safe. Waiting parks (no monitor), so a waiting virtual thread does not pin its carrier.
 *
 * @param <K> the key type; {@code null} allowed
 * @param <V> the result type; {@code null} is cached
 */
final class FallbackMemo<K, V> implements MemoFunction<K, V> {

    /** Stands for the {@code null} key and the {@code null} result, which the map does not accept. */
    private static final Object NULL = new Object();
    /** The pending entry each waiting thread waits for: the graph that cycles between threads are found in. */
    private static final ConcurrentHashMap<Thread, Pending> WAITING = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<Object, Object> map = new ConcurrentHashMap<>();
    private final Function<? super K, ? extends V> function;
    private final boolean cacheExceptions;
    private final String name;
    /** Whether this holds the one value of a lazy value (for messages). */
    private final boolean lazy;

    FallbackMemo(MemoConfig config, boolean lazy, Function<? super K, ? extends V> function) {
        this.function = function;
        this.cacheExceptions = config.cacheExceptions();
        this.name = config.name();
        this.lazy = lazy;
    }

    /** The key of a two-argument memo: both arguments, compared with {@code equals}; either may be {@code null}. */
    record Pair(Object first, Object second) {}

    @Override
    public V apply(K key) {
        Object k = key == null ? NULL : key;
        for (; ; ) {
            Object v = map.get(k);
            if (v == null) {
                checkKey(key);
                Pending pending = new Pending();
                v = map.putIfAbsent(k, pending);
                if (v == null) {
                    return unwrap(compute(key, k, pending));
                }
            }
            return unwrap(v instanceof Pending ? await((Pending) v, key) : v);
        }
    }

    private Object compute(K key, Object k, Pending pending) {
        Object outcome;
        try {
            V result = function.apply(key);
            outcome = result == null ? NULL : result;
        } catch (Throwable error) {
            outcome = new Failure(error);
        }
        try {
            if (!(outcome instanceof Failure) || ((Failure) outcome).cacheable(cacheExceptions)) {
                map.replace(k, pending, outcome); // fails if invalidated meanwhile: then only the waiters get it
            } else {
                map.remove(k, pending);
            }
        } finally {
            pending.complete(outcome);
        }
        return outcome;
    }

    /**
     * Waits for another thread's computation, unless the wait would close a cycle of threads waiting for each other.
     */
    private Object await(Pending pending, K key) {
        Thread me = Thread.currentThread();
        if (pending.owner == me) {
            throw cycle(key, "on this thread");
        }
        WAITING.put(me, pending);
        try {
            int threads = 0;
            for (Pending p = pending; p != null && !p.isDone(); p = WAITING.get(p.owner)) {
                if (p.owner == me) {
                    throw cycle(key, "through " + threads + " other thread(s) waiting for this one");
                }
                if (++threads > WAITING.size() + 1) {
                    break; // the graph changed under the walk; no cycle through this thread was seen
                }
            }
            return pending.await();
        } finally {
            WAITING.remove(me);
        }
    }

    private MemoCycleException cycle(K key, String how) {
        String what = lazy ? "its value" : "key " + key;
        return new MemoCycleException("memo '" + name + "': computing " + what + " needs " + what + " itself (" + how
                + "); a memoized function must not depend on its own result");
    }

    private void checkKey(Object key) {
        if (key instanceof Pair pair) {
            checkKey(pair.first());
            checkKey(pair.second());
        } else if (key != null && key.getClass().isArray()) {
            throw new IllegalArgumentException(
                    "memo '" + name + "': a key of type " + key.getClass().getSimpleName()
                            + " cannot be memoized: arrays compare by identity, so an equal array passed later"
                            + " would never hit. Use a key with value equality instead: a List, a record, or a String");
        }
    }

    // TypeParameterUnusedInFormals: the one unchecked cast of a cached value to the memo's value type
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <V> V unwrap(Object outcome) {
        if (outcome == NULL) {
            return null;
        }
        if (outcome instanceof Failure failure) {
            throw FallbackMemo.<RuntimeException>sneaky(failure.error);
        }
        return (V) outcome;
    }

    // TypeParameterUnusedInFormals: rethrows a checked exception unchanged, which needs the inferred type
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }

    @Override
    public MemoStats stats() {
        return MemoStats.empty();
    }

    @Override
    public void invalidate(K key) {
        map.remove(key == null ? NULL : key);
    }

    @Override
    public void invalidateAll() {
        map.clear();
    }

    @Override
    public long estimatedSize() {
        return map.size();
    }

    @Override
    public String toString() {
        return "MemoFunction[" + name + ", " + map.size() + " cached, fallback]";
    }

    /** A thrown exception, kept as the outcome of a computation. */
    private static final class Failure {
        final Throwable error;

        Failure(Throwable error) {
            this.error = error;
        }

        /** Exceptions may be cached when asked; errors and cycles never are. */
        boolean cacheable(boolean cacheExceptions) {
            return cacheExceptions && error instanceof Exception && !(error instanceof MemoCycleException);
        }
    }

    /** A computation in flight: its owner, and the outcome its waiters get. */
    private static final class Pending {
        final Thread owner = Thread.currentThread();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Object outcome;

        boolean isDone() {
            return outcome != null;
        }

        void complete(Object result) {
            outcome = result;
            done.countDown();
        }

        /** Waits uninterruptibly (like a {@code synchronized} compute); an interrupt is kept and re-asserted. */
        Object await() {
            boolean interrupted = false;
            while (outcome == null) {
                try {
                    done.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return outcome;
        }
    }
}
