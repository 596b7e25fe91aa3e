package dev.perfkit.core.internal.memo;

import dev.perfkit.memo.MemoConfig;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A {@link CellMemo} on Caffeine's {@code asMap()} view (bounded or expiring): this class exists for its own copy of
 * the hit path (see {@link CellMemo#apply}). Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the result type
 */
final class CaffeineMemo<K, V> extends CellMemo<K, V> {

    private final ConcurrentMap<Object, Object> map;

    CaffeineMemo(MemoConfig config, Store store, Stats stats, Function<CellMemo<K, V>, Function<Object, ?>> bodyOf) {
        super(config, store, stats, bodyOf);
        this.map = store.results;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V apply(K key) {
        Object k = key == null ? Keys.NULL_KEY : key;
        Object v = map.get(k);
        if (v != null && !(v instanceof Internal)) {
            if (recording) {
                stats.hit();
            }
            return (V) v;
        }
        return miss(k);
    }
}
