package dev.perfkit.junit.compare;

import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.RatioEstimate;
import java.util.Locale;
import java.util.Map;

/**
 * Side-isolated forks ({@code perfkit.compare.isolation = sides}): each fresh JVM runs one side only, so code both
 * sides call (a JDK library, a shared helper) is compiled with that side's profile alone, as in production, where only
 * one of the two versions runs. When both sides share a JVM, the JIT compiles the shared code for both call patterns
 * at once (profile pollution), which can move the factor by more than one JVM's interval.
 *
 * <ol>
 *   <li>Each pair of forks measures the baseline in one fresh JVM and the candidate in the next (which goes first
 *       alternates from pair to pair, so a drift of the machine's speed falls on both sides alike); each fork
 *       measures its side in rounds against itself, with the usual warm-up and guards.</li>
 *   <li>The pair's baseline rounds and candidate rounds are paired in order and give one factor per pair of JVMs
 *       ({@link ForkedRounds#isolated}), and the verdict rests on those factors as with paired forks
 *       ({@link Replication}): Student's t at 99 % over their logarithms. The unit of evidence is the pair of JVMs,
 *       so a machine whose speed moves between two JVMs widens the interval, never biases it.</li>
 *   <li>When the comparison's own JVM measured the sides paired first (replication of a budget it did not settle),
 *       the report says whether that paired factor lies inside the side-isolated interval; outside, the sides
 *       disturbed each other in one JVM, and the verdict is the side-isolated one.</li>
 * </ol>
 *
 * <p>Side isolation costs twice the JVMs of paired forks and gives up the pairing of the two sides within a JVM, so
 * its intervals are wider for the same number of forks. Stateless.
 */
final class IsolatedSides {

    private IsolatedSides() {}

    /**
     * The report's note on the paired factor of the comparison's own JVM ({@code here}) against the side-isolated
     * interval ({@code isolated}), per budgeted metric: {@code ; the paired factor in the test's JVM, 3.85x, lies
     * outside the side-isolated interval [3.40x, 3.68x]: ...}, or that it lies inside.
     */
    static String disagreement(SequentialVerdict here, SequentialVerdict isolated, Map<Metric, Double> budgets) {
        StringBuilder out = new StringBuilder();
        for (Metric m : budgets.keySet()) {
            MetricChange paired = here.rows().get(m);
            MetricChange apart = isolated.rows().get(m);
            if (paired == null || apart == null || paired.estimate() == null || apart.estimate() == null) {
                continue;
            }
            double f = paired.estimate().estimate();
            RatioEstimate e = apart.estimate();
            boolean inside = f >= e.low() && f <= e.high();
            out.append(String.format(
                    Locale.ROOT,
                    "; %s's paired factor in the test's JVM, %.2fx, lies %s the side-isolated interval [%.2fx, %.2fx]",
                    m.name(),
                    f,
                    inside ? "inside" : "outside",
                    e.low(),
                    e.high()));
            if (!inside) {
                out.append(": the sides disturb each other when they share a JVM (such as the JIT compiling code both "
                        + "call for both at once), so the verdict is the side-isolated one");
            }
        }
        return out.toString();
    }
}
