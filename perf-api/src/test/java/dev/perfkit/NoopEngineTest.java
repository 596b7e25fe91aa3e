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
      registry.counter("c").increment();
      assertEquals(0, registry.counter("c").count());
      assertTrue(registry.timers().isEmpty());
    }
    assertEquals("noop", Perf.registry().engineName());
  }
}
