package dev.perfkit.core.internal.memo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.perfkit.Ticker;
import dev.perfkit.memo.MemoConfig;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.ToIntBiFunction;

/**
 * The maps behind a memo: {@link #map}, a {@link ConcurrentHashMap} of the computations in flight ({@link Cell}s),
 * and {@link #results}, where finished outcomes are published. Unbounded and never expiring, {@code results} is a
 * second {@code ConcurrentHashMap} that holds only plain results, and cached {@code null}s and exceptions stay in
 * {@code map}: a hit is one {@code get} and a non-null check, and never reads the result object itself (its header,
 * for an {@code instanceof}) to tell it from a cell. Bounded or expiring, {@code results} is a Caffeine cache (through
 * {@code asMap()}) that holds every cached outcome and nothing else, configured exactly as a plain cache with the same
 * bound would be ({@code maximumSize} without a weigher): cells never count against the bound or delay Caffeine's
 * frequency sketch, single flight survives any bound, and expiry after write counts from the publication, that is,
 * from when the computation completed.
 *
 * <p>Caffeine's maintenance (draining its read buffers, evicting, the eviction listener) runs on its default
 * executor, as in a plain Caffeine cache: running it on the calling thread instead put the amortized cost of the
 * drains on hits and made a bounded hit about 3x slower than Caffeine's own in the benchmark. {@link #cleanUp()} runs
 * whatever is pending synchronously, so statistics read after it count every eviction due by then.
 */
final class Store {

    /** The computations in flight; unbounded, also the cached {@code null}s and exceptions. */
    final ConcurrentMap<Object, Object> map;
    /** Where outcomes are published: plain results only when unbounded, every cached outcome in a Caffeine cache. */
    final ConcurrentMap<Object, Object> results;

    private final Cache<Object, Object> cache;

    private Store(
            ConcurrentMap<Object, Object> map, ConcurrentMap<Object, Object> results, Cache<Object, Object> cache) {
        this.map = map;
        this.results = results;
        this.cache = cache;
    }

    static Store of(MemoConfig config, Stats stats) {
        if (!config.isBounded() && !config.expires()) {
            return new Store(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), null);
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder();
        Ticker ticker = config.ticker();
        if (ticker != Ticker.system()) {
            builder.ticker(ticker::nanos);
        }
        if (config.maximumSize() != MemoConfig.UNSET) {
            builder.maximumSize(config.maximumSize());
        } else if (config.maximumWeight() != MemoConfig.UNSET) {
            ToIntBiFunction<Object, Object> weigher = config.weigher();
            builder.maximumWeight(config.maximumWeight())
                    .weigher((k, v) -> weigher.applyAsInt(Keys.unwrap(k), Outcome.peek(v)));
        }
        if (config.expires()) {
            boolean afterAccess = config.expireAfterAccessNanos() != MemoConfig.UNSET;
            builder.expireAfter(new ResultExpiry(
                    afterAccess ? config.expireAfterAccessNanos() : config.expireAfterWriteNanos(), afterAccess));
        }
        if (stats.enabled) {
            builder.evictionListener((k, v, cause) -> {
                if (cause.wasEvicted()) {
                    stats.evicted();
                }
            });
        }
        Cache<Object, Object> cache = builder.build();
        return new Store(new ConcurrentHashMap<>(), cache.asMap(), cache);
    }

    /** Runs pending maintenance, so that evictions due by now have happened and been counted. */
    void cleanUp() {
        if (cache != null) {
            cache.cleanUp();
        }
    }

    /** Whether this is a Caffeine cache (bounded or expiring). */
    boolean isCache() {
        return cache != null;
    }

    /**
     * Caches {@code outcome} for {@code k} in place of {@code cell}, unless the cell was removed meanwhile (by
     * {@code invalidate}): then nothing is cached and only the cell's waiters get the outcome. An outcome that belongs
     * in {@link #results} (a plain result; in a Caffeine cache, every outcome) moves there while {@link #map} still
     * holds the cell for it (inside {@code computeIfPresent}), so an {@code invalidate} that removes the cell first
     * prevents it, and one that comes after finds the result to remove. The Caffeine {@code put} runs the memo's
     * weigher, if any, under that map's bin lock: a weigher must not call the memo.
     */
    void publish(Object k, Cell cell, Object outcome) {
        if (isCache() || !(outcome instanceof Internal)) {
            map.computeIfPresent(k, (key, current) -> {
                if (current != cell) {
                    return current;
                }
                results.put(key, outcome);
                return null;
            });
        } else {
            map.replace(k, cell, outcome);
        }
    }

    /** Drops the entry of {@code k}: the cell or cached outcome in {@link #map} first, then a published result. */
    void remove(Object k) {
        map.remove(k);
        results.remove(k);
    }

    void clear() {
        map.clear();
        results.clear();
    }

    long estimatedSize() {
        if (cache == null) {
            return (long) map.size() + results.size();
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Outcomes live {@code nanos} after publication (or access). */
    private static final class ResultExpiry implements Expiry<Object, Object> {
        private final long nanos;
        private final boolean afterAccess;

        ResultExpiry(long nanos, boolean afterAccess) {
            this.nanos = nanos;
            this.afterAccess = afterAccess;
        }

        @Override
        public long expireAfterCreate(Object key, Object value, long currentTime) {
            return nanos;
        }

        @Override
        public long expireAfterUpdate(Object key, Object value, long currentTime, long currentDuration) {
            return nanos;
        }

        @Override
        public long expireAfterRead(Object key, Object value, long currentTime, long currentDuration) {
            return afterAccess ? nanos : currentDuration;
        }
    }
}
