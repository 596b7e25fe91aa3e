package dev.perfkit.junit.internal;

import dev.perfkit.Units;
import java.util.Locale;

/**
 * One budget after the measurement: the measured value, the limit in effect (time scale applied) and the verdict.
 * Immutable.
 *
 * @param spec the budget
 * @param measured the measured value in the metric's base unit; NaN when it could not be measured
 * @param limit the limit in effect
 * @param status the verdict
 */
public record BudgetResult(BudgetSpec spec, double measured, double limit, Status status) {

  /** A budget's verdict. */
  public enum Status {
    /** The limit was met. */
    OK("ok"),
    /** The limit was missed. */
    FAILED("FAILED"),
    /** The metric could not be measured here (allocation on a JVM without the probe, say); not a failure. */
    UNSUPPORTED("unsupported"),
    /** Budgets are switched off. */
    NOT_CHECKED("not checked");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** The word reports use. */
    public String label() {
      return label;
    }
  }

  /**
   * Bytes a measurement may allocate once, whatever the number of calls, and still meet an allocation budget: the
   * JVM itself can allocate a few hundred bytes while the measured loop first runs or is compiled or deoptimized.
   * No object is smaller than 16 bytes, so code that allocates on every call exceeds this after 128 calls.
   */
  static final long ONE_TIME_BYTES = 2048;

  /**
   * Judges one budget against a measurement. An allocation budget is met when the bytes allocated while measuring
   * are at most the limit per call times the calls, plus {@link #ONE_TIME_BYTES}.
   */
  static BudgetResult judge(BudgetSpec spec, Measurement m, double timeScale, boolean checked) {
    double measured = measure(spec, m);
    double limit = spec.effectiveLimit(timeScale);
    Status status;
    if (!checked) {
      status = Status.NOT_CHECKED;
    } else if (Double.isNaN(measured)) {
      status = Status.UNSUPPORTED;
    } else {
      boolean met = spec.metric().isMinimum() ? measured >= limit
          : spec.metric() == BudgetSpec.Metric.ALLOCATION ? m.allocatedBytes() <= limit * m.operations() + ONE_TIME_BYTES
          : measured <= limit;
      status = met ? Status.OK : Status.FAILED;
    }
    return new BudgetResult(spec, measured, limit, status);
  }

  private static double measure(BudgetSpec spec, Measurement m) {
    boolean empty = m.latency().isEmpty();
    return switch (spec.metric()) {
      case PERCENTILE -> empty ? Double.NaN : m.latency().valueAtPercentile(spec.percentile());
      case MEAN -> m.meanNanos();
      case MAX -> empty ? Double.NaN : m.latency().maxNanos();
      case THROUGHPUT -> m.throughputPerSecond();
      case ALLOCATION -> m.allocatedBytesPerOp();
      case EVENTS -> m.eventsPerOp(spec.name());
    };
  }

  /** The comparison, such as {@code <=}. */
  public String comparison() {
    return spec.metric().isMinimum() ? ">=" : "<=";
  }

  /** The verdict as reports show it: {@code ok}, or {@code FAILED by 630 µs (+31.5 %)}. */
  public String verdictText() {
    if (status != Status.FAILED) {
      return status.label();
    }
    double diff = measured - limit;
    String text = "FAILED by " + format(spec.metric(), Math.abs(diff));
    return limit > 0 ? text + String.format(Locale.ROOT, " (%+.1f %%)", diff / limit * 100) : text;
  }

  /** Formats a value in a metric's unit: {@code 2.63 ms}, {@code 5210/s}, {@code 912 B/op}, {@code 2.00/op}. */
  public static String format(BudgetSpec.Metric metric, double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return switch (metric) {
      case PERCENTILE, MEAN, MAX -> Units.formatNanos(value);
      case THROUGHPUT -> Rates.format(value);
      case ALLOCATION -> Units.formatBytes(value) + "/op";
      case EVENTS -> Rates.number(value) + "/op";
    };
  }
}
