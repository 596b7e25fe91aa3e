package dev.perfkit.junit.perftest;

import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricKind;

/**
 * One validated budget: a metric and its limit, in the metric's base unit (nanoseconds, operations per second, bytes
 * per operation or events per operation). Immutable.
 *
 * @param metric what is limited
 * @param limit the limit before any time scale is applied
 */
public record BudgetSpec(Metric metric, double limit) {

    /** The name shown in reports: {@code p99}, {@code p99.99}, {@code mean}, a counter's name, ... */
    public String name() {
        return metric.name();
    }

    /** Returns the limit in effect under a time scale: latencies multiplied by it, throughput divided by it. */
    public double effectiveLimit(double timeScale) {
        MetricKind kind = metric.kind();
        if (kind.isDuration()) {
            return limit * timeScale;
        }
        return kind == MetricKind.THROUGHPUT ? limit / timeScale : limit;
    }
}
