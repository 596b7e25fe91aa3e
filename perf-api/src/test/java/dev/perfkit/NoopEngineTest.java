package dev.perfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** perf-api's own tests run without an engine on the class path: every meter is a no-op that still runs bodies. */
class NoopEngineTest {

    @Test
    void withoutAnEngineMetersAreNoopsThatStillRunBodies() throws Exception {
        try (PerfRegistry registry = PerfRegistry.create()) {
            assertEquals("noop", registry.engineName());
            Timer t = registry.timer("t");
            AtomicInteger ran = new AtomicInteger();
            t.record(ran::incrementAndGet);
            assertEquals(2, (int) t.recordSupplier(ran::incrementAndGet));
            assertEquals(3, (int) t.recordCallable(ran::incrementAndGet));
            t.recordNanos(5);
            assertEquals(0, t.snapshot().count());
            long[] begun = new long[1];
            t.intervalSnapshot(new SnapshotSink() {
                @Override
                public void begin(
                        String name,
                        int precisionBits,
                        long startTick,
                        long endTick,
                        long count,
                        long totalNanos,
                        long minNanos,
                        long maxNanos,
                        long overflowCount,
                        long rejectedCount) {
                    begun[0] += 1 + count;
                }

                @Override
                public void bucket(long highestValue, long count) {
                    begun[0] += 100;
                }
            });
            assertEquals(1, begun[0], "a no-op timer hands an empty interval to a sink");
            registry.counter("c").increment();
            assertEquals(0, registry.counter("c").count());
            assertTrue(registry.timers().isEmpty());
        }
        assertEquals("noop", Perf.registry().engineName());
    }
}
