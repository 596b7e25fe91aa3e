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
 * The maps behind a memo. Unbounded and never expiring: two {@link ConcurrentHashMap}s, {@link #results} holding
 * only plain results and {@link #map} everything else (in-flight {@link Cell}s, cached {@code null}s and exceptions),
 * so that a hit is one {@code get} on {@code results} and a non-null check: it never reads the result object itself
 * (its header, for an {@code instanceof}) to tell it from a cell. Otherwise a Caffeine cache used through
 * {@code asMap()} as the one map for everything, configured so that in-flight {@link Cell}s are never evicted or
 * expired (weight 0, no expiry) and results are: single flight survives the bound, and expiry after write counts from
 * the {@code replace} that publishes the result, that is, from when the computation completed.
 *
 * <p>Caffeine's maintenance (draining its read buffers, evicting, the eviction listener) runs on its default
 * executor, as in a plain Caffeine cache: running it on the calling thread instead put the amortized cost of the
 * drains on hits and made a bounded hit about 3x slower than Caffeine's own in the benchmark. {@link #cleanUp()} runs
 * whatever is pending synchronously, so statistics read after it count every eviction due by then.
 */
final class Store {

  /** Every key being computed or cached; with a separate {@link #results}, all but the plain results. */
  final ConcurrentMap<Object, Object> map;
  /** Where plain results are published: a map of its own when unbounded, else {@link #map} itself. */
  final ConcurrentMap<Object, Object> results;
  private final Cache<Object, Object> cache;

  private Store(ConcurrentMap<Object, Object> map, ConcurrentMap<Object, Object> results,
      Cache<Object, Object> cache) {
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
    return new Store(cache.asMap(), cache.asMap(), cache);
  }

  /** Runs pending maintenance, so that evictions due by now have happened and been counted. */
  void cleanUp() {
    if (cache != null) {
      cache.cleanUp();
    }
  }

  /** Whether plain results live in {@link #results}, apart from {@link #map}. */
  boolean split() {
    return results != map;
  }

  /**
   * Caches {@code outcome} for {@code k} in place of {@code cell}, unless the cell was removed meanwhile (by
   * {@code invalidate} or eviction): then nothing is cached and only the cell's waiters get the outcome. A plain result
   * of a split store moves to {@link #results} while {@link #map} still holds the cell for it (inside
   * {@code compute}), so an {@code invalidate} that removes the cell first prevents it, and one that comes after
   * finds the result to remove.
   */
  void publish(Object k, Cell cell, Object outcome) {
    if (split() && !(outcome instanceof Internal)) {
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
    if (split()) {
      results.remove(k);
    }
  }

  void clear() {
    map.clear();
    if (split()) {
      results.clear();
    }
  }

  long estimatedSize() {
    if (cache == null) {
      return map.size() + results.size();
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
