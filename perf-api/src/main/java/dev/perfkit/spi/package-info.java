/**
 * The service interfaces that engine modules implement: {@link dev.perfkit.spi.PerfEngine} for timers and counters,
 * {@link dev.perfkit.spi.MemoryProbeProvider} for memory probes, {@link dev.perfkit.spi.MemoEngine} for memoization.
 * {@code dev.perfkit.core} provides all three.
 */
package dev.perfkit.spi;
