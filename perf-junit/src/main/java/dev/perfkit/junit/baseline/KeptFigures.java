package dev.perfkit.junit.baseline;

import dev.perfkit.junit.metric.Metric;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one test kept in a baseline file: its median latency, throughput and allocation per call (NaN when
 * not measured). Immutable.
 *
 * @param p50Nanos the median latency
 * @param throughputPerSecond calls per second
 * @param allocatedBytesPerOp bytes allocated per call; NaN when not measured
 */
public record KeptFigures(double p50Nanos, double throughputPerSecond, double allocatedBytesPerOp) {

    /** The file's member names, in order. */
    static final String[] FIELDS = {"p50Nanos", "throughputPerSecond", "allocatedBytesPerOp"};

    /** The figures by metric, in report order. */
    public Map<Metric, Double> byMetric() {
        Map<Metric, Double> out = new LinkedHashMap<>();
        out.put(Metric.latency(50), p50Nanos);
        out.put(Metric.ALLOCATION, allocatedBytesPerOp);
        out.put(Metric.THROUGHPUT, throughputPerSecond);
        return out;
    }

    /** As the file writes them. */
    Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(FIELDS[0], p50Nanos);
        out.put(FIELDS[1], throughputPerSecond);
        out.put(FIELDS[2], allocatedBytesPerOp);
        return out;
    }
}
