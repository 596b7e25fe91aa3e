package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoConfig;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A {@link CellMemo} on a {@code ConcurrentHashMap} (unbounded, never expiring): this class exists for its own copy of the hit path (see {@link CellMemo#apply}).
 * Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the result type
 */
final class HashMapMemo<K, V> extends CellMemo<K, V> {

  private final ConcurrentHashMap<Object, Object> map;

  @SuppressWarnings("unchecked")
  HashMapMemo(MemoConfig config, Store store, Stats stats, Function<CellMemo<K, V>, Function<Object, ?>> bodyOf) {
    super(config, store, stats, bodyOf);
    this.map = (ConcurrentHashMap<Object, Object>) store.map;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V apply(K key) {
    Object k = key == null ? Keys.NULL_KEY : key;
    Object v = map.get(k);
    if (v != null && !(v instanceof Internal)) {
      stats.hit();
      return (V) v;
    }
    return miss(k);
  }
}
