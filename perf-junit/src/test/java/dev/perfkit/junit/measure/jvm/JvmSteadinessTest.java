package dev.perfkit.junit.measure.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM's steady state judged on scripted states: no real JIT, GC or page fault is involved. */
class JvmSteadinessTest {

    private static final long WINDOW = 100_000_000;
    private static final long CALLS = 1_000;

    /** A scripted JVM: each field is changed by the test between windows. */
    private static final class Script implements JvmProbe {
        long youngGcs;
        long heap = 400 << 20;
        long eden = 24 << 20;
        long jitMillis;
        long faults;
        long allocated;

        @Override
        public JvmState read() {
            return new JvmState(youngGcs, 0, heap, eden, jitMillis, faults, 0, allocated);
        }

        /** One window of calls allocating {@code bytesPerCall}, of which {@code faultsPerCall} pages are fresh. */
        void window(long bytesPerCall, long faultsPerCall) {
            allocated += CALLS * bytesPerCall;
            faults += CALLS * faultsPerCall;
        }
    }

    @Test
    void aQuietJvmIsSteadyAfterThreeWindows() {
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        assertFalse(s.window(CALLS, WINDOW));
        assertFalse(s.window(CALLS, WINDOW));
        assertTrue(s.window(CALLS, WINDOW));
        assertEquals(List.of(), s.reasons());
    }

    @Test
    void theHarnesssOwnFewFreshPagesDoNotHoldUpABodyThatAllocatesNothing() {
        // a 13 µs body that allocates nothing: 3,800 calls per 50 ms slice, the harness touching 8 fresh pages (33 KB)
        // in
        // each; eden never fills, so no young GC would ever release a fault guard that counted these
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        long slice = 50_000_000;
        boolean steady = false;
        for (int w = 0; w < 3; w++) {
            jvm.allocated += 33_000;
            jvm.faults += 8;
            steady = s.window(3_800, slice);
        }
        assertTrue(steady, s.reasons().toString());
        // the same faults in a slice 50 times shorter take 8 % of it: those are the code's problem
        jvm.allocated += 33_000;
        jvm.faults += 8;
        assertFalse(s.window(3_800 / 50, slice / 50));
    }

    @Test
    void codeWritingFreshHeapIsNotSteadyUntilTheHeapHasBeenCycled() {
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        // 57 KB per call, every page of it faulting: eden is being touched for the first time, at a steady pace
        for (int w = 0; w < 10; w++) {
            jvm.window(57_000, 14);
            assertFalse(s.window(CALLS, WINDOW), "window " + w);
        }
        assertEquals(List.of("page faults on fresh heap (0 young GCs since the heap last grew)"), s.reasons());
        // the young generation grows: still not steady
        jvm.eden += 200 << 20;
        jvm.youngGcs++;
        jvm.window(57_000, 14);
        assertFalse(s.window(CALLS, WINDOW));
        assertTrue(s.reasons().contains("heap resizing"), s.reasons().toString());
        // two collections later, at the same size, the pages are reused: no more faults; four collections without a
        // resize, and the heap counts as done growing
        for (int w = 0; w < 4; w++) {
            jvm.youngGcs++;
            jvm.window(57_000, 0);
            s.window(CALLS, WINDOW);
        }
        assertTrue(s.reasons().isEmpty(), s.reasons().toString());
    }

    @Test
    void faultsThatOutlastTwoCollectionsAtOneHeapSizeBelongToTheCode() {
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        for (int w = 0; w < 4; w++) {
            jvm.youngGcs++;
            jvm.window(57_000, 14);
            s.window(CALLS, WINDOW);
        }
        assertTrue(s.reasons().isEmpty(), s.reasons().toString());
    }

    @Test
    void aHeapThatIsCollectedIsNotSteadyUntilFourCollectionsPassedWithoutGrowth() {
        // 69 KiB per call: a young collection in every window, and the heap grows at some of them
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        jvm.youngGcs++;
        jvm.heap += 64 << 20;
        s.window(CALLS, WINDOW);
        // three windows without a resize, one collection each: quiet windows between two resizes, not a heap done
        for (int w = 0; w < 3; w++) {
            jvm.youngGcs++;
            assertFalse(s.window(CALLS, WINDOW), "window " + w);
        }
        assertEquals(
                List.of("heap may still grow (3 young GCs since it last grew; 4 without growth count as done)"),
                s.reasons());
        jvm.youngGcs++;
        assertTrue(s.window(CALLS, WINDOW), s.reasons().toString());
    }

    @Test
    void aBodyThatFillsEdenLessThanOnceAWindowIsNotHeldUpForItsRareCollections() {
        // a collection every other window (the heap grew at the first): waiting for four would take eight windows
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        jvm.youngGcs++;
        jvm.heap += 64 << 20;
        s.window(CALLS, WINDOW);
        s.window(CALLS, WINDOW);
        jvm.youngGcs++;
        s.window(CALLS, WINDOW);
        s.window(CALLS, WINDOW);
        assertTrue(s.window(CALLS, WINDOW), s.reasons().toString());
    }

    @Test
    void aBodyThatNeverFillsEdenIsNotHeldUpByAnEarlierResize() {
        // the heap grew once at start-up; the body allocates too little for any collection, so it cannot grow it
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        jvm.heap += 64 << 20;
        s.window(CALLS, WINDOW);
        s.window(CALLS, WINDOW);
        s.window(CALLS, WINDOW);
        assertTrue(s.window(CALLS, WINDOW), s.reasons().toString());
    }

    @Test
    void theJitCompilingInTheLastWindowIsNotSteady() {
        Script jvm = new Script();
        JvmSteadiness s = new JvmSteadiness(jvm);
        s.window(CALLS, WINDOW);
        s.window(CALLS, WINDOW);
        jvm.jitMillis += 20;
        assertFalse(s.window(CALLS, WINDOW));
        assertEquals(List.of("JIT compiling (20 ms in the last window)"), s.reasons());
        assertTrue(s.window(CALLS, WINDOW), "quiet again");
    }

    @Test
    void readsTheMinorFaultsFieldOfAStatLine() {
        String stat = "12345 (a (strange) name) S 1 2 3 4 5 6 789 10 11 12 13 14";
        assertEquals(789, SystemJvmProbe.parseMinorFaults(stat));
    }

    @Test
    void theRealJvmReportsItsCounters() {
        JvmState s = JvmProbe.system().read();
        assertTrue(s.heapCommittedBytes() > 0);
        assertTrue(s.youngGcs() >= 0 && s.oldGcs() >= 0);
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(s.minorFaults() > 0, "this thread has touched pages: " + s);
        }
    }

    @Test
    void namesYoungCollectorsOfEveryHotSpotCollector() {
        for (String young : List.of("G1 Young Generation", "PS Scavenge", "Copy", "ParNew", "ZGC Minor Cycles")) {
            assertTrue(SystemJvmProbe.isYoung(young), young);
        }
        for (String old : List.of("G1 Old Generation", "PS MarkSweep", "MarkSweepCompact", "G1 Concurrent GC")) {
            assertFalse(SystemJvmProbe.isYoung(old), old);
        }
    }
}
