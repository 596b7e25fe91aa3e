package dev.perfkit.spi;

import dev.perfkit.memo.MemoBiFunction;
import dev.perfkit.memo.MemoConfig;
import dev.perfkit.memo.MemoFunction;
import dev.perfkit.memo.MemoSupplier;
import dev.perfkit.memo.RecursiveFunction;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The service that implements memoization; {@link java.util.ServiceLoader} finds it (the standard one is in
 * {@code dev.perfkit.core}). Application code never calls this directly: {@link dev.perfkit.memo.MemoBuilder} does,
 * after validating the configuration.
 *
 * <p>Implementations must be thread-safe and must honour every documented guarantee of the returned types.
 */
public interface MemoEngine {

    /**
     * Returns a memo of {@code function} configured by {@code config}.
     *
     * @param <K> the key (argument) type
     * @param <V> the result type
     * @param config the validated options
     * @param function the function to memoize
     * @return a thread-safe memo
     */
    <K, V> MemoFunction<K, V> function(MemoConfig config, Function<? super K, ? extends V> function);

    /**
     * Returns a memo of a two-argument {@code function} configured by {@code config}.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <V> the result type
     * @param config the validated options
     * @param function the function to memoize
     * @return a thread-safe memo
     */
    <A, B, V> MemoBiFunction<A, B, V> biFunction(
            MemoConfig config, BiFunction<? super A, ? super B, ? extends V> function);

    /**
     * Returns a memo of {@code function} that passes the memo itself to {@code function} as {@code self}.
     *
     * @param <K> the key (argument) type
     * @param <V> the result type
     * @param config the validated options
     * @param function the function to memoize, given the memo for its recursive calls
     * @return a thread-safe memo
     */
    <K, V> MemoFunction<K, V> recursive(MemoConfig config, RecursiveFunction<K, V> function);

    /**
     * Returns a lazily computed value; {@code config} has no size bound (the builder checked that).
     *
     * @param <T> the value type
     * @param config the validated options
     * @param supplier computes the value on first use
     * @return a thread-safe lazy value
     */
    <T> MemoSupplier<T> supplier(MemoConfig config, Supplier<? extends T> supplier);
}
