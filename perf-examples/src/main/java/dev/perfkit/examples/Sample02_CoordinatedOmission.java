package dev.perfkit.examples;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Ticker;
import dev.perfkit.Timer;
import dev.perfkit.Units;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sample 02: a load generator that waits for each response under-reports stalls (coordinated omission).
 *
 * <p>A client meant to send one request every 1 ms hits a 500 ms stall once. The naive timer records one slow sample
 * and 9,999 fast ones, so p99 looks perfect, yet every request that should have been sent during the stall would have
 * waited too. Recording with the expected interval adds the samples the stalled client never took, as HdrHistogram
 * does, and the percentiles tell the truth. The clock here is scripted, so the sample runs instantly and prints the
 * same numbers every time.
 *
 * <p>Run: {@code mvn -q -DskipTests -pl perf-examples -am package
 * exec:java -Dexec.mainClass=dev.perfkit.examples.Sample02_CoordinatedOmission}
 */
public final class Sample02_CoordinatedOmission {

    private Sample02_CoordinatedOmission() {}

    /**
     * Runs the sample.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        AtomicLong now = new AtomicLong();
        Ticker scripted = now::get;
        long expectedInterval = 1_000_000; // one request per millisecond
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(scripted).build())) {
            Timer naive = registry.timer("naive");
            Timer corrected = registry.timer("corrected");
            for (int i = 0; i < 10_000; i++) {
                long latency = i == 5_000 ? 500_000_000 : 200_000; // one 500 ms stall, otherwise 200 µs
                naive.recordNanos(latency);
                corrected.recordNanos(latency, expectedInterval);
                now.addAndGet(latency);
            }
            System.out.println(
                    "naive     p99 = " + Units.formatNanos(naive.snapshot().valueAtPercentile(99)));
            System.out.println(
                    "corrected p99 = " + Units.formatNanos(corrected.snapshot().valueAtPercentile(99)));
            System.out.print(registry.report());
        }
    }
}
