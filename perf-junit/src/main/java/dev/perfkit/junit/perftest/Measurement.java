package dev.perfkit.junit.perftest;

import dev.perfkit.TimerSnapshot;
import dev.perfkit.Units;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.metric.Rates;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run. Latencies are per call with the harness's overhead removed; when calls were
 * batched, each histogram value is the mean call of one batch. Immutable.
 *
 * @param plan what was run
 * @param latency the latency histogram, one value per sample
 * @param operations calls measured over all threads
 * @param netTotalNanos the summed time of all measured calls, overhead removed
 * @param wallNanos the measurement's length: the longest any thread measured
 * @param batch calls per sample
 * @param overheadNanos the fixed cost of one sample, removed from each
 * @param resolutionNanos the ticker's resolution as measured; 0 when it did not move on its own
 * @param warmup how the warm-up went
 * @param allocatedBytes bytes allocated by the measuring threads while measuring; -1 when not measurable
 * @param allocationUnsupported why allocation could not be measured; empty when it was
 * @param events events counted by each budgeted counter while measuring
 * @param jvm what the JVM and the leading thread did while measuring (the guards)
 * @param windowMedians the median latency of each window of the leading thread's measurement, oldest first
 * @param forkMedians each fork's median latency when forks measured, in fork order; empty when this JVM measured
 * @param cpu the CPU time of the measuring threads over their measurement, against its wall time
 */
@SuppressWarnings("ArrayRecordComponent") // arrays filled once when made and never changed; internal to the module
public record Measurement(
        PerfTestPlan plan,
        TimerSnapshot latency,
        long operations,
        long netTotalNanos,
        long wallNanos,
        int batch,
        long overheadNanos,
        long resolutionNanos,
        WarmupOutcome warmup,
        long allocatedBytes,
        String allocationUnsupported,
        Map<String, Long> events,
        JvmActivity jvm,
        long[] windowMedians,
        List<Long> forkMedians,
        CpuUse cpu) {

    /** The median latency per call in nanoseconds; NaN when nothing was recorded. */
    public double medianNanos() {
        return latency().isEmpty() ? Double.NaN : latency().valueAtPercentile(50);
    }

    /** Copies the events map and the medians. */
    public Measurement {
        events = Map.copyOf(events);
        windowMedians = windowMedians.clone();
        forkMedians = List.copyOf(forkMedians);
    }

    /**
     * What may make the figures wrong by more than {@link Cautions#MATTERS}, as phrases: the JVM guards whose effect is
     * that large ({@code JIT 100 ms (10 % of the time)}, ...), a shift of the window medians, and a warm-up that did
     * not settle. Empty when none; the rule is {@link Cautions}'s.
     */
    public List<String> cautions() {
        return Cautions.of(this);
    }

    /** The mean time per call; NaN without calls. */
    public double meanNanos() {
        return operations == 0 ? Double.NaN : (double) netTotalNanos / operations;
    }

    /** Calls per second over all threads; NaN when no time passed. */
    public double throughputPerSecond() {
        return wallNanos <= 0 ? Double.NaN : operations * 1e9 / wallNanos;
    }

    /** Bytes allocated per call; NaN when allocation cannot be measured or no call was made. */
    public double allocatedBytesPerOp() {
        return allocatedBytes < 0 || operations == 0 ? Double.NaN : (double) allocatedBytes / operations;
    }

    /** CPU time per call: the on-CPU share of the measured span times the mean call; NaN when not measured. */
    public double cpuNanosPerOp() {
        return cpu.perCall(meanNanos());
    }

    /** Events of the named counter per call; NaN when the counter was not read or no call was made. */
    public double eventsPerOp(String counter) {
        Long n = events.get(counter);
        return n == null || operations == 0 ? Double.NaN : (double) n / operations;
    }

    /** How the warm-up went: {@code 10 calls (fixed) in 10.0 µs}, {@code until steady: settled after ...}. */
    public String warmupText() {
        return switch (plan.warmup()) {
            case ITERATIONS, DURATION -> warmup.calls() + " calls (fixed) in " + Units.formatNanos(warmup.nanos());
            case STEADY -> "until steady (cap " + Units.formatNanos(plan.warmupCapNanos()) + "): " + warmup.describe();
        };
    }

    /**
     * How the figures were taken: {@code 100 calls on 1 thread, each call timed, 21 ns overhead per sample removed,
     * clock resolution 20 ns}.
     */
    public String samplingText() {
        String threads = plan.threads() == 1 ? " on 1 thread" : " on " + plan.threads() + " threads";
        String pacing = plan.openLoop()
                ? ", open loop at " + Rates.format(plan.ratePerSecond()) + " (latency from when each call was due)"
                : "";
        String sampling = batch == 1 ? "each call timed" : "calls timed in batches of " + batch + " (mean per call)";
        String forks = "";
        if (!forkMedians.isEmpty()) {
            long min = forkMedians.stream().mapToLong(Long::longValue).min().orElse(0);
            long max = forkMedians.stream().mapToLong(Long::longValue).max().orElse(0);
            forks = " in " + forkMedians.size() + " forks (p50 per fork: "
                    + String.join(
                            ", ", forkMedians.stream().map(Units::formatNanos).toList())
                    + String.format(Locale.ROOT, ", spread %.1f %%)", min == 0 ? 0.0 : (max / (double) min - 1) * 100);
        }
        return operations + " calls" + threads + " in " + Units.formatNanos(wallNanos) + forks + pacing + ", "
                + sampling + ", " + overheadNanos + " ns overhead per sample removed, clock resolution "
                + resolutionNanos + " ns";
    }
}
