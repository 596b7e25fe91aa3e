package dev.perfkit.junit.internal;

import java.math.BigDecimal;

/**
 * One validated budget: a metric and its limit, in the metric's base unit (nanoseconds, operations per second, bytes
 * per operation or events per operation). Immutable.
 *
 * @param metric what is limited
 * @param name the name shown in reports: {@code p99}, {@code p99.99}, {@code mean}, a counter's name, ...
 * @param percentile the percentile for {@link Metric#PERCENTILE}, otherwise 0
 * @param limit the limit before any time scale is applied
 */
public record BudgetSpec(Metric metric, String name, double percentile, double limit) {

  /** What a budget limits, with its unit and direction. */
  public enum Metric {
    /** A latency percentile, at most the limit. */
    PERCENTILE,
    /** The mean latency, at most the limit. */
    MEAN,
    /** The highest latency, at most the limit. */
    MAX,
    /** Calls per second over all threads, at least the limit. */
    THROUGHPUT,
    /** Bytes allocated per call, at most the limit. */
    ALLOCATION,
    /** Events per call of the counter named {@link BudgetSpec#name()}, at most the limit. */
    EVENTS;

    /** True for latencies, whose limits the time scale multiplies. */
    public boolean isTime() {
      return this == PERCENTILE || this == MEAN || this == MAX;
    }

    /** True when the measured value must be at least the limit, false when at most. */
    public boolean isMinimum() {
      return this == THROUGHPUT;
    }
  }

  /** Names a percentile as reports show it: {@code p50}, {@code p99.9}, {@code p99.99}. */
  public static String percentileName(double percentile) {
    return dev.perfkit.junit.internal.compare.Metric.percentileName(percentile);
  }

  /** Returns the limit in effect under a time scale: latencies multiplied by it, throughput divided by it. */
  public double effectiveLimit(double timeScale) {
    if (metric.isTime()) {
      return limit * timeScale;
    }
    return metric == Metric.THROUGHPUT ? limit / timeScale : limit;
  }
}
