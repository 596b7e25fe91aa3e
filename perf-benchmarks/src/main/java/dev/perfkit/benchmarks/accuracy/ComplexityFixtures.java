package dev.perfkit.benchmarks.accuracy;

import dev.perfkit.junit.Complexity;
import dev.perfkit.junit.Sink;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Complexity tests on real code whose growth is known, for the accuracy runs ({@link AccuracyRun}): each expects its
 * true class, and a run counts as right when the fit is decided on that class, wrong when decided on another, and
 * undecided otherwise. Not part of the test suite.
 */
final class ComplexityFixtures {

    private ComplexityFixtures() {}

    /** Summing an int array: O(n); 4 KB to 64 KB, within the caches. */
    static class Linear {
        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                inputs = "ints",
                expect = "O(n)")
        void sum(int[] values, Sink sink) {
            long sum = 0;
            for (int v : values) {
                sum += v;
            }
            sink.consume(sum);
        }

        static int[] ints(int n) {
            return new SplittableRandom(n).ints(n).toArray();
        }
    }

    /**
     * Sorting a copy of random ints: O(n log n) (the copy adds an O(n) part). Each call sorts the next of 32 different
     * arrays: sorting the same array again and again lets the branch predictor learn its comparisons at small sizes
     * (measured here: 1.2 ns per element and level at 1,000, 3.2 ns at 16,000, which fits O(n^2) decisively), a
     * property of the benchmark, not of the sort.
     */
    static class Linearithmic {
        private int next;

        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                inputs = "pool",
                expect = "O(n log n)")
        void sort(int[][] pool, Sink sink) {
            int[] copy = pool[next++ & (pool.length - 1)].clone();
            Arrays.sort(copy);
            sink.consume(copy);
        }

        static int[][] pool(int n) {
            SplittableRandom random = new SplittableRandom(n);
            int[][] pool = new int[32][];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = random.ints(n).toArray();
            }
            return pool;
        }
    }

    /** {@link Linearithmic} sorting the same array every call: the trap its comment describes. */
    static class LinearithmicSameArray {
        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                inputs = "ints",
                expect = "O(n log n)")
        void sort(int[] values, Sink sink) {
            int[] copy = values.clone();
            Arrays.sort(copy);
            sink.consume(copy);
        }

        static int[] ints(int n) {
            return new SplittableRandom(n).ints(n).toArray();
        }
    }

    /** The list-scanning dedup of ids drawn from 0..n-1 (about 0.63 n distinct): O(n^2). */
    static class Quadratic {
        @Test
        @Complexity(
                sizes = {250, 500, 1_000, 2_000, 4_000},
                inputs = "ids",
                expect = "O(n^2)")
        void dedup(List<Integer> ids, Sink sink) {
            sink.consume(Dedup.scanList(ids));
        }

        static List<Integer> ids(int n) {
            return Dedup.ids(n, n);
        }
    }

    /**
     * Parsing a line of n comma-separated numbers with the JDK ({@code String.split}, {@code Integer.parseInt}): O(n),
     * allocating about 45 KB per call at 1,000 numbers and 700 KB at 16,000 (a string and its bytes per number, and the
     * array). Each call parses the next of 8 lines.
     */
    static class LinearAllocating {
        private int next;

        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                inputs = "lines",
                expect = "O(n)")
        @SuppressWarnings("StringSplitter") // the measured work is the split users write; its figures are in RESULTS.md
        void parse(String[] lines, Sink sink) {
            String[] fields = lines[next++ & (lines.length - 1)].split(",");
            long sum = 0;
            for (String field : fields) {
                sum += Integer.parseInt(field);
            }
            sink.consume(sum);
        }

        static String[] lines(int n) {
            SplittableRandom random = new SplittableRandom(n);
            String[] lines = new String[8];
            for (int i = 0; i < lines.length; i++) {
                StringBuilder line = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    line.append(k == 0 ? "" : ",").append(random.nextInt(1_000_000));
                }
                lines[i] = line.toString();
            }
            return lines;
        }
    }

    /**
     * Building a {@code TreeMap} of n random boxed keys: O(n log n), allocating about 40 KB per call at 1,000 keys and
     * 640 KB at 16,000 (an entry and a boxed key per key). Each call inserts the next of 32 key arrays.
     */
    static class LinearithmicAllocating {
        private int next;

        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                inputs = "pool",
                expect = "O(n log n)")
        void index(int[][] pool, Sink sink) {
            TreeMap<Integer, Integer> map = new TreeMap<>();
            for (int key : pool[next++ & (pool.length - 1)]) {
                map.put(key, key);
            }
            sink.consume(map);
        }

        static int[][] pool(int n) {
            return Linearithmic.pool(n);
        }
    }
}
