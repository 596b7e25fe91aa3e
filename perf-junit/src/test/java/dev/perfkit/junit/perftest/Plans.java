package dev.perfkit.junit.perftest;

import dev.perfkit.junit.measure.WarmupSpec;
import java.util.List;

/** Plans for harness tests: tiny and deterministic. */
final class Plans {

    private Plans() {}

    /** Warms up {@code warmup} calls, measures {@code calls} calls, on {@code threads} threads, closed loop. */
    static PerfTestPlan iterations(long warmup, long calls, int threads) {
        return new PerfTestPlan(
                WarmupSpec.Mode.ITERATIONS, warmup, 0, 1_000_000, 0.05, true, calls, threads, 0, List.of());
    }

    /** Warms up until steady with the given cap and window, then measures {@code calls} calls. */
    static PerfTestPlan steady(long capNanos, long windowNanos, long calls) {
        return new PerfTestPlan(WarmupSpec.Mode.STEADY, 0, capNanos, windowNanos, 0.05, true, calls, 1, 0, List.of());
    }

    /** No warm-up, {@code calls} calls paced at {@code rate} per second. */
    static PerfTestPlan openLoop(double rate, long calls) {
        return new PerfTestPlan(WarmupSpec.Mode.ITERATIONS, 0, 0, 1_000_000, 0.05, true, calls, 1, rate, List.of());
    }
}
