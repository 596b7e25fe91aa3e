package dev.perfkit.junit.metric;

import java.math.BigDecimal;

/**
 * One figure perfkit measures, budgets, compares and reports: a latency percentile, the mean or highest latency,
 * throughput, allocation per call, CPU time per call or events per call of a counter. Every feature names its figures
 * with this type, so a new figure is added here (and in {@link Statistic}) and in the code that reads it from a
 * measurement. Immutable; equal metrics have equal fields.
 *
 * @param statistic what is read from a measurement
 * @param name the short name used in annotations, report entries and JSON: {@code p50}, {@code p99.9},
 *     {@code mean}, {@code max}, {@code throughput}, {@code allocation}, {@code cpu}, or a counter's name
 * @param percentile for {@link Statistic#PERCENTILE}, the percentile (greater than 0, at most 100); otherwise 0
 */
public record Metric(Statistic statistic, String name, double percentile) {

    /** The mean latency. */
    public static final Metric MEAN = new Metric(Statistic.MEAN, "mean", 0);
    /** The highest latency. */
    public static final Metric MAX = new Metric(Statistic.MAX, "max", 0);
    /** Calls per second. */
    public static final Metric THROUGHPUT = new Metric(Statistic.THROUGHPUT, "throughput", 0);
    /** Bytes allocated per call. */
    public static final Metric ALLOCATION = new Metric(Statistic.ALLOCATION, "allocation", 0);
    /** SQL statements per call: the events of the {@code sql.statements} counter that perf-jdbc increments. */
    public static final Metric SQL = new Metric(Statistic.EVENTS, "sql.statements", 0);
    /** CPU time per call. */
    public static final Metric CPU = new Metric(Statistic.CPU, "cpu", 0);

    /** The latency at a percentile, named {@code p50}, {@code p99}, {@code p99.9}. */
    public static Metric latency(double percentile) {
        return new Metric(Statistic.PERCENTILE, percentileName(percentile), percentile);
    }

    /** Events per call of the counter named {@code counter}. */
    public static Metric events(String counter) {
        return new Metric(Statistic.EVENTS, counter, 0);
    }

    /** The name of a percentile: {@code p50}, {@code p99.9}. */
    public static String percentileName(double percentile) {
        return "p" + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
    }

    /** The kind of value: its unit, direction and formatting. */
    public MetricKind kind() {
        return statistic.kind();
    }

    /** Whether this is a latency percentile. */
    public boolean isPercentile() {
        return statistic == Statistic.PERCENTILE;
    }

    /** The row label of reports: {@code Response time (p50)}, {@code Memory usage (allocated/op)}, ... */
    public String label() {
        return switch (statistic) {
            case PERCENTILE, MEAN, MAX -> "Response time (" + name + ")";
            case THROUGHPUT -> "Throughput";
            case ALLOCATION -> "Memory usage (allocated/op)";
            case EVENTS -> equals(SQL) ? "SQL statements (per call)" : "Events (" + name + " per call)";
            case CPU -> "CPU time (per call)";
        };
    }
}
