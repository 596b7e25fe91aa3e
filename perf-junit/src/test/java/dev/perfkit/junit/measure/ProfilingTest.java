package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.memory.AllocationResult;
import dev.perfkit.memory.MemoryProbe;
import dev.perfkit.profile.AllocationSite;
import dev.perfkit.profile.Profile;
import dev.perfkit.profile.Profiler;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile of extra calls after a measurement counts what those calls allocated: the memory probe's bytes per
 * call times the calls, within 25 %, although the thread allocated a gigabyte before (as a test thread has, after
 * its measurement). Bytes, not times: the check holds on a slow or busy machine. Runs {@link Profiling#LENGTH}.
 */
class ProfilingTest {

    static volatile Object keep;
    static volatile long sink;
    private static long calls;

    @TempDir
    Path dir;

    /** A call that allocates 1 KiB and computes a little, so that it allocates about as fast as real code. */
    static void allocateAKib() {
        calls++;
        keep = new byte[1024];
        long h = calls;
        for (int i = 0; i < 500; i++) {
            h = h * 6364136223846793005L + i;
        }
        sink = h;
    }

    @Test
    void allocationTotalsAreWhatTheExtraCallsAllocated() {
        assumeTrue(
                Profiler.create().isAvailable(),
                () -> "no profiler here: " + Profiler.create().unavailableReason());
        MemoryProbe probe = MemoryProbe.create();
        probe.allocation(ProfilingTest::allocateAKib, 20_000);
        AllocationResult perCall = probe.allocation(ProfilingTest::allocateAKib, 20_000);
        assumeTrue(perCall.isSupported(), "no per-thread allocation counter");
        for (int i = 0; i < 1 << 20; i++) {
            keep = new byte[1024]; // a gigabyte before the recording
        }
        long before = calls;
        Profile p = Profiling.profile(ProfilingTest::allocateAKib, dir.resolve("p.jfr"));
        long profiled = calls - before;
        assertTrue(p.isAvailable(), p.unavailableReason());
        double expected = perCall.bytesPerOp() * profiled;
        double ratio = p.allocatedBytes() / expected;
        System.out.printf(
                "profile of %d calls: %d bytes allocated, expected %.0f (%.1f B/call), ratio %.3f%n",
                profiled, p.allocatedBytes(), expected, perCall.bytesPerOp(), ratio);
        assertTrue(ratio > 0.75 && ratio < 1.25, "ratio " + ratio + ": " + p);
        AllocationSite top = p.allocationSites().get(0);
        assertEquals(ProfilingTest.class.getName() + ".allocateAKib", top.site().qualifiedMethodName(), p::toString);
        assertEquals("byte[]", top.objectClass());
    }
}
