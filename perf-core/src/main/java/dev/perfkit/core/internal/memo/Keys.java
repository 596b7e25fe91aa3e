package dev.perfkit.core.internal.memo;

/** Key handling shared by the memos: {@code null} keys, and the rejection of keys without value equality. */
final class Keys {

    /** Stands for the {@code null} key, which concurrent maps do not accept. */
    static final Object NULL_KEY = new Internal.Marker("null");

    private Keys() {}

    /** The key as stored in the map. */
    static Object wrap(Object key) {
        return key == null ? NULL_KEY : key;
    }

    /** The key as the function receives it. */
    static Object unwrap(Object key) {
        return key == NULL_KEY ? null : key;
    }

    /**
     * Rejects a key that cannot hit: an array, or a pair holding one. Runs on misses only, so hits pay nothing (and an
     * array key never gets as far as a hit: its first call is a miss).
     *
     * @throws IllegalArgumentException saying why and what to use instead
     */
    static void check(Object key, String memo) {
        if (key instanceof ArgPair pair) {
            check(pair.first, memo);
            check(pair.second, memo);
        } else if (key != null && key.getClass().isArray()) {
            String type = key.getClass().getSimpleName();
            throw new IllegalArgumentException(
                    "memo '" + memo + "': a key of type " + type + " cannot be memoized: arrays "
                            + "compare by identity, so an equal array passed later would never hit and every call"
                            + " would compute again. Use a key with value equality instead: a List (List.of(...),"
                            + " or IntStream.of(array).boxed().toList() for an int[]), a record, or a String");
        }
    }
}
