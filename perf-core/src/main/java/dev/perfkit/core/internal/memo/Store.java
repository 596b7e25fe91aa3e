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
 * The map behind a memo. Unbounded and never expiring: a {@link ConcurrentHashMap}, whose {@code get} is the
 * cheapest hit there is. Otherwise a Caffeine cache used through {@code asMap()}, configured so that in-flight
 * {@link Cell}s are never evicted or expired (weight 0, no expiry) and results are: single flight survives the
 * bound, and expiry after write counts from the {@code replace} that publishes the result, that is, from when the
 * computation completed.
 *
 * <p>Caffeine's maintenance (draining its read buffers, evicting, the eviction listener) runs on its default
 * executor, as in a plain Caffeine cache: running it on the calling thread instead put the amortized cost of the
 * drains on hits and made a bounded hit about 3x slower than Caffeine's own in the benchmark. {@link #cleanUp()} runs
 * whatever is pending synchronously, so statistics read after it count every eviction due by then.
 */
final class Store {

  final ConcurrentMap<Object, Object> map;
  private final Cache<Object, Object> cache;

  private Store(ConcurrentMap<Object, Object> map, Cache<Object, Object> cache) {
    this.map = map;
    this.cache = cache;
  }

  static Store of(MemoConfig config, Stats stats) {
    if (!config.isBounded() && !config.expires()) {
      return new Store(new ConcurrentHashMap<>(), null);
    }
    Caffeine<Object, Object> builder = Caffeine.newBuilder();
    Ticker ticker = config.ticker();
    if (ticker != Ticker.system()) {
      builder.ticker(ticker::nanos);
    }
    if (config.maximumSize() != MemoConfig.UNSET) {
      builder.maximumWeight(config.maximumSize()).weigher((k, v) -> v instanceof Cell ? 0 : 1);
    } else if (config.maximumWeight() != MemoConfig.UNSET) {
      ToIntBiFunction<Object, Object> weigher = config.weigher();
      builder.maximumWeight(config.maximumWeight())
          .weigher((k, v) -> v instanceof Cell ? 0 : weigher.applyAsInt(Keys.unwrap(k), Outcome.peek(v)));
    }
    if (config.expires()) {
      boolean afterAccess = config.expireAfterAccessNanos() != MemoConfig.UNSET;
      builder.expireAfter(new ResultExpiry(
          afterAccess ? config.expireAfterAccessNanos() : config.expireAfterWriteNanos(), afterAccess));
    }
    if (stats.enabled) {
      builder.evictionListener((k, v, cause) -> {
        if (cause.wasEvicted() && !(v instanceof Cell)) {
          stats.evicted();
        }
      });
    }
    Cache<Object, Object> cache = builder.build();
    return new Store(cache.asMap(), cache);
  }

  /** Runs pending maintenance, so that evictions due by now have happened and been counted. */
  void cleanUp() {
    if (cache != null) {
      cache.cleanUp();
    }
  }

  long estimatedSize() {
    if (cache == null) {
      return map.size();
    }
    cache.cleanUp();
    return cache.estimatedSize();
  }

  /** Results live {@code nanos} after write (or access); cells never expire. */
  private static final class ResultExpiry implements Expiry<Object, Object> {
    private final long nanos;
    private final boolean afterAccess;

    ResultExpiry(long nanos, boolean afterAccess) {
      this.nanos = nanos;
      this.afterAccess = afterAccess;
    }

    @Override
    public long expireAfterCreate(Object key, Object value, long currentTime) {
      return value instanceof Cell ? Long.MAX_VALUE : nanos;
    }

    @Override
    public long expireAfterUpdate(Object key, Object value, long currentTime, long currentDuration) {
      return value instanceof Cell ? Long.MAX_VALUE : nanos;
    }

    @Override
    public long expireAfterRead(Object key, Object value, long currentTime, long currentDuration) {
      return afterAccess && !(value instanceof Cell) ? nanos : currentDuration;
    }
  }
}
