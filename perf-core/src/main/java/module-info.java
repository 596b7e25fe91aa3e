/**
 * The recording engine behind {@code dev.perfkit.api}: lock-free, allocation-free timers with exact counts and
 * histogram percentiles, and the memory probe. It exports no packages; applications reach it through the API and
 * {@link java.util.ServiceLoader}.
 */
module dev.perfkit.core {
  requires transitive dev.perfkit.api;
  requires java.management;
  requires jdk.management;

  provides dev.perfkit.spi.PerfEngine with dev.perfkit.core.internal.CoreEngine;
  provides dev.perfkit.spi.MemoryProbeProvider with dev.perfkit.core.internal.memory.CoreMemoryProbeProvider;
}
