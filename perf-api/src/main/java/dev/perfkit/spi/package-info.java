/**
 * The service interfaces that engine modules implement: {@link dev.perfkit.spi.PerfEngine} for timers and counters,
 * {@link dev.perfkit.spi.MemoEngine} for memoization. {@code dev.perfkit.core} provides both.
 */
package dev.perfkit.spi;
