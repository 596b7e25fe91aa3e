package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerSnapshot;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/** 100,000 virtual threads record once each: the timer keeps every value and no per-thread state. */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadFootprintTest {

    private static final int THREADS = 100_000;

    @Test
    void manyVirtualThreadsLeaveNoPerThreadState() throws Exception {
        StripedTimer timer = TimerProperties.timer(6, CoreEngine.MAX_STRIPES);
        long before = timer.footprintBytes();
        ExecutorService executor = (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        for (int i = 0; i < THREADS; i++) {
            long v = 1_000L + (i % 1_000);
            executor.execute(() -> timer.recordNanos(v));
        }
        executor.shutdown();
        assertTrue(executor.awaitTermination(5, TimeUnit.MINUTES), "virtual threads finished");
        TimerSnapshot s = timer.snapshot();
        assertEquals(THREADS, s.count());
        assertEquals(1_000, s.minNanos());
        assertEquals(1_999, s.maxNanos());
        assertTrue(timer.stripeCount() <= CoreEngine.MAX_STRIPES, "stripes " + timer.stripeCount());
        long after = timer.footprintBytes();
        // one aggregate (two chunks for these values) plus bounded stripes and spill, however many threads wrote
        assertTrue(after <= 32 * 1024, "footprint " + after + " bytes after 100,000 threads (was " + before + ")");
    }
}
