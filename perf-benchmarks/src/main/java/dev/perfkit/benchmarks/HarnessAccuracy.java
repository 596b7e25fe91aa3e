package dev.perfkit.benchmarks;

import dev.perfkit.Ticker;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.perftest.Harness;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.perftest.PerfTestPlan;
import dev.perfkit.memory.MemoryProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Checks the accuracy of perf-junit's measuring harness against JMH in one session: the same calibrated workloads
 * (about 100 ns, 1 µs and 10 µs of {@link Blackhole#consumeCPU(long)}) measured by JMH
 * ({@link HarnessAccuracyBenchmark}, forked, average time) and by the harness (in this JVM, warm-up 3 s, measurement
 * 5 s, median per call). The target is a harness median within 5 % of JMH's score.
 *
 * <p>Run: {@code flock /tmp/jmh.lock java -cp perf-benchmarks/target/benchmarks.jar
 * dev.perfkit.benchmarks.HarnessAccuracy}
 */
public final class HarnessAccuracy {

    private static final long[] TARGET_NANOS = {100, 1_000, 10_000};

    private HarnessAccuracy() {}

    /**
     * Calibrates the token counts, runs JMH, runs the harness, prints a table.
     *
     * @param args not used
     * @throws Throwable if JMH or the harness fails
     */
    public static void main(String[] args) throws Throwable {
        double nanosPerToken = nanosPerToken();
        List<String> tokens = new ArrayList<>();
        for (long target : TARGET_NANOS) {
            tokens.add(String.valueOf(Math.max(1, Math.round(target / nanosPerToken))));
        }
        var options = new OptionsBuilder()
                .include(HarnessAccuracyBenchmark.class.getName())
                .param("tokens", tokens.toArray(new String[0]))
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        List<RunResult> jmh = new ArrayList<>(new Runner(options).run());
        jmh.sort((a, b) -> Long.compare(
                Long.parseLong(a.getParams().getParam("tokens")),
                Long.parseLong(b.getParams().getParam("tokens"))));

        System.out.println(
                "| tokens | JMH avgt (ns/op) | harness median (ns) | harness mean (ns) | batch | overhead (ns)"
                        + " | median / JMH |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (RunResult r : jmh) {
            long t = Long.parseLong(r.getParams().getParam("tokens"));
            double reference = r.getPrimaryResult().getScore();
            Measurement m = harness(t);
            long median = m.latency().valueAtPercentile(50);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %.1f ± %.1f | %d | %.1f | %d | %d | %.3f |%n",
                    t,
                    reference,
                    r.getPrimaryResult().getScoreError(),
                    median,
                    m.meanNanos(),
                    m.batch(),
                    m.overheadNanos(),
                    median / reference);
        }
    }

    private static Measurement harness(long tokens) throws Throwable {
        PerfTestPlan plan = new PerfTestPlan(
                WarmupSpec.Mode.DURATION,
                3_000_000_000L,
                0,
                100_000_000L,
                0.05,
                false,
                5_000_000_000L,
                1,
                0,
                List.of());
        return Harness.run(
                plan,
                Ticker.system(),
                () -> Blackhole.consumeCPU(tokens),
                Body.NOOP,
                region -> MemoryProbe.unsupported("not needed").allocation(region, 1),
                List.of(),
                JvmProbe.system());
    }

    /** The fastest time per token of {@link Blackhole#consumeCPU(long)} over 200 runs of 100,000 tokens. */
    static double nanosPerToken() {
        long tokens = 100_000;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            Blackhole.consumeCPU(tokens);
            best = Math.min(best, (System.nanoTime() - t0) / (double) tokens);
        }
        return best;
    }
}
