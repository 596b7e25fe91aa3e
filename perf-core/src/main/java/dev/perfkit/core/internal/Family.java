package dev.perfkit.core.internal;

import dev.perfkit.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The meters of one name, by tags. A lookup that finds its meter is one hash lookup by tags (the hash is cached in
 * {@link Tags}), or one field read for the meter without tags, and allocates nothing. Thread-safe.
 *
 * @param <M> the meter type
 */
final class Family<M> {

    private final Map<Tags, M> byTags = new ConcurrentHashMap<>();
    /** The meter without tags, once created: the lookup by name alone skips the map. */
    private volatile M untagged;

    /** Creates a family holding its first meter. */
    Family(Tags tags, M first) {
        byTags.put(tags, first);
        if (tags.isEmpty()) {
            untagged = first;
        }
    }

    /** The meter with these tags, or null. */
    M get(Tags tags) {
        return tags.isEmpty() ? untagged : byTags.get(tags);
    }

    /**
     * Returns the meter with these tags, creating it with {@code factory} if absent; null when absent and the factory
     * returns null (the registry denied it). The factory runs at most once per tags.
     */
    M getOrCreate(Tags tags, Supplier<M> factory) {
        M m = byTags.computeIfAbsent(tags, t -> factory.get());
        if (m != null && tags.isEmpty()) {
            untagged = m;
        }
        return m;
    }

    /** Every meter of this family, in no particular order. */
    Iterable<M> meters() {
        return byTags.values();
    }
}
