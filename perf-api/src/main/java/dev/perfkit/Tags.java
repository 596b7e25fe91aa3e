package dev.perfkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable set of key/value pairs that, with a name, identifies a timer or a counter: {@code http.server} with
 * {@code method=GET, status=200} is one meter, {@code http.server} with {@code method=POST, status=200} another.
 *
 * <p>Order does not matter: pairs are kept sorted by key, so {@code Tags.of("a", "1", "b", "2")} equals
 * {@code Tags.of("b", "2", "a", "1")}. Keys are unique: a later pair with the same key replaces the earlier one, as
 * {@link #and(String, String)} does.
 *
 * <p>Keep tags that are constants in a {@code static final} field and look meters up with them
 * ({@link PerfRegistry#timer(String, Tags)}): the hash is computed once, at construction, so a lookup that finds its
 * meter allocates nothing. Building tags allocates (a few small arrays).
 *
 * <p>Keys are chosen by the programmer, like meter names, and are checked at construction: a null or blank key, a key
 * longer than {@value #MAX_KEY_LENGTH} characters, more than {@value #MAX_TAGS} pairs or an odd number of strings
 * throws {@link IllegalArgumentException} naming the problem. Values are often data (a status code, a route) and are
 * never a reason to throw: a null value becomes the string {@code "null"}, a value longer than
 * {@value #MAX_VALUE_LENGTH} characters is cut to that length, and {@link #clampedValues()} counts both, so that a
 * registry can report them. Thread-safe.
 */
public final class Tags implements Comparable<Tags> {

    /** The most pairs one set of tags holds. */
    public static final int MAX_TAGS = 16;
    /** The longest accepted key, in characters. */
    public static final int MAX_KEY_LENGTH = 100;
    /** The longest value kept, in characters; longer values are cut to this length. */
    public static final int MAX_VALUE_LENGTH = 200;

    private static final String[] NONE = {};
    private static final Tags EMPTY = new Tags(NONE, NONE, 0);

    private final String[] keys;
    private final String[] values;
    private final int clampedValues;
    private final int hash;

    private Tags(String[] keys, String[] values, int clampedValues) {
        this.keys = keys;
        this.values = values;
        this.clampedValues = clampedValues;
        this.hash = 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    /**
     * Returns the empty set of tags: the tags of a meter looked up by name alone.
     *
     * @return the empty tags
     */
    public static Tags empty() {
        return EMPTY;
    }

    /**
     * Returns tags holding one pair.
     *
     * @param key the tag's key
     * @param value the tag's value; null and overlong values are clamped
     * @return tags holding one pair
     */
    public static Tags of(String key, String value) {
        return EMPTY.and(key, value);
    }

    /**
     * Returns tags from alternating keys and values: {@code Tags.of("method", "GET", "status", "200")}.
     *
     * @param keysAndValues keys and values, alternating
     * @return tags from alternating keys and values
     * @throws IllegalArgumentException if the number of strings is odd, a key is invalid or there are more than
     *     {@value #MAX_TAGS} distinct keys
     */
    public static Tags of(String... keysAndValues) {
        Objects.requireNonNull(keysAndValues, "keysAndValues");
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("tags need a value for every key, got an odd number of strings ("
                    + keysAndValues.length + "): " + Arrays.toString(keysAndValues));
        }
        Tags t = EMPTY;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            t = t.and(keysAndValues[i], keysAndValues[i + 1]);
        }
        return t;
    }

    /**
     * Returns tags holding the map's entries; checked as {@link #of(String...)} checks its strings.
     *
     * @param pairs the pairs
     * @return tags holding the map's entries
     */
    public static Tags of(Map<String, String> pairs) {
        Tags t = EMPTY;
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            t = t.and(e.getKey(), e.getValue());
        }
        return t;
    }

    /**
     * Returns these tags with one more pair; a pair with the same key is replaced. Checks the key and clamps the value
     * as described in the class documentation.
     *
     * @param key the tag's key
     * @param value the tag's value; null and overlong values are clamped
     * @return the combined tags
     * @throws IllegalArgumentException if the key is null, blank or longer than {@value #MAX_KEY_LENGTH} characters,
     *     or if the result would hold more than {@value #MAX_TAGS} pairs
     */
    public Tags and(String key, String value) {
        checkKey(key);
        int clamped = clampedValues;
        String v = value;
        if (v == null) {
            v = "null";
            clamped++;
        } else if (v.length() > MAX_VALUE_LENGTH) {
            int cut = MAX_VALUE_LENGTH;
            if (Character.isHighSurrogate(v.charAt(cut - 1))) {
                cut--; // never keep half of a surrogate pair
            }
            v = v.substring(0, cut);
            clamped++;
        }
        int at = Arrays.binarySearch(keys, key);
        if (at >= 0) {
            if (values[at].equals(v)) {
                return clamped == clampedValues ? this : new Tags(keys, values, clamped);
            }
            String[] vs = values.clone();
            vs[at] = v;
            return new Tags(keys, vs, clamped);
        }
        if (keys.length == MAX_TAGS) {
            throw new IllegalArgumentException("a meter takes at most " + MAX_TAGS + " tags; adding '" + key + "' to "
                    + this + " would make " + (MAX_TAGS + 1));
        }
        int insert = -at - 1;
        String[] ks = new String[keys.length + 1];
        String[] vs = new String[keys.length + 1];
        System.arraycopy(keys, 0, ks, 0, insert);
        System.arraycopy(values, 0, vs, 0, insert);
        ks[insert] = key;
        vs[insert] = v;
        System.arraycopy(keys, insert, ks, insert + 1, keys.length - insert);
        System.arraycopy(values, insert, vs, insert + 1, keys.length - insert);
        return new Tags(ks, vs, clamped);
    }

    /**
     * Returns these tags with every pair of {@code other} added; {@code other}'s values win on equal keys.
     *
     * @param other the tags to add
     * @return the combined tags
     */
    public Tags and(Tags other) {
        if (other.keys.length == 0 || keys.length == 0) {
            return other.keys.length == 0
                    ? this
                    : other; // keeps a constant's identity: lookups with it compare by reference
        }
        Tags t = this;
        for (int i = 0; i < other.keys.length; i++) {
            t = t.and(other.keys[i], other.values[i]);
        }
        return t.clampedValues == clampedValues + other.clampedValues
                ? t
                : new Tags(t.keys, t.values, clampedValues + other.clampedValues);
    }

    /**
     * The number of pairs, 0 to {@value #MAX_TAGS}.
     *
     * @return the number of pairs
     */
    public int size() {
        return keys.length;
    }

    /**
     * True when there are no pairs.
     *
     * @return true when there are no pairs
     */
    public boolean isEmpty() {
        return keys.length == 0;
    }

    /**
     * The {@code i}-th key, in ascending order of keys ({@link String#compareTo}).
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return the key
     */
    public String key(int i) {
        return keys[i];
    }

    /**
     * The value of the {@code i}-th key.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return the value
     */
    public String value(int i) {
        return values[i];
    }

    /**
     * The value of {@code key}, or null when there is no such key.
     *
     * @param key the tag's key
     * @return the value, or null
     */
    public String get(String key) {
        int at = key == null ? -1 : Arrays.binarySearch(keys, key);
        return at >= 0 ? values[at] : null;
    }

    /**
     * The pairs as an unmodifiable map, iterating in ascending order of keys.
     *
     * @return an unmodifiable map of the pairs
     */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * How many values were changed when these tags were built: null values (kept as {@code "null"}) and values cut to
     * {@value #MAX_VALUE_LENGTH} characters. Not part of equality.
     *
     * @return the number of clamped values
     */
    public int clampedValues() {
        return clampedValues;
    }

    /** Orders tags pair by pair (key, then value); a prefix comes first. Consistent with {@link #equals}. */
    @Override
    public int compareTo(Tags o) {
        int n = Math.min(keys.length, o.keys.length);
        for (int i = 0; i < n; i++) {
            int c = keys[i].compareTo(o.keys[i]);
            if (c == 0) {
                c = values[i].compareTo(o.values[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(keys.length, o.keys.length);
    }

    /** Equal when both hold the same pairs, whatever order they were given in. */
    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Tags t
                        && hash == t.hash
                        && Arrays.equals(keys, t.keys)
                        && Arrays.equals(values, t.values));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The pairs as {@code [method=GET, status=200]}, for debugging. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < keys.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(values[i]);
        }
        return sb.append(']').toString();
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(
                    "tag key must be a non-blank string, got " + (key == null ? "null" : "'" + key + "'"));
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("tag key must be at most " + MAX_KEY_LENGTH + " characters, got "
                    + key.length() + ": '" + key.substring(0, 40) + "...'");
        }
    }
}
