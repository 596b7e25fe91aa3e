package dev.perfkit.memo;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Memoization in one line: cache a function's results by argument, or compute a value once on first use.
 *
 * <pre>{@code
 * MemoFunction<Order, Quote> quote = Memo.function(pricing::quote);         // unbounded, like lru_cache(None)
 * MemoSupplier<Config> config = Memo.lazy(Config::load);                    // computed on first get()
 * MemoFunction<Integer, Long> fib =
 *     Memo.recursive((self, n) -> n < 2 ? n : self.apply(n - 1) + self.apply(n - 2));
 * }</pre>
 *
 * <p>Use {@link #builder()} for a size bound, expiry, cached exceptions, a ticker or statistics.
 *
 * <h2>What keys must be</h2>
 * A key (the argument, or the pair of arguments) is looked up with {@code hashCode} and {@code equals}, so:
 * <ul>
 *   <li>it needs <em>value equality</em>: equal arguments must be {@code equals} with equal hash codes. Arrays
 *       compare by identity, so {@code memo.apply(new int[] {1, 2})} would never hit: array keys are rejected with
 *       an {@link IllegalArgumentException} on the call. Pass a {@code List} ({@code List.of(1, 2)}), a record, or
 *       a {@code String} instead. Other classes without their own {@code equals} are accepted but only hit for the
 *       same instance;</li>
 *   <li>it must not change while cached: a mutated key is looked up under its new hash and never found again;</li>
 *   <li>{@code null} is an ordinary key.</li>
 * </ul>
 *
 * <p>The engine is in {@code dev.perfkit.core}. Without it on the class or module path (a library that memoizes, in
 * an application that did not add perf-core) every factory still returns a working memo: an unbounded map with the
 * same guarantees for single flight, {@code null} results, exceptions, array keys, recursion through {@code self} and
 * cycles. Size and weight bounds, expiry and statistics are then ignored (a log line says so, once), and recursion
 * runs on the caller's stack, so its depth is bounded by the thread's stack size.
 *
 * <p>Thread-safe: every factory may be called from any thread, and every memo it returns is thread-safe.
 */
public final class Memo {

    /**
     * How many computations may nest on one thread's stack before {@code self.apply} trampolines instead of recursing
     * deeper; see {@link RecursiveFunction}. A memoized DP 100,000 levels deep runs on a 224 KiB thread stack even
     * before the JIT has compiled it (measured on JDK 17 and 25; each level passes through the memo's hit path, a
     * method handle that keeps the miss path out of it, and the function), under a quarter of a default 1 MiB thread
     * stack; the trampoline's cost is one cheap, stackless throw per 64 levels.
     */
    public static final int INLINE_DEPTH = 64;

    private Memo() {}

    /** {@return a builder with the defaults: unbounded, no expiry, exceptions not cached, no statistics} */
    public static MemoBuilder<Object, Object> builder() {
        return new MemoBuilder<>();
    }

    /**
     * {@return an unbounded memo of {@code function}}
     *
     * @param <K> the key (argument) type
     * @param <V> the result type
     * @param function the function to memoize
     */
    public static <K, V> MemoFunction<K, V> function(Function<? super K, ? extends V> function) {
        return builder().function(function);
    }

    /**
     * {@return an unbounded memo of a two-argument {@code function}}
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <V> the result type
     * @param function the function to memoize
     */
    public static <A, B, V> MemoBiFunction<A, B, V> biFunction(BiFunction<? super A, ? super B, ? extends V> function) {
        return builder().biFunction(function);
    }

    /**
     * {@return an unbounded memo of a function that calls itself through {@code self}}
     *
     * @param <K> the key (argument) type
     * @param <V> the result type
     * @param function the function to memoize, given the memo for its recursive calls
     */
    public static <K, V> MemoFunction<K, V> recursive(RecursiveFunction<K, V> function) {
        return builder().recursive(function);
    }

    /**
     * {@return a value computed by {@code supplier} on the first {@code get()} and cached from then on}
     *
     * @param <T> the value type
     * @param supplier computes the value on first use
     */
    public static <T> MemoSupplier<T> lazy(Supplier<? extends T> supplier) {
        return builder().supplier(supplier);
    }
}
