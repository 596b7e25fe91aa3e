package dev.perfkit.junit.compare;

import dev.perfkit.junit.metric.Metric;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code @Compare} test: the two methods, where their inputs come from, and the relative budgets.
 * Immutable.
 *
 * @param test the test's name for messages, such as {@code DedupTests.dedup()}
 * @param bottleneck the report's first section
 * @param change the report's second section
 * @param baseline the {@code @Baseline} method
 * @param candidate the {@code @Candidate} method
 * @param inputs the method giving the measured inputs; null when the methods take no parameter
 * @param generated the method giving inputs only checked for equal results; null for none
 * @param metrics the metrics to report, in order
 * @param budgets the least improvement factor per budgeted metric
 */
public record ComparePlan(
        String test,
        String bottleneck,
        String change,
        Method baseline,
        Method candidate,
        Method inputs,
        Method generated,
        List<Metric> metrics,
        Map<Metric, Double> budgets,
        int forks) {

    /** Copies the collections. */
    public ComparePlan {
        metrics = List.copyOf(metrics);
        budgets = Collections.unmodifiableMap(new LinkedHashMap<>(budgets));
    }
}
