package dev.perfkit.jdbc.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A concurrent map that holds at most a fixed number of keys: {@link #get} finds a key's value, creating it while
 * there is room, and answers {@code null} once the table is full, so the caller counts the overflow. Keys are never
 * removed.
 *
 * <p>Thread-safe. A key already present costs one {@link ConcurrentHashMap#get} (lock-free); the first sighting of a
 * key reserves a place with one atomic increment and inserts with {@link ConcurrentHashMap#putIfAbsent}, which may
 * lock one bin of the map briefly. When two threads race on the last free place, one may be told the table is full
 * although a place frees up again a moment later (its reservation is returned because another thread won the same
 * key); the size never exceeds the bound.
 *
 * @param <K> the key
 * @param <V> the value, created once per key
 */
final class BoundedTable<K, V> {

    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final int maxKeys;
    private final Function<K, V> create;

    BoundedTable(int maxKeys, Function<K, V> create) {
        this.maxKeys = maxKeys;
        this.create = create;
    }

    /**
     * The value of {@code key}, created if there is room; {@code null} when the key is new and the table is full, or
     * when the function creating values answered {@code null} for it (nothing is kept then).
     */
    V get(K key) {
        V v = map.get(key);
        if (v != null) {
            return v;
        }
        if (reserved.get() >= maxKeys) {
            return null;
        }
        if (reserved.incrementAndGet() > maxKeys) {
            reserved.decrementAndGet();
            return null;
        }
        V fresh;
        try {
            fresh = create.apply(key);
        } catch (RuntimeException | Error e) {
            reserved.decrementAndGet();
            throw e;
        }
        if (fresh == null) {
            reserved.decrementAndGet();
            return null;
        }
        V raced = map.putIfAbsent(key, fresh);
        if (raced != null) {
            reserved.decrementAndGet();
            return raced;
        }
        return fresh;
    }

    /** The entries, a weakly consistent view (see {@link ConcurrentHashMap}). */
    Iterable<Map.Entry<K, V>> entries() {
        return map.entrySet();
    }

    /** The number of keys. */
    int size() {
        return map.size();
    }
}
