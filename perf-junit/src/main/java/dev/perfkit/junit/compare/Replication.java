package dev.perfkit.junit.compare;

import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.RatioEstimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verdicts whose unit of evidence is the JVM. The same pair of methods measured in fresh JVMs gives factors that
 * differ by more than one JVM's interval (JIT decisions, profile pollution of code both sides share), so a verdict
 * that must hold for the code, not for one JVM, needs the JVM-to-JVM variation in its interval.
 *
 * <ol>
 *   <li>A comparison first measures in its own JVM. A budget is settled there only when its whole interval lies at
 *       least the margin ({@code perfkit.compare.jvmMargin}, 30 %) beyond the budget: far from the budget, another
 *       JVM's factor would not cross it.</li>
 *   <li>Otherwise the comparison is measured again in fresh JVMs ({@code perfkit.compare.replicaForks}, 4), and
 *       each JVM gives one factor per metric: the Hodges-Lehmann estimate of its rounds. The verdict rests on those
 *       factors alone (a two-stage estimate): the mean of their logarithms and Student's t interval over them at
 *       {@value #CONFIDENCE} confidence, so a between-JVM spread widens the interval, and a budget equal to the true
 *       factor is inconclusive rather than failed, but for the {@code (1 - }{@value #CONFIDENCE}{@code ) / 2} chance
 *       of the interval's one side.</li>
 *   <li>Explicit forks ({@code forks = N}, two or more) are judged the same way.</li>
 * </ol>
 *
 * <p>The t interval assumes the JVMs' log factors are independent and roughly normal about their centre; with four
 * JVMs that cannot be checked, which is why the interval is wide. {@code ReplicationSimulationTest} gives the error
 * rates on generated factors, including between-JVM spreads. Stateless.
 */
public final class Replication {

    /** The confidence of an interval across JVMs. */
    public static final double CONFIDENCE = 0.99;

    private Replication() {}

    /**
     * Why a one-JVM verdict does not settle its budgets: the first budget whose interval is undecided or lies within
     * {@code margin} (relative) of the budget; empty when every budget is settled in this JVM.
     */
    public static String closeToBudget(SequentialVerdict verdict, Map<Metric, Double> budgets, double margin) {
        for (Map.Entry<Metric, Double> b : budgets.entrySet()) {
            MetricChange row = verdict.rows().get(b.getKey());
            if (row == null || row.estimate() == null) {
                continue;
            }
            RatioEstimate e = row.estimate();
            double budget = b.getValue();
            boolean clearPass = e.low() >= budget * (1 + margin);
            boolean clearFail = e.high() * (1 + margin) <= budget;
            if (!clearPass && !clearFail) {
                return String.format(
                        Locale.ROOT,
                        "%s's interval [%.2fx, %.2fx] in this JVM is not %.0f %% clear of the " + "budget %sx",
                        b.getKey().name(),
                        e.low(),
                        e.high(),
                        margin * 100,
                        trim(budget));
            }
        }
        return "";
    }

    /**
     * The verdict over the rounds of forks: with two or more, one factor per JVM ({@link #acrossJvms}); with one, its
     * rounds, examined once.
     */
    public static SequentialVerdict acrossForks(
            ForkedRounds forked, List<Metric> metrics, Map<Metric, Double> budgets, SequentialPlan plan) {
        SequentialVerdict pooled = SequentialComparison.examine(forked, metrics, budgets, plan, 1, Stop.FORKS);
        return forked.forkCount() < 2 ? pooled : acrossJvms(forked, metrics, budgets, pooled);
    }

    /**
     * The verdict across the JVMs that measured {@code forks}: one factor per JVM and metric, Student's t interval over
     * their logarithms. Metrics with fewer than two JVM factors keep {@code pooled}'s row (all forks' rounds together).
     *
     * @param pooled the forks' rounds examined together, for the medians, the metrics that could not be measured and
     *     the number of rounds
     */
    public static SequentialVerdict acrossJvms(
            ForkedRounds forks, List<Metric> metrics, Map<Metric, Double> budgets, SequentialVerdict pooled) {
        Map<Metric, MetricChange> rows = new LinkedHashMap<>();
        for (Metric m : metrics) {
            MetricChange row = pooled.rows().get(m);
            if (row == null) {
                continue;
            }
            RatioEstimate across = interval(forks.forkFactors(m), CONFIDENCE);
            if (across == null) {
                rows.put(m, row);
                continue;
            }
            rows.put(
                    m,
                    MetricChange.compared(m, row.before(), row.after(), across, budgets.getOrDefault(m, Double.NaN)));
        }
        // each fork's factor and their spread are in the rounds' description (ForkedRounds.describe)
        return new SequentialVerdict(rows, pooled.unmeasurable(), pooled.rounds(), 1, CONFIDENCE, Stop.FORKS, 0, "");
    }

    /**
     * Student's t interval of the factor over per-JVM factors at {@code confidence}: the geometric mean and
     * {@code exp(mean(log f) +- t * sd(log f) / sqrt(k))}; null with fewer than two finite positive factors.
     */
    static RatioEstimate interval(double[] factors, double confidence) {
        double sum = 0;
        int k = 0;
        for (double f : factors) {
            if (f > 0 && !Double.isInfinite(f)) {
                sum += Math.log(f);
                k++;
            }
        }
        if (k < 2) {
            return null;
        }
        double mean = sum / k;
        double ss = 0;
        for (double f : factors) {
            if (f > 0 && !Double.isInfinite(f)) {
                ss += (Math.log(f) - mean) * (Math.log(f) - mean);
            }
        }
        double half = StudentT.quantile(1 - (1 - confidence) / 2, k - 1) * Math.sqrt(ss / (k - 1) / k);
        return new RatioEstimate(Math.exp(mean - half), Math.exp(mean), Math.exp(mean + half), confidence, k, "JVMs");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
