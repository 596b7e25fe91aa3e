package dev.perfkit.memo;

import java.util.function.BiFunction;

/**
 * A memoized two-argument function: the pair of arguments is the key, compared with {@code equals} on each
 * argument. Otherwise exactly like {@link MemoFunction}, including its guarantees.
 *
 * <p>Thread-safe. A hit may allocate one small pair object for the lookup (24 bytes, often removed by the JIT's
 * escape analysis).
 *
 * @param <A> the first argument type; {@code null} allowed
 * @param <B> the second argument type; {@code null} allowed
 * @param <V> the result type; {@code null} is an ordinary result
 */
public interface MemoBiFunction<A, B, V> extends BiFunction<A, B, V> {

    /**
     * Returns the cached result for {@code (a, b)}, computing it first when none is cached.
     *
     * @throws IllegalArgumentException if an argument is an array
     * @throws MemoCycleException if computing {@code (a, b)} needs its own value
     */
    @Override
    V apply(A a, B b);

    /** {@return the statistics so far; all zero unless the memo was built with {@code recordStats}} */
    MemoStats stats();

    /**
     * Drops the cached result for {@code (a, b)}, if any.
     *
     * @param a the first argument
     * @param b the second argument
     */
    void invalidate(A a, B b);

    /** Drops every cached result. */
    void invalidateAll();

    /** {@return about how many results are cached} */
    long estimatedSize();
}
