package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.AllocationScope;
import org.junit.jupiter.api.Test;

/** The meter's arithmetic and its "unsupported" answers, on a scripted counter. */
class AllocationMeterTest {

    /** A counter whose current-thread figure is advanced by the test's operations; -1 when {@code missing}. */
    static final class ScriptedCounter implements AllocationCounter {
        long bytes = 1_000;
        long perRead;
        boolean missing;

        @Override
        public long currentThreadBytes() {
            bytes += perRead;
            return missing ? -1 : bytes;
        }

        @Override
        public long threadBytes(Thread t) {
            return t == Thread.currentThread() ? currentThreadBytes() : -1;
        }

        @Override
        public long allThreadsBytes() {
            return currentThreadBytes();
        }

        @Override
        public String reasonForMissing(Thread t) {
            return "scripted: " + (t == null ? "all" : t.getName());
        }
    }

    @Test
    void subtractsTheCalibratedCostOfReading() {
        ScriptedCounter c = new ScriptedCounter();
        c.perRead = 8;
        AllocationMeter meter = new AllocationMeter(c);
        assertEquals(8, meter.runOverheadBytes());
        assertEquals(8, meter.keepOverheadBytes());
        AllocationResult r = meter.currentThread(() -> c.bytes += 100, 10);
        assertEquals(1_000, r.totalBytes());
        assertEquals(100.0, r.bytesPerOp());
        assertEquals(0, meter.currentThread(() -> {}, 10).totalBytes());
    }

    @Test
    void neverReportsANegativeCount() {
        ScriptedCounter c = new ScriptedCounter();
        c.perRead = 8;
        AllocationMeter meter = new AllocationMeter(c);
        c.perRead = 0;
        assertEquals(0, meter.currentThread(() -> {}, 1).totalBytes());
    }

    @Test
    void aMissingCountIsUnsupportedWithTheReasonAndTheOpStillRuns() {
        ScriptedCounter c = new ScriptedCounter();
        AllocationMeter meter = new AllocationMeter(c);
        c.missing = true;
        int[] runs = {0};
        AllocationResult r = meter.currentThread(() -> runs[0]++, 5);
        assertFalse(r.isSupported());
        assertEquals(5, runs[0]);
        assertEquals(5, r.operations());
        assertEquals("scripted: " + Thread.currentThread().getName(), r.unsupportedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::totalBytes);
        assertTrue(e.getMessage().contains("scripted"), e::getMessage);
        assertFalse(meter.scoped(AllocationScope.allThreads(), () -> {}, 1).isSupported());
    }

    @Test
    void aNamedThreadWithoutACountMakesTheResultUnsupportedNamingIt() {
        AllocationMeter meter = new AllocationMeter(new ScriptedCounter());
        Thread other = new Thread(() -> {}, "never-started");
        AllocationResult r = meter.scoped(AllocationScope.currentThreadAnd(other), () -> {}, 3);
        assertFalse(r.isSupported());
        assertEquals("scripted: never-started", r.unsupportedReason());
    }

    @Test
    void calibrationOnAMissingCounterIsZero() {
        ScriptedCounter c = new ScriptedCounter();
        c.missing = true;
        assertEquals(0, new AllocationMeter(c).runOverheadBytes());
    }

    @Test
    void aJvmWithoutAccountingAnswersWithItsReason() {
        AllocationMeter meter = new AllocationMeter(new MissingAllocationCounter("no accounting here"));
        AllocationResult r = meter.currentThread(() -> new Object(), 2);
        assertEquals("no accounting here", r.unsupportedReason());
        assertEquals("unsupported: no accounting here", r.toString());
    }
}
