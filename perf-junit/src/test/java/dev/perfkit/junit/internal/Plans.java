package dev.perfkit.junit.internal;

import java.util.List;

/** Plans for harness tests: tiny and deterministic. */
final class Plans {

  private Plans() {}

  /** Warms up {@code warmup} calls, measures {@code calls} calls, on {@code threads} threads, closed loop. */
  static Plan iterations(long warmup, long calls, int threads) {
    return new Plan(Plan.Warmup.ITERATIONS, warmup, 0, 1_000_000, 0.05, true, calls, threads, 0, List.of());
  }

  /** Warms up until steady with the given cap and window, then measures {@code calls} calls. */
  static Plan steady(long capNanos, long windowNanos, long calls) {
    return new Plan(Plan.Warmup.STEADY, 0, capNanos, windowNanos, 0.05, true, calls, 1, 0, List.of());
  }

  /** No warm-up, {@code calls} calls paced at {@code rate} per second. */
  static Plan openLoop(double rate, long calls) {
    return new Plan(Plan.Warmup.ITERATIONS, 0, 0, 1_000_000, 0.05, true, calls, 1, rate, List.of());
  }
}
