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

    /**
     * About 13 µs of CPU against about 28 µs, neither allocating: about 2.1x, must pass "1.5x faster" in the test's
     * own JVM, the warm-up settling although the bodies never fill eden.
     */
    static class AllocationFree13us {
        @Test
        @Compare
        @RelativeBudget(p50 = "1.5x faster")
        void mix() {}

        // both sides return 1 unless a mix happens to come out at 0, so the correctness check sees equal results
        @Baseline
        static int before() {
            return Work.mix(GroundTruthBenchmark.AllocationFree.BASELINE_ROUNDS) == 0 ? 0 : 1;
        }

        @Candidate
        static int after() {
            return Work.mix(GroundTruthBenchmark.AllocationFree.CANDIDATE_ROUNDS) == 0 ? 0 : 1;
        }
    }

    /**
     * Compiling a regular expression once per call of 30 matches against a precompiled one, both through the JDK's
     * regex code: about 1.13x in the test's JVM on this machine, within 12 % of the budget, so no confident verdict
     * may be on the wrong side of it (JMH's factor: GroundTruthBenchmark).
     */
    static class RegexNearBudget {
        @Test
        @Compare
        @RelativeBudget(p50 = "1.2x faster")
        void match() {}

        @Baseline
        static int compiling() {
            return Work.matchCompilingEachCall();
        }

        @Candidate
        static int precompiled() {
            return Work.matchPrecompiled();
        }
    }

    /** The same CPU-bound code on both sides against "1x faster" (no regression): must never fail. */
    static class IdenticalCpuAt1x extends IdenticalCpu {
        @Test
        @Compare
        @RelativeBudget(p50 = "1x faster")
        @Override
        void hash() {}
    }
}
