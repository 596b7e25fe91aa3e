package dev.perfkit.memo;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Ticker;
import dev.perfkit.internal.MemoEngines;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;

/**
 * Configures and builds memos. Every option is optional; the default memo is unbounded, never expires, does not cache
 * exceptions and records no statistics.
 *
 * <pre>{@code
 * MemoFunction<String, Price> price = Memo.builder()
 *     .maximumSize(10_000)
 *     .expireAfterWrite(Duration.ofMinutes(5))   // counted from when the price was computed
 *     .recordStats(registry, "price")            // price.hits, price.misses, ..., timer price.load
 *     .function(this::fetchPrice);
 * }</pre>
 *
 * <p>Not thread-safe; the built memos are. Setters validate their argument at once; the combination is validated
 * when a memo is built, with an {@link IllegalStateException} that says what to change.
 *
 * @param <K> the key type that a {@linkplain #weigher weigher} accepts ({@code Object} until one is set)
 * @param <V> the value type that a weigher accepts
 */
public final class MemoBuilder<K, V> {

    private long maximumSize = MemoConfig.UNSET;
    private long maximumWeight = MemoConfig.UNSET;
    private ToIntBiFunction<Object, Object> weigher;
    private long expireAfterWriteNanos = MemoConfig.UNSET;
    private long expireAfterAccessNanos = MemoConfig.UNSET;
    private boolean cacheExceptions;
    private Ticker ticker = Ticker.system();
    private boolean recordStats;
    private PerfRegistry registry;
    private String name = "memo";

    MemoBuilder() {}

