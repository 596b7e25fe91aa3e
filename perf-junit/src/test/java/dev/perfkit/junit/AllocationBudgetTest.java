package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.memory.MemoryProbe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The allocation budget with the real memory probe. Allocation counts are exact on HotSpot, so a body that keeps a
 * 4 KiB array per call misses a 1 KB budget on any machine; where the JVM cannot count, the test is skipped.
 */
class AllocationBudgetTest {

    @TempDir
    Path results;

    @Test
    void failsWhenACallAllocatesMoreThanItsBudget() {
        assumeTrue(MemoryProbe.create().allocation(() -> {}, 1).isSupported(), "allocation is not measurable here");
        String message = Fixtures.onlyFailureMessage(Fixtures.run(Allocates4KiB.class, results));
        assertTrue(
                message.lines().anyMatch(l -> l.matches("  allocation  4\\.0\\d KiB/op  <= 1000 B/op  FAILED by .*")),
                message);
    }

    static class Allocates4KiB {
        static volatile byte[] kept;

        @org.junit.jupiter.api.Test
        @PerfTest(warmupIterations = 100, iterations = 1_000)
        @Budget(allocation = "1KB/op")
        void run() {
            kept = new byte[4096];
            ScriptedTicker.advance(100);
        }
    }
}
