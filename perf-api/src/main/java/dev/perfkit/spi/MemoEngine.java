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

  /** Returns a memo of {@code function} configured by {@code config}. */
  <K, V> MemoFunction<K, V> function(MemoConfig config, Function<? super K, ? extends V> function);

  /** Returns a memo of a two-argument {@code function} configured by {@code config}. */
  <A, B, V> MemoBiFunction<A, B, V> biFunction(MemoConfig config, BiFunction<? super A, ? super B, ? extends V> function);

  /** Returns a memo of {@code function} that passes the memo itself to {@code function} as {@code self}. */
  <K, V> MemoFunction<K, V> recursive(MemoConfig config, RecursiveFunction<K, V> function);

  /** Returns a lazily computed value; {@code config} has no size bound (the builder checked that). */
  <T> MemoSupplier<T> supplier(MemoConfig config, Supplier<? extends T> supplier);
}
