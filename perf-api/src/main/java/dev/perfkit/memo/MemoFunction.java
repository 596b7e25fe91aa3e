package dev.perfkit.memo;

import java.util.function.Function;

/**
 * A memoized one-argument function: {@link #apply} returns the cached result for an argument equal to an earlier
 * one, and calls the underlying function only when no result is cached. Build one with {@link Memo#function} or
 * {@link Memo#builder()}.
 *
 * <p>Thread-safe. Guarantees, for every key:
 * <ol>
 *   <li>Single flight: while a result is being computed, other threads asking for the same key wait for it and get
 *       that result (or that exception) instead of computing it again.</li>
 *   <li>A {@code null} result is cached like any other and returned as {@code null}.</li>
 *   <li>An exception is passed to the callers waiting for it and, unless the memo caches exceptions, not cached: the
 *       next call computes again. A cached exception is rethrown as the same instance.</li>
 *   <li>The function may call this memo (see {@link RecursiveFunction}): recursion to other keys works at any depth
 *       on the caller's stack, and a key that needs its own value throws {@link MemoCycleException} instead of
 *       deadlocking.</li>
 *   <li>The function runs outside any lock or monitor, so a computing virtual thread never pins its carrier.</li>
 * </ol>
 *
 * <p>A hit allocates nothing and takes no lock. See {@link Memo} for what keys must be.
 *
 * @param <K> the argument (key) type; {@code null} is an ordinary key
 * @param <V> the result type; {@code null} is an ordinary result
 */
public interface MemoFunction<K, V> extends Function<K, V> {

    /**
     * Returns the cached result for {@code key}, computing it first when none is cached.
     *
     * @throws IllegalArgumentException if {@code key} is an array (arrays compare by identity, so a memo keyed by
     *     them would never hit; use a {@code List} or a record instead)
     * @throws MemoCycleException if computing {@code key} needs the value of {@code key} itself
     */
    @Override
    V apply(K key);

    /** {@return the statistics so far; all zero unless the memo was built with {@code recordStats}} */
    MemoStats stats();

    /**
     * Drops the cached result for {@code key}, if any; a computation in flight still answers its waiters.
     *
     * @param key the argument whose result is dropped
     */
    void invalidate(K key);

    /** Drops every cached result. */
    void invalidateAll();

    /** {@return about how many results are cached (computations in flight may be included)} */
    long estimatedSize();
}
