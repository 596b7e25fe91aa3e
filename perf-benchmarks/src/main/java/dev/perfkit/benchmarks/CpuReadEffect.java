package dev.perfkit.benchmarks;

import dev.perfkit.Ticker;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Progress;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.jvm.CpuClock;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.perftest.Harness;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.perftest.PerfTestPlan;
import dev.perfkit.memory.MemoryProbe;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether reading CPU time changes what perf-junit measures: the harness that runs {@code @PerfTest} measures the
 * same calibrated workloads (about 100 ns, 1 µs and 10 µs of {@link Blackhole#consumeCPU(long)}) with CPU time read
 * ({@link CpuClock#system()}) and without, alternately, in one JVM (warm-up 1 s, measurement 2 s each), and prints
 * the median of each run's median per side and their ratio. It also prints the CPU time per call, the share off
 * CPU and the part of it spent waiting for a core (Linux run delay) that the runs with CPU time found.
 *
 * <p>Run: {@code flock /tmp/perfkit-bench.lock java -cp perf-benchmarks/target/benchmarks.jar
 * dev.perfkit.benchmarks.CpuReadEffect [pairs]}
 */
public final class CpuReadEffect {

    private static final long[] TARGET_NANOS = {100, 1_000, 10_000};

    private CpuReadEffect() {}

    /**
     * Runs {@code pairs} (default 6) pairs of runs per workload and prints a Markdown table.
     *
     * @param args {@code [pairs]}: how many pairs of runs per workload
     * @throws Throwable if the harness fails
     */
    public static void main(String[] args) throws Throwable {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        double nanosPerToken = HarnessAccuracy.nanosPerToken();
        System.out.println("| target | tokens | median with CPU reads (ns) | median without (ns) | with / without "
                + "| CPU per call (ns) | off CPU | of which waiting for a core |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (long target : TARGET_NANOS) {
            long tokens = Math.max(1, Math.round(target / nanosPerToken));
            long[] with = new long[pairs];
            long[] without = new long[pairs];
            double[] cpu = new double[pairs];
            double[] off = new double[pairs];
            double[] ready = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                boolean withFirst = i % 2 == 0;
                Measurement a = harness(tokens, withFirst);
                Measurement b = harness(tokens, !withFirst);
                Measurement on = withFirst ? a : b;
                Measurement plain = withFirst ? b : a;
                with[i] = on.latency().valueAtPercentile(50);
                without[i] = plain.latency().valueAtPercentile(50);
                cpu[i] = on.cpuNanosPerOp();
                off[i] = on.cpu().offCpuShare();
                ready[i] = on.cpu().readyShare();
            }
            double w = median(with);
            double wo = median(without);
            System.out.printf(
                    Locale.ROOT,
                    "| %d ns | %d | %.0f %s | %.0f %s | **%.3f** | %.0f | %.1f %% | %.1f %% |%n",
                    target,
                    tokens,
                    w,
                    Arrays.toString(with),
                    wo,
                    Arrays.toString(without),
                    w / wo,
                    median(cpu),
                    median(off) * 100,
                    median(ready) * 100);
        }
    }

    private static Measurement harness(long tokens, boolean readCpu) throws Throwable {
        PerfTestPlan plan = new PerfTestPlan(
                WarmupSpec.Mode.DURATION,
                1_000_000_000L,
                0,
                100_000_000L,
                0.05,
                false,
                2_000_000_000L,
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
                JvmProbe.system(),
                readCpu ? CpuClock.system() : CpuClock.unsupported("off"),
                Progress.NONE);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
