package dev.perfkit.junit.internal.compare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives a comparison: takes paired rounds, examines them at the looks of a {@link SequentialPlan}, and stops at the
 * first look where every relative budget has a verdict, at the plan's last look, or when the time cap is reached,
 * whichever comes first. A stop at the time cap examines the data once more; it takes the place of the planned looks
 * still to come, so the error stays within the plan's alpha. Stateless.
 */
public final class SequentialComparison {

  /** Allocation below this many bytes per call counts as this many, so that allocation-free code has a ratio. */
  static final double MIN_BYTES_PER_OP = 1;

  private SequentialComparison() {}

  /**
   * Runs the comparison.
   *
   * @param metrics the metrics to report, in order
   * @param budgets the least improvement factor required per metric (a subset of {@code metrics})
   * @param capNanos the most measured time per side
   * @throws Throwable whatever measuring a round threw
   */
  public static ComparisonResult run(PairedRounds rounds, List<Metric> metrics, Map<Metric, Double> budgets,
      SequentialPlan plan, long capNanos) throws Throwable {
    int looks = 0;
    while (true) {
      rounds.next();
      int n = rounds.count();
      boolean capped = rounds.spentNanos() >= capNanos;
      boolean last = n >= plan.maxRounds();
      if (plan.isLook(n) || last || capped) {
        looks++;
        Stop stop = last ? Stop.ROUND_LIMIT : capped ? Stop.TIME_CAP : null;
        ComparisonResult result = examine(rounds, metrics, budgets, plan, looks, stop);
        if (result.stop() != null) {
          return result;
        }
      }
    }
  }

  /** The result at this look; its stop is null when the rounds should go on. */
  private static ComparisonResult examine(PairedRounds rounds, List<Metric> metrics, Map<Metric, Double> budgets,
      SequentialPlan plan, int looks, Stop end) {
    Map<Metric, ReportRow> rows = new LinkedHashMap<>();
    Map<Metric, String> unmeasurable = new LinkedHashMap<>();
    for (Metric m : metrics) {
      String why = rounds.unmeasurable(m);
      if (!why.isEmpty()) {
        unmeasurable.put(m, why);
        continue;
      }
      double[] before = rounds.baseline(m);
      double[] after = rounds.candidate(m);
      RatioEstimate estimate = RatioEstimate.of(forRatio(m, before), forRatio(m, after), m.kind().direction(),
          plan.lookConfidence());
      rows.put(m, new ReportRow(m.label(), m.kind(), median(before), median(after), estimate,
          budgets.getOrDefault(m, Double.NaN)));
    }
    boolean decisive = rows.values().stream().noneMatch(r -> r.outcome() == Outcome.INCONCLUSIVE);
    Stop stop = decisive ? Stop.DECISIVE : end;
    return new ComparisonResult(rows, unmeasurable, rounds.count(), looks, plan.lookConfidence(), stop);
  }

  private static double[] forRatio(Metric m, double[] values) {
    if (m.kind() != MetricKind.MEMORY) {
      return values;
    }
    double[] floored = values.clone();
    for (int i = 0; i < floored.length; i++) {
      floored[i] = Math.max(MIN_BYTES_PER_OP, floored[i]);
    }
    return floored;
  }

  /** The median of the finite values; NaN without any. */
  static double median(double[] values) {
    double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
