package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoConfig;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A {@link CellMemo} on {@code ConcurrentHashMap}s (unbounded, never expiring): this class exists for its own copy of
 * the hit path (see {@link CellMemo#apply}), a lookup in the map of plain results ({@link Store#results}). Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the result type
 */
final class HashMapMemo<K, V> extends CellMemo<K, V> {

    private final ConcurrentHashMap<Object, Object> map;

    @SuppressWarnings("unchecked")
    HashMapMemo(MemoConfig config, Store store, Stats stats, Function<CellMemo<K, V>, Function<Object, ?>> bodyOf) {
        super(config, store, stats, bodyOf);
        this.map = (ConcurrentHashMap<Object, Object>) store.results;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V apply(K key) {
        Object k = key == null ? Keys.NULL_KEY : key;
        Object v = map.get(k); // plain results only: no need to tell a result from a cell
        if (v != null) {
            if (recording) {
                stats.hit();
            }
            return (V) v;
        }
        return miss(k);
    }
}
