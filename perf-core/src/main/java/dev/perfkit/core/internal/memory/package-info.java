/**
 * The core memory probe: allocation from the JVM's per-thread counters, live heap from HotSpot's class histogram
 * (falling back to heap used after {@code System.gc()}), least squares for leaks. Not exported; see
 * {@code dev.perfkit.memory} for the design.
 */
package dev.perfkit.core.internal.memory;
