package dev.perfkit.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two profiles of the same work side by side (a baseline and a candidate): which methods lost or gained share of
 * the execution samples, such as {@code ArrayList.indexOf 91 % -> 0 %}.
 *
 * <p>Immutable and thread-safe. Shares, not sample counts, are compared, so profiles of different lengths compare
 * fairly. When either profile is unavailable, {@link #changes()} is empty and {@link #toText(int)} says why.
 */
public final class ProfileDiff {

    private final Profile before;
    private final Profile after;
    private final List<MethodShareChange> changes;

    private ProfileDiff(Profile before, Profile after, List<MethodShareChange> changes) {
        this.before = before;
        this.after = after;
        this.changes = changes;
    }

    /**
     * Compares {@code before} with {@code after}: every method kept in either, largest change of self share first
     * (ties: largest change of total share first; methods with no change at all are left out).
     *
     * @param before the baseline profile
     * @param after the candidate profile
     * @return the differences
     */
    public static ProfileDiff between(Profile before, Profile after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.isAvailable() || !after.isAvailable()) {
            return new ProfileDiff(before, after, List.of());
        }
        Map<String, HotMethod[]> byMethod = new LinkedHashMap<>();
        for (HotMethod h : before.hotMethods()) {
            byMethod.computeIfAbsent(h.method().qualifiedMethodName(), k -> new HotMethod[2])[0] = h;
        }
        for (HotMethod h : after.hotMethods()) {
            byMethod.computeIfAbsent(h.method().qualifiedMethodName(), k -> new HotMethod[2])[1] = h;
        }
        List<MethodShareChange> changes = new ArrayList<>();
        for (HotMethod[] pair : byMethod.values()) {
            HotMethod b = pair[0];
            HotMethod a = pair[1];
            MethodShareChange c = MethodShareChange.of(
                    (b != null ? b : a).method(),
                    b == null ? 0 : b.selfShare(),
                    a == null ? 0 : a.selfShare(),
                    b == null ? 0 : b.totalShare(),
                    a == null ? 0 : a.totalShare());
            if (c.selfChange() != 0 || c.totalChange() != 0) {
                changes.add(c);
            }
        }
        changes.sort(Comparator.comparingDouble((MethodShareChange c) -> -Math.abs(c.selfChange()))
                .thenComparingDouble(c -> -Math.abs(c.totalChange())));
        return new ProfileDiff(before, after, List.copyOf(changes));
    }

    /** {@return the baseline profile} */
    public Profile before() {
        return before;
    }

    /** {@return the candidate profile} */
    public Profile after() {
        return after;
    }

    /** {@return the changed methods, largest change of self share first} */
    public List<MethodShareChange> changes() {
        return changes;
    }

    /**
     * A short readable comparison: both profiles' headers, the {@code topN} largest share changes with self and total
     * shares before and after, then the blocking and GC totals before and after.
     *
     * @param topN how many share changes to show, 1 or more
     * @return the text, lines separated by {@code \n}
     * @throws IllegalArgumentException if {@code topN < 1}
     */
    public String toText(int topN) {
        return ProfileText.diff(this, topN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileDiff d && before.equals(d.before) && after.equals(d.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(before, after);
    }

    /** {@link #toText(int)} with the top 5. */
    @Override
    public String toString() {
        return toText(5);
    }
}
