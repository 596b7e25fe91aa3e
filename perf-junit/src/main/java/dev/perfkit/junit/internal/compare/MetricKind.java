package dev.perfkit.junit.internal.compare;

import dev.perfkit.Units;
import java.util.Locale;

/** The kinds of metric a comparison reports, each with its direction, its units and its words for better and worse. */
public enum MetricKind {
  /** A latency in nanoseconds: lower is better, "faster" / "slower". */
  TIME(Direction.LOWER_IS_BETTER, "faster", "slower"),
  /** A byte count (allocation per op, retained heap): lower is better, "less" / "more". */
  MEMORY(Direction.LOWER_IS_BETTER, "less", "more"),
  /** Operations per second: higher is better, "higher" / "lower". */
  THROUGHPUT(Direction.HIGHER_IS_BETTER, "higher", "lower");

  private final Direction direction;
  private final String better;
  private final String worse;

  MetricKind(Direction direction, String better, String worse) {
    this.direction = direction;
    this.better = better;
    this.worse = worse;
  }

  /** The metric's direction. */
  public Direction direction() {
    return direction;
  }

  /** The word for an improvement: {@code faster}, {@code less}, {@code higher}. */
  public String better() {
    return better;
  }

  /** Formats a value compactly for a report cell: {@code 85.3ms}, {@code 128MiB}, {@code 800 ops/s}. */
  public String format(double value) {
    switch (this) {
      case TIME:
        return Units.formatNanos(value).replace(" ", "");
      case MEMORY:
        return Units.formatBytes(value).replace(" ", "");
      default:
        return (value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value))
            + " ops/s";
    }
  }

  /**
   * The natural wording of a change from {@code before} to {@code after}: {@code 93% faster}, {@code 75% less},
   * {@code 16x higher}, {@code 12% slower}, or {@code no significant change} when the comparison found none.
   */
  public String describe(double before, double after, boolean significant) {
    if (!significant || before == after || !(before > 0) || !(after > 0)) {
      return "no significant change";
    }
    double factor = direction.factor(before, after);
    String word = factor > 1 ? better : worse;
    double grew = Math.max(before, after) / Math.min(before, after);
    boolean rose = after > before;
    if (rose && grew >= 2) {
      // a rise of 2x or more reads best as a multiple: 16x higher, 3.0x slower
      return (grew >= 10 ? String.format(Locale.ROOT, "%.0f", grew) : String.format(Locale.ROOT, "%.1f", grew)) + "x "
          + word;
    }
    long pct = Math.max(1, Math.round(Math.abs(after - before) / before * 100));
    return pct + "% " + word;
  }
}
