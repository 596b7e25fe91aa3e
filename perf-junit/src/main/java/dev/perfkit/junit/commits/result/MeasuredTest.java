package dev.perfkit.junit.commits.result;

import dev.perfkit.junit.metric.Metric;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One test measured on both sides: a row per metric, each side's value of every metric in every round the verdict
 * rests on, and how the rounds were measured. Immutable.
 *
 * @param test the test, {@code Class.method}
 * @param rows one row per metric measured, the latency percentile first
 * @param baseRounds the base's value of each metric in every round, oldest first
 * @param headRounds the head's value of each metric in every round, oldest first
 * @param dropped the leading rounds left out as a JVM transient
 * @param how how the verdict was reached: the rounds, why they stopped, in this JVM or across fresh JVMs and why
 * @param seconds the wall time the test took, warm-up and replicas included
 */
public record MeasuredTest(
        String test,
        List<CommitChange> rows,
        Map<Metric, double[]> baseRounds,
        Map<Metric, double[]> headRounds,
        int dropped,
        String how,
        double seconds) {

    /** Copies the collections (the arrays are not copied: nobody writes them). */
    public MeasuredTest {
        rows = List.copyOf(rows);
        baseRounds = Collections.unmodifiableMap(new LinkedHashMap<>(baseRounds));
        headRounds = Collections.unmodifiableMap(new LinkedHashMap<>(headRounds));
    }
}
