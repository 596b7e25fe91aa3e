/**
 * The recording engine behind perf-api: provides {@link dev.perfkit.spi.MemoryProbeProvider} (and, once it lands,
 * the timer engine). Nothing is exported; {@link java.util.ServiceLoader} finds the providers.
 */
module dev.perfkit.core {
  requires transitive dev.perfkit.api;
  requires java.management;
  requires jdk.management;

  provides dev.perfkit.spi.MemoryProbeProvider with dev.perfkit.core.internal.memory.CoreMemoryProbeProvider;
}
