package dev.perfkit.junit.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.RatioEstimate;
import dev.perfkit.junit.metric.Statistic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizationReportTest {

    private static final RatioEstimate SIGNIFICANT = new RatioEstimate(1.5, 2, 2.5, 0.9875, 20);
    private static final RatioEstimate NOT_SIGNIFICANT = new RatioEstimate(0.9, 1, 1.1, 0.9875, 20);

    private static Metric metric(Statistic statistic) {
        return statistic == Statistic.PERCENTILE
                ? Metric.latency(50)
                : statistic == Statistic.EVENTS ? Metric.events("queries") : new Metric(statistic, "x", 0);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
    @CsvSource({
        "PERCENTILE, 1200000000, 85000000, 93% faster",
        "ALLOCATION, 536870912, 134217728, 75% less",
        "THROUGHPUT, 50, 800, 16x higher",
        "THROUGHPUT, 50, 125, 2.5x higher",
        "THROUGHPUT, 50, 60, 20% higher",
        "THROUGHPUT, 50, 40, 20% lower",
        "PERCENTILE, 100, 112, 12% slower",
        "MEAN, 100, 300, 3.0x slower",
        "ALLOCATION, 100, 101, 1% more",
        "EVENTS, 21, 1, 95% fewer"
    })
    void improvementWordingPicksTheNaturalForm(Statistic statistic, double before, double after, String words) {
        assertEquals(
                words,
                Phrases.improvement(MetricChange.compared(metric(statistic), before, after, SIGNIFICANT, Double.NaN)));
    }

    @Test
    void insignificantChangesSaySo() {
        assertEquals(
                "no significant change",
                Phrases.improvement(MetricChange.compared(Metric.latency(50), 100, 90, NOT_SIGNIFICANT, Double.NaN)));
    }

    @Test
    void keptRowsNameTheToleranceAndTheVerdict() {
        assertEquals(
                "0.50x against the kept baseline, tolerance 10%: **REGRESSION**",
                Phrases.evidence(MetricChange.kept(Metric.latency(50), 100, 200, 0.1)));
        assertEquals(
                "2.00x against the kept baseline, tolerance 10%: **IMPROVEMENT**",
                Phrases.evidence(MetricChange.kept(Metric.THROUGHPUT, 100, 200, 0.1)));
        assertEquals(
                "1.05x against the kept baseline, tolerance 12.5%: within tolerance",
                Phrases.evidence(MetricChange.kept(Metric.ALLOCATION, 105, 100, 0.125)));
    }

    @Test
    void anUnstableRowKeepsItsFiguresAndSaysUnstable() {
        MetricChange row = MetricChange.compared(Metric.latency(50), 200, 100, SIGNIFICANT, 1.5)
                .unstable();
        assertEquals(
                "2.00x [1.50x, 2.50x] at 98.75% confidence over 20 rounds; budget: at least 1.5x faster: "
                        + "**UNSTABLE**",
                Phrases.evidence(row));
    }

    @Test
    void rendersTheSeedShape() {
        RatioEstimate faster = new RatioEstimate(12.0, 14.1, 16.3, 0.9875, 20);
        RatioEstimate less = new RatioEstimate(3.9, 4.0, 4.1, 0.9875, 20);
        RatioEstimate higher = new RatioEstimate(15.0, 16.0, 17.0, 0.9875, 20);
        String md = OptimizationReport.markdown(
                "Linear scans in dedup: O(n^2).",
                "A HashSet instead of a list.",
                List.of(
                        MetricChange.compared(Metric.latency(50), 1.2e9, 85e6, faster, 2),
                        MetricChange.compared(
                                Metric.ALLOCATION, 512.0 * 1024 * 1024, 128.0 * 1024 * 1024, less, Double.NaN),
                        MetricChange.compared(Metric.THROUGHPUT, 50, 800, higher, Double.NaN)));
        assertEquals("""
                ## Performance Optimization Report

                ### Bottleneck Identified
                Linear scans in dedup: O(n^2).

                ### Change Applied
                A HashSet instead of a list.

                ### Results
                | Metric                      | Before     | After     | Improvement |
                |-----------------------------|------------|-----------|-------------|
                | Response time (p50)         | 1.20s      | 85.0ms    | 93% faster  |
                | Memory usage (allocated/op) | 512MiB     | 128MiB    | 75% less    |
                | Throughput                  | 50.0 ops/s | 800 ops/s | 16x higher  |

                - Response time (p50): 14.10x [12.00x, 16.30x] at 98.75% confidence over 20 rounds; budget: at least \
                2x faster: **PASS**
                - Memory usage (allocated/op): 4.00x [3.90x, 4.10x] at 98.75% confidence over 20 rounds
                - Throughput: 16.00x [15.00x, 17.00x] at 98.75% confidence over 20 rounds
                """, md);
    }
}