    /**
     * Keeps at most {@code maximumSize} results, evicting the ones least likely to be used again (Caffeine's
     * W-TinyLFU policy). 0 keeps nothing, which still gives single flight. Computations in flight do not count.
     *
     * @param maximumSize the most results kept, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code maximumSize} is negative
     */
    public MemoBuilder<K, V> maximumSize(long maximumSize) {
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximumSize must not be negative, got " + maximumSize);
        }
        this.maximumSize = maximumSize;
        return this;
    }

    /**
     * Keeps results whose total {@linkplain #weigher weight} is at most {@code maximumWeight}. Needs a weigher.
     *
     * @param maximumWeight the most total weight kept, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code maximumWeight} is negative
     */
    public MemoBuilder<K, V> maximumWeight(long maximumWeight) {
        if (maximumWeight < 0) {
            throw new IllegalArgumentException("maximumWeight must not be negative, got " + maximumWeight);
        }
        this.maximumWeight = maximumWeight;
        return this;
    }

    /**
     * Sets how much a (key, result) pair weighs against {@link #maximumWeight}: a non-negative number, computed once
     * when the result is cached. For a two-argument memo the key is the {@code List} of both arguments.
     *
     * @param <K1> the key type the weigher accepts
     * @param <V1> the value type the weigher accepts
     * @param weigher the weight of a (key, result) pair; must return a non-negative number
     * @return this builder, typed for the weigher's key and value
     */
    @SuppressWarnings("unchecked")
    public <K1 extends K, V1 extends V> MemoBuilder<K1, V1> weigher(ToIntBiFunction<? super K1, ? super V1> weigher) {
        this.weigher = (ToIntBiFunction<Object, Object>) Objects.requireNonNull(weigher, "weigher");
        return (MemoBuilder<K1, V1>) this;
    }

    /**
     * Expires a result {@code duration} after its computation <em>completed</em>; must be positive.
     *
     * @param duration how long a result lives after its computation completed; positive
     * @return this builder
     */
    public MemoBuilder<K, V> expireAfterWrite(Duration duration) {
        this.expireAfterWriteNanos = positiveNanos(duration, "expireAfterWrite");
        return this;
    }

    /**
     * Expires a result {@code duration} after it was last returned (or computed); must be positive.
     *
     * @param duration how long a result lives after it was last returned or computed; positive
     * @return this builder
     */
    public MemoBuilder<K, V> expireAfterAccess(Duration duration) {
        this.expireAfterAccessNanos = positiveNanos(duration, "expireAfterAccess");
        return this;
    }

    /**
     * Whether an exception thrown by the function is cached and rethrown (the same instance) to later callers
     * ({@code true}), or only passed to the callers waiting for that computation so that the next call retries
     * ({@code false}, the default). {@link Error}s and {@link MemoCycleException}s are never cached.
     *
     * @param cacheExceptions {@code true} to cache and rethrow exceptions, {@code false} to retry on the next call
     * @return this builder
     */
    public MemoBuilder<K, V> cacheExceptions(boolean cacheExceptions) {
        this.cacheExceptions = cacheExceptions;
        return this;
    }

    /**
     * Sets the ticker that expiry and load times read; tests pass a scripted one. Default {@link Ticker#system()}.
     *
     * @param ticker the time source, in nanoseconds
     * @return this builder
     */
    public MemoBuilder<K, V> ticker(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        return this;
    }

    /**
     * Counts hits, misses, loads, load failures, evictions and load time, readable through {@code stats()}.
     *
     * @return this builder
     */
    public MemoBuilder<K, V> recordStats() {
        this.recordStats = true;
        return this;
    }

    /**
     * Counts like {@link #recordStats()} and also publishes to {@code registry}: counters {@code <name>.hits},
     * {@code <name>.misses}, {@code <name>.loads}, {@code <name>.load-failures}, {@code <name>.evictions} and a timer
     * {@code <name>.load} with the duration of every computation, so {@link PerfRegistry#report()} shows them.
     *
     * @param registry the registry that receives the counters and the load timer
     * @param name the memo's name, the prefix of its meter names
     * @return this builder
     */
    public MemoBuilder<K, V> recordStats(PerfRegistry registry, String name) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.name = checkName(name);
        this.recordStats = true;
        return this;
    }

    /**
     * Names the memo, for messages (and meter names, see {@link #recordStats(PerfRegistry, String)}).
     *
     * @param name the memo's name
     * @return this builder
     */
    public MemoBuilder<K, V> name(String name) {
        this.name = checkName(name);
        return this;
    }

    /**
     * Builds a memo of {@code function}.
     *
     * @param <K1> the key (argument) type
     * @param <V1> the result type
     * @param function the function to memoize
     * @return a thread-safe memo of {@code function}
     * @throws IllegalStateException if the options do not go together
     */
    public <K1 extends K, V1 extends V> MemoFunction<K1, V1> function(Function<? super K1, ? extends V1> function) {
        Objects.requireNonNull(function, "function");
        return MemoEngines.engine().function(config(true), function);
    }

    /**
     * Builds a memo of a two-argument {@code function}; the pair of arguments is the key.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <V1> the result type
     * @param function the function to memoize
     * @return a thread-safe memo of {@code function}
     * @throws IllegalStateException if the options do not go together
     */
    public <A, B, V1 extends V> MemoBiFunction<A, B, V1> biFunction(
            BiFunction<? super A, ? super B, ? extends V1> function) {
        Objects.requireNonNull(function, "function");
        return MemoEngines.engine().biFunction(config(true), function);
    }

    /**
     * Builds a memo of a function that calls itself through {@code self}; see {@link RecursiveFunction}.
     *
     * @param <K1> the key (argument) type
     * @param <V1> the result type
     * @param function the function to memoize, given the memo itself for its recursive calls
     * @return a thread-safe memo of {@code function}
     * @throws IllegalStateException if the options do not go together
     */
    public <K1 extends K, V1 extends V> MemoFunction<K1, V1> recursive(RecursiveFunction<K1, V1> function) {
        Objects.requireNonNull(function, "function");
        return MemoEngines.engine().recursive(config(true), function);
    }

    /**
     * Builds a lazy value; a size or weight bound is rejected (a supplier holds one value).
     *
     * @param <T> the value type
     * @param supplier computes the value on first use
     * @return a thread-safe lazy value
     * @throws IllegalStateException if a size or weight bound is set, or the options do not go together
     */
    public <T extends V> MemoSupplier<T> supplier(Supplier<? extends T> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return MemoEngines.engine().supplier(config(false), supplier);
    }

    /** Validates the combination of options and returns the configuration. */
    MemoConfig config(boolean keyed) {
        if (!keyed && (maximumSize != MemoConfig.UNSET || maximumWeight != MemoConfig.UNSET)) {
            throw new IllegalStateException("memo '" + name + "': a supplier holds one value, so maximumSize and "
                    + "maximumWeight do not apply; remove them");
        }
        if (maximumSize != MemoConfig.UNSET && maximumWeight != MemoConfig.UNSET) {
            throw new IllegalStateException(
                    "memo '" + name + "': maximumSize and maximumWeight are exclusive; keep one");
        }
        if ((maximumWeight != MemoConfig.UNSET) != (weigher != null)) {
            throw new IllegalStateException("memo '" + name + "': maximumWeight and weigher go together; "
                    + (weigher == null ? "add a weigher" : "add maximumWeight or remove the weigher"));
        }
        if (expireAfterWriteNanos != MemoConfig.UNSET && expireAfterAccessNanos != MemoConfig.UNSET) {
            throw new IllegalStateException(
                    "memo '" + name + "': expireAfterWrite and expireAfterAccess are exclusive; " + "keep one");
        }
        return new MemoConfig(
                maximumSize,
                maximumWeight,
                weigher,
                expireAfterWriteNanos,
                expireAfterAccessNanos,
                cacheExceptions,
                ticker,
                recordStats,
                registry,
                name);
    }

    private static long positiveNanos(Duration duration, String option) {
        Objects.requireNonNull(duration, option);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(option + " must be positive, got " + duration);
        }
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "memo name must be a non-blank string, got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }
}
