package dev.perfkit.junit.internal.compare;

import java.math.BigDecimal;

/**
 * A figure a comparison measures in every round on both sides: a latency percentile, allocation per call, or
 * throughput. Immutable.
 *
 * @param name the short name used in annotations, report entries and JSON: {@code p50}, {@code allocation},
 *     {@code throughput}
 * @param label the report's row label, such as {@code Response time (p50)}
 * @param kind the metric's kind, which gives its direction, units and wording
 * @param percentile for a latency, the percentile (greater than 0, at most 100); otherwise 0
 */
public record Metric(String name, String label, MetricKind kind, double percentile) {

  /** Bytes allocated per call. */
  public static final Metric ALLOCATION = new Metric("allocation", "Memory usage (allocated/op)", MetricKind.MEMORY, 0);
  /** Calls per second. */
  public static final Metric THROUGHPUT = new Metric("throughput", "Throughput", MetricKind.THROUGHPUT, 0);

  /** The latency at a percentile, named {@code p50}, {@code p99}, {@code p99.9}. */
  public static Metric latency(double percentile) {
    String name = percentileName(percentile);
    return new Metric(name, "Response time (" + name + ")", MetricKind.TIME, percentile);
  }

  /** The name of a percentile: {@code p50}, {@code p99.9}. */
  public static String percentileName(double percentile) {
    return "p" + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
  }

  /** Whether this is a latency percentile. */
  public boolean isLatency() {
    return kind == MetricKind.TIME;
  }
}
