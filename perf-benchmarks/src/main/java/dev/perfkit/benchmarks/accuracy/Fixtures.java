package dev.perfkit.benchmarks.accuracy;

import dev.perfkit.junit.Baseline;
import dev.perfkit.junit.Candidate;
import dev.perfkit.junit.Compare;
import dev.perfkit.junit.RelativeBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Comparisons whose true factor is known, for the verdict-accuracy runs ({@link AccuracyRun}): each must reach the
 * verdict its name promises, run after run, in fresh JVMs with default flags. Not part of the test suite.
 */
final class Fixtures {

    private Fixtures() {}

    /** A true factor far above 30x (about 100x on 4,000 ids): must pass "10x faster". */
    static class FarFaster {
        @Test
        @Compare(inputs = "ids")
        @RelativeBudget(p50 = "10x faster")
        void dedup() {}

        static List<List<Integer>> ids() {
            return List.of(Dedup.ids(4_000, 4_000));
        }

        @Baseline
        static List<Integer> scan(List<Integer> ids) {
            return Dedup.scanList(ids);
        }

        @Candidate
        static List<Integer> hash(List<Integer> ids) {
            return Dedup.hashSet(ids);
        }
    }

    /** Sample06's pair: 2,000 ids, about 12x, the candidate allocating 57 KB per call: must pass "2x faster". */
    static class SampleDedup {
        @Test
        @Compare(inputs = "ids")
        @RelativeBudget(p50 = "2x faster")
        void dedup() {}

        static List<List<Integer>> ids() {
            return List.of(Dedup.ids(2_000, 1_000));
        }

        @Baseline
        static List<Integer> scan(List<Integer> ids) {
            return Dedup.scanList(ids);
        }

        @Candidate
        static List<Integer> hash(List<Integer> ids) {
            return Dedup.hashSet(ids);
        }
    }

    /** The same code on both sides (allocating 64 KiB per call): must never pass "1.2x faster". */
    static class IdenticalAllocating {
        @Test
        @Compare
        @RelativeBudget(p50 = "1.2x faster")
        void copy() {}

        @Baseline
        static long before() {
            return Work.copyAndSum();
        }

        @Candidate
        static long after() {
            return Work.copyAndSum();
        }
    }

    /** The same CPU-bound code on both sides: must never pass "1.2x faster". */
    static class IdenticalCpu {
        @Test
        @Compare
        @RelativeBudget(p50 = "1.2x faster")
        void hash() {}

        @Baseline
        static long before() {
            return Work.mix(20_000);
        }

        @Candidate
        static long after() {
            return Work.mix(20_000);
        }
    }

    /** N+1 queries (101 statements) against one JOIN over embedded H2: about 50x here, must pass "10x faster". */
    static class NPlusOneVsJoin {
        @Test
        @Compare
        @RelativeBudget(p50 = "10x faster")
        void customers() {}

        @Baseline
        static long nPlusOne() {
            return Orders.nPlusOne();
        }

        @Candidate
        static long join() {
            return Orders.join();
        }
    }

    /** A JOIN plus a count against the JOIN alone over embedded H2: a modest factor, must never pass "2x faster". */
    static class ModestH2 {
        @Test
        @Compare
        @RelativeBudget(p50 = "2x faster")
        void report() {}

        @Baseline
        static long joinAndCount() {
            long orders = Orders.count();
            return Orders.join() + (orders < 0 ? 1 : 0);
        }

        @Candidate
        static long join() {
            return Orders.join();
        }
    }
}
