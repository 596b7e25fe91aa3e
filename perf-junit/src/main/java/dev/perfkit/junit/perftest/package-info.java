/**
 * {@code @PerfTest}: a test method run as a benchmark. Owns the plan ({@link dev.perfkit.junit.perftest.PerfTestPlan},
 * budgets as {@link dev.perfkit.junit.perftest.BudgetSpec}), the run ({@link dev.perfkit.junit.perftest.Harness}:
 * warm-up, calibrated samples, threads, pacing), the figures ({@link dev.perfkit.junit.perftest.Measurement}, merged
 * from forks by {@link dev.perfkit.junit.perftest.ForkedMeasurement}), every budget judged
 * ({@link dev.perfkit.junit.perftest.BudgetVerdict}) and the one result value the writers take
 * ({@link dev.perfkit.junit.perftest.PerfTestResult}).
 *
 * <p>May use {@code measure} (and below), {@code metric} and {@code json}; never another feature or the writers.
 */
package dev.perfkit.junit.perftest;
