package dev.perfkit.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory value classes: figures, formatting, unsupported answers and argument checks. */
class MemoryResultsTest {

    @Test
    void allocationResultGivesPerOpFiguresInHumanUnits() {
        AllocationResult r = AllocationResult.of(1_040_000, 1_000, AllocationScope.currentThread());
        assertTrue(r.isSupported());
        assertEquals("", r.unsupportedReason());
        assertEquals(1040.0, r.bytesPerOp());
        assertEquals("1.02 KiB/op (1016 KiB over 1000 ops, current thread)", r.toString());
        assertEquals(
                "1.50 KiB/op (1.50 KiB over 1 op, all threads)",
                AllocationResult.of(1536, 1, AllocationScope.allThreads()).toString());
        assertEquals(r, AllocationResult.of(1_040_000, 1_000, AllocationScope.currentThread()));
        assertEquals(
                r.hashCode(),
                AllocationResult.of(1_040_000, 1_000, AllocationScope.currentThread())
                        .hashCode());
    }

    @Test
    void unsupportedAllocationHasNoFigures() {
        AllocationResult r = AllocationResult.unsupported("virtual thread", 5, AllocationScope.currentThread());
        assertFalse(r.isSupported());
        assertEquals(5, r.operations());
        assertEquals("unsupported: virtual thread", r.toString());
        assertEquals(
                "allocation not measured: virtual thread",
                assertThrows(IllegalStateException.class, r::totalBytes).getMessage());
        assertThrows(IllegalStateException.class, r::bytesPerOp);
    }

    @Test
    void allocationResultRejectsImpossibleFigures() {
        assertEquals(
                "totalBytes must not be negative, got -1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> AllocationResult.of(-1, 1, AllocationScope.currentThread()))
                        .getMessage());
        assertEquals(
                "operations must be at least 1, got 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> AllocationResult.of(0, 0, AllocationScope.currentThread()))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AllocationResult.unsupported(" ", 1, AllocationScope.currentThread()));
        assertThrows(NullPointerException.class, () -> AllocationResult.of(0, 1, null));
    }

    @Test
    void scopesNameTheirThreads() {
        Thread a = new Thread(() -> {}, "worker-1");
        AllocationScope s = AllocationScope.currentThreadAnd(a, a);
        assertEquals(AllocationScope.Kind.NAMED_THREADS, s.kind());
        assertEquals(List.of(a), s.threads());
        assertEquals("current thread and 'worker-1'", s.toString());
        assertEquals(AllocationScope.currentThread(), AllocationScope.currentThreadAnd(List.of()));
        assertEquals(s, AllocationScope.currentThreadAnd(List.of(a)));
        assertNotEquals(s, AllocationScope.allThreads());
        assertThrows(NullPointerException.class, () -> AllocationScope.currentThreadAnd(a, null));
    }

    @Test
    void retainedResultMayBeNegative() {
        RetainedResult r = RetainedResult.of(12 << 20, 2 << 20, "class histogram");
        assertEquals(-10 << 20, r.retainedBytes());
        assertEquals("retained -10.0 MiB (12.0 MiB -> 2.00 MiB, class histogram)", r.toString());
        RetainedResult none = RetainedResult.unsupported("explicit GC disabled");
        assertFalse(none.isSupported());
        assertEquals("", none.source());
        assertThrows(IllegalStateException.class, none::retainedBytes);
        assertThrows(IllegalArgumentException.class, () -> RetainedResult.of(-1, 0, "x"));
    }

    @Test
    void leakOptionsValidateAndCopy() {
        LeakOptions o = LeakOptions.defaults()
                .withRounds(3)
                .withWarmupRounds(0)
                .withOpsPerRound(10)
                .withThresholdBytesPerOp(0.5);
        assertEquals(3, o.rounds());
        assertEquals(0, o.warmupRounds());
        assertEquals(10, o.opsPerRound());
        assertEquals(0.5, o.thresholdBytesPerOp());
        assertEquals(LeakOptions.DEFAULT_ROUNDS, LeakOptions.defaults().rounds());
        assertEquals(
                "rounds must be at least 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> o.withRounds(1))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> o.withWarmupRounds(-1));
        assertThrows(IllegalArgumentException.class, () -> o.withOpsPerRound(-3));
        assertThrows(IllegalArgumentException.class, () -> o.withThresholdBytesPerOp(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> o.withThresholdBytesPerOp(-1));
    }

    @Test
    void leakReportJudgesByTheSlopeAndItsError() {
        LeakOptions o = LeakOptions.defaults().withRounds(2);
        long[] settled = {1000, 2000, 3000};
        LeakReport leak = LeakReport.of(o, settled, LinearFit.of(1.0, 1000, 0, 1, 3), "class histogram");
        assertEquals(LeakVerdict.NO_LEAK, leak.verdict());
        assertEquals(LeakVerdict.LEAK, LeakReport.judge(LinearFit.of(10, 0, 2.5, 1, 7), 2));
        assertEquals(LeakVerdict.INCONCLUSIVE, LeakReport.judge(LinearFit.of(10, 0, 3, 1, 7), 2));
        assertEquals(LeakVerdict.NO_LEAK, LeakReport.judge(LinearFit.of(0.5, 0, 0.5, 1, 7), 2));
        assertEquals(LeakVerdict.INCONCLUSIVE, LeakReport.judge(LinearFit.of(0.5, 0, 0.51, 1, 7), 2));
        assertArrayEquals(settled, leak.settledBytes());
        settled[0] = 0;
        assertEquals(1000, leak.settledBytes()[0]);
        assertTrue(
                leak.toString()
                        .startsWith("NO_LEAK: heap grows 1 B/op ± 0 B (r² 1.000) over 2 rounds of 1000 ops;"
                                + " threshold 2 B/op; settled heap (class histogram): 1000 B 1.95 KiB 2.93 KiB"),
                leak::toString);
        assertThrows(
                IllegalArgumentException.class,
                () -> LeakReport.of(o, new long[] {1, 2}, LinearFit.of(1, 0, 0, 1, 3), "x"));
    }

    @Test
    void unsupportedLeakReportIsInconclusiveWithTheReason() {
        LeakReport r = LeakReport.unsupported("no heap reading", LeakOptions.defaults());
        assertEquals(LeakVerdict.INCONCLUSIVE, r.verdict());
        assertEquals("INCONCLUSIVE: unsupported: no heap reading", r.summary());
        assertEquals(
                "leak check not made: no heap reading",
                assertThrows(IllegalStateException.class, r::bytesPerOp).getMessage());
        assertThrows(IllegalStateException.class, r::settledBytes);
    }

    @Test
    void linearFitRejectsImpossibleFigures() {
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(Double.NaN, 0, 0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(1, 0, -1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(1, 0, 0, 1.5, 3));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(1, 0, 0, 1, 2));
    }
}
