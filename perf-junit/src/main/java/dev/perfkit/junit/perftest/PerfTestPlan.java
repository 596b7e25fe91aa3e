package dev.perfkit.junit.perftest;

import dev.perfkit.Units;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.metric.Rates;
import java.util.List;

/**
 * Everything one benchmark run needs to know, validated: how to warm up, how long to measure, on how many threads, at
 * which rate, and which budgets to check afterwards. Immutable.
 *
 * @param warmup how the warm-up ends
 * @param warmupAmount calls per thread for {@link WarmupSpec.Mode#ITERATIONS}, nanoseconds for
 *     {@link WarmupSpec.Mode#DURATION}
 * @param warmupCapNanos the longest warm-up until steady
 * @param windowNanos the length of one steady-state window
 * @param tolerance how far (relative) window medians may spread and still count as steady
 * @param byIterations true to measure {@code measureAmount} calls per thread, false for {@code measureAmount}
 *     nanoseconds
 * @param measureAmount calls or nanoseconds per thread, see {@code byIterations}
 * @param threads threads running the body, at least 1
 * @param ratePerSecond the target rate over all threads; 0 for closed loop
 * @param budgets the budgets to check, in declaration order
 */
public record PerfTestPlan(
        WarmupSpec.Mode warmup,
        long warmupAmount,
        long warmupCapNanos,
        long windowNanos,
        double tolerance,
        boolean byIterations,
        long measureAmount,
        int threads,
        double ratePerSecond,
        List<BudgetSpec> budgets) {

    /** The warm-up as the warm-up loop takes it. */
    public WarmupSpec warmupSpec() {
        return new WarmupSpec(warmup, warmupAmount, warmupCapNanos, windowNanos, tolerance);
    }

    /** Copies the budget list. */
    public PerfTestPlan {
        budgets = List.copyOf(budgets);
    }

    /** True when calls are paced at a target rate (open loop). */
    public boolean openLoop() {
        return ratePerSecond > 0;
    }

    /**
     * A one-line description for reports, such as {@code warm-up until steady (cap 10.0 s), measure 1.00 s, 1 thread}.
     */
    public String describe() {
        String w = switch (warmup) {
            case ITERATIONS -> "warm-up " + warmupAmount + " calls";
            case DURATION -> "warm-up " + Units.formatNanos(warmupAmount);
            case STEADY -> "warm-up until steady (cap " + Units.formatNanos(warmupCapNanos) + ")";
        };
        String m = byIterations ? "measure " + measureAmount + " calls" : "measure " + Units.formatNanos(measureAmount);
        String t = threads == 1 ? "1 thread" : threads + " threads";
        String r = openLoop() ? ", open loop at " + Rates.format(ratePerSecond) : "";
        return w + ", " + m + (threads == 1 ? "" : " per thread") + ", " + t + r;
    }
}
