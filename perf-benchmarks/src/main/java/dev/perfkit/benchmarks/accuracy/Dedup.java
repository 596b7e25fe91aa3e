package dev.perfkit.benchmarks.accuracy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Two dedups of the same ids: one scans its output list for every id (O(n^2)), one remembers them in a set. */
public final class Dedup {

    private Dedup() {}

    /**
     * {@code n} ids drawn from {@code 0..range-1}, seeded.
     *
     * @param n how many ids
     * @param range the ids lie in {@code 0..range-1}
     * @return the ids, the same for the same arguments
     */
    public static List<Integer> ids(int n, int range) {
        SplittableRandom random = new SplittableRandom(42);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(random.nextInt(range));
        }
        return ids;
    }

    /**
     * Dedups by scanning the output list for every id: O(n^2).
     *
     * @param ids the ids, duplicates included
     * @return each id once, in order of first appearance
     */
    public static List<Integer> scanList(List<Integer> ids) {
        List<Integer> out = new ArrayList<>();
        for (Integer id : ids) {
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Dedups by remembering the ids seen in a {@code HashSet}: O(n).
     *
     * @param ids the ids, duplicates included
     * @return each id once, in order of first appearance
     */
    public static List<Integer> hashSet(List<Integer> ids) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> out = new ArrayList<>();
        for (Integer id : ids) {
            if (seen.add(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
