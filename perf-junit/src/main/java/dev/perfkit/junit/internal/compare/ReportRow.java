package dev.perfkit.junit.internal.compare;

import java.util.Locale;

/**
 * One row of the Performance Optimization Report: a metric before and after, the estimated factor with its
 * interval, and, when a relative budget applies to it, the budget and the verdict. Immutable.
 */
public final class ReportRow {
  private final String metric;
  private final MetricKind kind;
  private final double before;
  private final double after;
  private final RatioEstimate estimate;
  private final double minFactor;
  private final Outcome outcome;
  private final boolean significant;
  private final String evidence;

  /**
   * Creates a row; {@code minFactor} is the relative budget ({@code NaN} for none), and the outcome is then computed
   * from the estimate.
   */
  public ReportRow(String metric, MetricKind kind, double before, double after, RatioEstimate estimate,
      double minFactor) {
    this.metric = metric;
    this.kind = kind;
    this.before = before;
    this.after = after;
    this.estimate = estimate;
    this.minFactor = minFactor;
    this.outcome = Double.isNaN(minFactor) ? null : estimate.against(minFactor);
    this.significant = estimate.significant();
    String line = String.format(Locale.ROOT, "- %s: %s", metric, estimate);
    if (outcome != null) {
      line += String.format(Locale.ROOT, "; budget: at least %sx %s: **%s**", trim(minFactor), kind.better(), outcome);
    }
    this.evidence = line;
  }

  private ReportRow(String metric, MetricKind kind, double before, double after, RatioEstimate estimate,
      double minFactor, Outcome outcome, boolean significant, String evidence) {
    this.metric = metric;
    this.kind = kind;
    this.before = before;
    this.after = after;
    this.estimate = estimate;
    this.minFactor = minFactor;
    this.outcome = outcome;
    this.significant = significant;
    this.evidence = evidence;
  }

  /**
   * A row comparing a figure with a kept baseline's, one value each, without an interval: a change beyond
   * {@code tolerance} (relative, in the metric's direction) is significant, and a loss beyond it fails.
   */
  public static ReportRow kept(String metric, MetricKind kind, double before, double after, double tolerance) {
    double factor = kind.direction().factor(before, after);
    boolean worse = factor < 1 / (1 + tolerance);
    boolean better = factor > 1 + tolerance;
    String verdict = worse ? "**REGRESSION**" : better ? "**IMPROVEMENT**" : "within tolerance";
    String evidence = String.format(Locale.ROOT, "- %s: %.2fx against the kept baseline, tolerance %s%%: %s", metric,
        factor, trim(Math.round(tolerance * 1000) / 10.0), verdict);
    return new ReportRow(metric, kind, before, after, null, Double.NaN, worse ? Outcome.FAIL : Outcome.PASS,
        worse || better, evidence);
  }

  /**
   * This row with its verdict withheld because the rounds were not stationary: a budgeted row's outcome becomes
   * {@link Outcome#UNSTABLE}; a row without a budget is returned as it is.
   */
  public ReportRow unstable() {
    if (outcome == null) {
      return this;
    }
    String line = evidence.substring(0, evidence.lastIndexOf("**" + outcome + "**")) + "**" + Outcome.UNSTABLE + "**";
    return new ReportRow(metric, kind, before, after, estimate, minFactor, Outcome.UNSTABLE, significant, line);
  }

  /** The metric's label, e.g. {@code Response time (p50)}. */
  public String metric() {
    return metric;
  }

  /** The metric's kind. */
  public MetricKind kind() {
    return kind;
  }

  /** The baseline's value. */
  public double before() {
    return before;
  }

  /** The candidate's value. */
  public double after() {
    return after;
  }

  /** The factor estimate; null for a row against a kept baseline. */
  public RatioEstimate estimate() {
    return estimate;
  }

  /** The relative budget, {@code NaN} if none. */
  public double minFactor() {
    return minFactor;
  }

  /** The verdict against the budget, null when the row has no budget. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the change is significant: the interval excludes 1, or a kept figure moved beyond the tolerance. */
  public boolean significant() {
    return significant;
  }

  /** The improvement cell: {@code 93% faster}, {@code 16x higher}, {@code no significant change}, ... */
  public String improvement() {
    return kind.describe(before, after, significant);
  }

  /** The line under the table that gives the evidence for this row. */
  public String evidence() {
    return evidence;
  }

  /** A factor as written in budgets: {@code 2}, {@code 1.5}. */
  public static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
