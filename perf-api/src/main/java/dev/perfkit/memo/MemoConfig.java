package dev.perfkit.memo;

import dev.perfkit.PerfRegistry;
import dev.perfkit.Ticker;
import java.util.Optional;
import java.util.function.ToIntBiFunction;

/**
 * The immutable, validated configuration of a memo, as {@link MemoBuilder} hands it to the
 * {@link dev.perfkit.spi.MemoEngine}. Application code uses the builder instead.
 *
 * <p>A value of {@value #UNSET} means the option is not set.
 */
public final class MemoConfig {

    /** The value of a numeric option that is not set. */
    public static final long UNSET = -1;

    private final long maximumSize;
    private final long maximumWeight;
    private final ToIntBiFunction<Object, Object> weigher;
    private final long expireAfterWriteNanos;
    private final long expireAfterAccessNanos;
    private final boolean cacheExceptions;
    private final Ticker ticker;
    private final boolean recordStats;
    private final PerfRegistry registry;
    private final String name;

    MemoConfig(
            long maximumSize,
            long maximumWeight,
            ToIntBiFunction<Object, Object> weigher,
            long expireAfterWriteNanos,
            long expireAfterAccessNanos,
            boolean cacheExceptions,
            Ticker ticker,
            boolean recordStats,
            PerfRegistry registry,
            String name) {
        this.maximumSize = maximumSize;
        this.maximumWeight = maximumWeight;
        this.weigher = weigher;
        this.expireAfterWriteNanos = expireAfterWriteNanos;
        this.expireAfterAccessNanos = expireAfterAccessNanos;
        this.cacheExceptions = cacheExceptions;
        this.ticker = ticker;
        this.recordStats = recordStats;
        this.registry = registry;
        this.name = name;
    }

    /** {@return the most results kept, or {@link #UNSET}} */
    public long maximumSize() {
        return maximumSize;
    }

    /** {@return the most total weight kept, or {@link #UNSET}; set together with {@link #weigher()}} */
    public long maximumWeight() {
        return maximumWeight;
    }

    /**
     * {@return the weigher of a (key, result) pair, non-negative; {@code null} unless {@link #maximumWeight()} is set}
     */
    public ToIntBiFunction<Object, Object> weigher() {
        return weigher;
    }

    /** {@return true when a size or weight bound is set} */
    public boolean isBounded() {
        return maximumSize != UNSET || maximumWeight != UNSET;
    }

    /** {@return how long a result lives after its computation completed, in nanoseconds, or {@link #UNSET}} */
    public long expireAfterWriteNanos() {
        return expireAfterWriteNanos;
    }

    /** {@return how long a result lives after it was last returned or computed, in nanoseconds, or {@link #UNSET}} */
    public long expireAfterAccessNanos() {
        return expireAfterAccessNanos;
    }

    /** {@return true when results expire after write or after access} */
    public boolean expires() {
        return expireAfterWriteNanos != UNSET || expireAfterAccessNanos != UNSET;
    }

    /**
     * {@return whether an exception is cached like a result (true) or passed to waiting callers and then forgotten
     * (false)}
     */
    public boolean cacheExceptions() {
        return cacheExceptions;
    }

    /** {@return the ticker that expiry and load times read} */
    public Ticker ticker() {
        return ticker;
    }

    /** {@return whether hits, misses, loads and evictions are counted} */
    public boolean recordStats() {
        return recordStats;
    }

    /** {@return the registry that receives the statistics as counters and a load timer, if one was given} */
    public Optional<PerfRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    /** {@return the memo's name, used for meter names and in messages; {@code "memo"} if none was given} */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "MemoConfig[name=" + name + ", maximumSize=" + maximumSize + ", maximumWeight=" + maximumWeight
                + ", expireAfterWriteNanos=" + expireAfterWriteNanos + ", expireAfterAccessNanos="
                + expireAfterAccessNanos
                + ", cacheExceptions=" + cacheExceptions + ", recordStats=" + recordStats
                + ", registry=" + (registry != null) + "]";
    }
}
