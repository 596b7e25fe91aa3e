/**
 * The recording engine behind {@code dev.perfkit.api}: lock-free, allocation-free timers with exact counts and
 * histogram percentiles (JCTools queues hand buffers of samples to a per-timer histogram), the memory probe, and
 * memoization on Caffeine. It exports no packages; applications reach
 * it through the API and {@link java.util.ServiceLoader}.
 */
module dev.perfkit.core {
  requires transitive dev.perfkit.api;
  requires java.management;
  requires jdk.management;
  requires com.github.benmanes.caffeine;
  requires org.jctools.core;

  provides dev.perfkit.spi.PerfEngine with dev.perfkit.core.internal.CoreEngine;
  provides dev.perfkit.spi.MemoryProbeProvider with dev.perfkit.core.internal.memory.CoreMemoryProbeProvider;
  provides dev.perfkit.spi.MemoEngine with dev.perfkit.core.internal.memo.CoreMemoEngine;
}
