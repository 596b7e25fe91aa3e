package dev.perfkit.benchmarks.accuracy;

import dev.perfkit.junit.PerfTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @PerfTest} fixtures with default settings (warm-up until steady, 1 s measured), whose median
 * {@link PerfTestAccuracy} compares with JMH's sample-mode median of the same bodies
 * ({@link PerfTestAccuracyBenchmark}). Not part of the test suite.
 */
final class PerfTestFixtures {

    /** Where results go so that no body is dead code. */
    static volatile long sink;

    static final List<Integer> IDS = Dedup.ids(2_000, 1_000);

    private PerfTestFixtures() {}

    static class Cpu100ns {
        @Test
        @PerfTest
        void run() {
            sink = Work.mix(45);
        }
    }

    static class Cpu1us {
        @Test
        @PerfTest
        void run() {
            sink = Work.mix(450);
        }
    }

    static class Cpu10us {
        @Test
        @PerfTest
        void run() {
            sink = Work.mix(4_500);
        }
    }

    /** Allocating library code: a JOIN over embedded H2, about 1.5 µs. */
    static class H2Join {
        @Test
        @PerfTest
        void run() {
            sink = Orders.join();
        }
    }

    /** Allocation-heavy: the HashSet dedup of 2,000 ids, about 57 KB per call. */
    static class HashDedup {
        @Test
        @PerfTest
        void run() {
            sink = Dedup.hashSet(IDS).size();
        }
    }
}
