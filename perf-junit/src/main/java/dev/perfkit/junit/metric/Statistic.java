package dev.perfkit.junit.metric;

/** What a {@link Metric} reads from a measurement, each with its {@link MetricKind}. */
public enum Statistic {
    /** A latency percentile. */
    PERCENTILE(MetricKind.TIME),
    /** The mean latency. */
    MEAN(MetricKind.TIME),
    /** The highest latency. */
    MAX(MetricKind.TIME),
    /** Calls per second over all threads. */
    THROUGHPUT(MetricKind.THROUGHPUT),
    /** Bytes allocated per call. */
    ALLOCATION(MetricKind.MEMORY),
    /** Events per call of a named counter. */
    EVENTS(MetricKind.COUNT),
    /** CPU time per call of the measuring threads. */
    CPU(MetricKind.CPU_TIME);

    private final MetricKind kind;

    Statistic(MetricKind kind) {
        this.kind = kind;
    }

    /** The kind of value, which gives the unit, direction and formatting. */
    public MetricKind kind() {
        return kind;
    }
}
