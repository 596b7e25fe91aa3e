package dev.perfkit.junit.measure;

import dev.perfkit.Counter;
import dev.perfkit.Perf;
import dev.perfkit.PerfRegistry;
import dev.perfkit.Ticker;
import dev.perfkit.TimerConfig;
import dev.perfkit.Units;
import dev.perfkit.junit.measure.jvm.CpuClock;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.measure.jvm.JvmState;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.Statistic;
import dev.perfkit.memory.AllocationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of a comparison (baseline or candidate): warms its body up, chooses how to time it, and measures it for a
 * slice of time per round, keeping one value per metric and round. Nothing inside a slice allocates but the body: the
 * samples go into an array sized between rounds. Not thread-safe: the comparing thread owns it.
 */
public final class MeasuredBody {

    /** The most rounds measured again in one comparison because a JVM guard fired. */
    public static final int MAX_REMEASURED = 10;

    private static final int FIRST_CAPACITY = 4_096;
    private static final int MAX_CAPACITY = 1 << 20;

    private final Ticker ticker;
    private final Body body;
    private final ThreadAllocation meter;
    private final List<Metric> metrics;
    private final Counter[] counters;
    private final long[] countsBefore;
    private final JvmProbe probe;
    private final CpuClock cpu;
    private final List<double[]> rounds = new ArrayList<>();
    private final List<JvmActivity> guards = new ArrayList<>();
    private final List<List<String>> flags = new ArrayList<>();
    private final Runnable slice = this::slice;
    private long[] samples = new long[FIRST_CAPACITY];
    private Calibration.Sampling sampling = new Calibration.Sampling(1, 0);
    private WarmupOutcome warmup = new WarmupOutcome(0, 0, 0, false, false, List.of());
    private WarmupLoop loop;
    private long estimateNanos = -1;
    private long spentNanos;
    private CpuUse cpuTotal;
    private String unsupported = "";
    // the slice's state, in fields so that the measured region allocates nothing
    private long sliceNanos;
    private int count;
    private long ops;
    private long elapsed;
    private long cpuNanos;
    private Throwable failure;

    public MeasuredBody(
            Ticker ticker, Body body, ThreadAllocation meter, List<Metric> metrics, JvmProbe probe, CpuClock cpu) {
        this.probe = probe;
        this.cpu = cpu;
        this.ticker = ticker;
        this.body = body;
        this.meter = meter;
        this.metrics = List.copyOf(metrics);
        // events metrics read their counter before and after each slice, outside the timed loop
        this.counters = new Counter[this.metrics.size()];
        this.countsBefore = new long[this.metrics.size()];
        for (int i = 0; i < counters.length; i++) {
            if (this.metrics.get(i).statistic() == Statistic.EVENTS) {
                counters[i] = Perf.counter(this.metrics.get(i).name());
            }
        }
    }

    /**
     * Starts the warm-up: windows of {@code windowNanos}, whose medians count as steady within {@code tolerance}, timed
     * into a timer of {@code registry} named {@code name}.
     */
    public void startWarmup(long windowNanos, double tolerance, PerfRegistry registry, String name, Progress progress) {
        WarmupSpec plan = WarmupSpec.untilSteady(Long.MAX_VALUE, windowNanos, tolerance);
        loop = new WarmupLoop(
                        plan,
                        ticker,
                        body,
                        registry.timer(TimerConfig.builder(name)
                                .precisionBits(LatencyHistogram.PRECISION_BITS)
                                .build()),
                        probe)
                .reportingTo(progress);
    }

    /**
     * Calls the body one at a time for one warm-up window (at least {@link WarmupLoop#MIN_WINDOW_CALLS} calls) and
     * returns whether the latency and the JVM are steady as of this window.
     */
    public boolean warmUpWindow(long windowNanos) throws Throwable {
        long start = ticker.nanos();
        long now = start;
        while (now - start < windowNanos || loop.windowCalls() < WarmupLoop.MIN_WINDOW_CALLS) {
            now = loop.call();
        }
        loop.endWindow(now - start);
        return loop.settled();
    }

    /** Ends the warm-up, which lasted {@code nanos}, and keeps an estimate of one call. */
    public void endWarmup(long nanos, boolean untilSteady) {
        warmup = loop.outcome(nanos, untilSteady);
        estimateNanos = loop.estimateNanos();
    }

    /** How the warm-up went. */
    public WarmupOutcome warmup() {
        return warmup;
    }

    /** Chooses the batch size and measures the fixed cost of a sample with {@code overhead}, a body doing nothing. */
    public void calibrate(Body overhead, long resolutionNanos) throws Throwable {
        sampling = Calibration.sampling(ticker, overhead, estimateNanos, resolutionNanos, Calibration.MAX_BATCH);
    }

    /** Measures one round of {@code nanos} and appends its values. */
    public void measure(long nanos) throws Throwable {
        sliceNanos = nanos;
        for (int i = 0; i < counters.length; i++) {
            countsBefore[i] = counters[i] == null ? 0 : counters[i].count();
        }
        JvmState before = probe.read();
        long readyBefore = cpu.readyNanos(); // reads a file: outside the metered slice
        AllocationResult allocation = meter.allocation(slice);
        long readyAfter = cpu.readyNanos();
        JvmActivity activity = probe.read().since(before);
        if (failure != null) {
            throw failure;
        }
        guards.add(activity);
        flags.add(activity.flags(elapsed, ops));
        spentNanos += elapsed;
        if (!allocation.isSupported()) {
            unsupported = allocation.unsupportedReason();
        }
        CpuUse cpuUse = cpuNanos < 0
                ? CpuUse.unsupported(cpu.unsupportedReason())
                : new CpuUse(cpuNanos, elapsed, readyBefore < 0 || readyAfter < 0 ? -1 : readyAfter - readyBefore, "");
        cpuTotal = cpuTotal == null ? cpuUse : cpuTotal.plus(cpuUse);
        double meanNanos = meanPerCall();
        Arrays.sort(samples, 0, count);
        double[] values = new double[metrics.size()];
        for (int i = 0; i < values.length; i++) {
            Metric m = metrics.get(i);
            values[i] = switch (m.statistic()) {
                case PERCENTILE -> percentile(m.percentile());
                case THROUGHPUT -> elapsed <= 0 ? Double.NaN : ops * 1e9 / elapsed;
                case ALLOCATION -> allocation.isSupported() ? (double) allocation.totalBytes() / ops : Double.NaN;
                case EVENTS ->
                    counters[i] == null ? Double.NaN : (double) (counters[i].count() - countsBefore[i]) / ops;
                case CPU -> cpuUse.perCall(meanNanos);
                case MEAN, MAX -> Double.NaN; // not compared
            };
        }
        rounds.add(values);
        if (count == samples.length && elapsed < nanos && samples.length < MAX_CAPACITY) {
            samples = new long[samples.length * 2];
        }
    }

    private void slice() {
        count = 0;
        ops = 0;
        failure = null;
        int batch = sampling.batch();
        long cpuStart = cpu.threadCpuNanos(); // once per slice: a read costs far more than a tick
        long start = ticker.nanos();
        long now = start;
        try {
            do {
                long nanos = Sampler.timeBatch(ticker, body, batch);
                samples[count++] = Sampler.netPerCall(nanos, sampling.overheadNanos(), batch);
                ops += batch;
                now = ticker.nanos();
            } while (now - start < sliceNanos && count < samples.length);
        } catch (Throwable t) {
            failure = t;
        }
        elapsed = now - start;
        long cpuEnd = cpuStart < 0 ? -1 : cpu.threadCpuNanos();
        cpuNanos = cpuEnd < 0 ? -1 : cpuEnd - cpuStart;
    }

    /** The mean net time per call of the round's samples (each the mean call of a batch). */
    private double meanPerCall() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += samples[i];
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The nearest-rank percentile of the round's samples. */
    private double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * count);
        return samples[Math.max(0, Math.min(count, rank) - 1)];
    }

    /** The metric's value in every round so far. */
    public double[] values(Metric metric) {
        int i = metrics.indexOf(metric);
        return rounds.stream().mapToDouble(v -> v[i]).toArray();
    }

    /** Forgets the last round (its time stays spent): it is measured again. */
    public void dropLast() {
        rounds.remove(rounds.size() - 1);
        guards.remove(guards.size() - 1);
        flags.remove(flags.size() - 1);
    }

    /** The JVM's activity during each round so far. */
    public List<JvmActivity> guards() {
        return guards;
    }

    /** The guards that fired in round {@code round}. */
    public List<String> flags(int round) {
        return flags.get(round);
    }

    /** Why CPU time could not be measured; empty when it could. */
    public String cpuUnsupported() {
        return cpu.unsupportedReason();
    }

    /** Why allocation could not be measured; empty when it could. */
    public String unsupported() {
        return unsupported;
    }

    /** The measured time of all rounds so far. */
    public long spentNanos() {
        return spentNanos;
    }

    /**
     * How the side was warmed up and timed: {@code warm-up until steady: settled after 3.20 s (1234 calls); calls timed
     * in batches of 6, ...}.
     */
    public String describe() {
        return describe("the other side");
    }

    /** Like {@link #describe()}, naming what the warm-up took turns with: {@code the other sizes}. */
    public String describe(String others) {
        String timing = sampling.batch() == 1
                ? "each call timed"
                : "calls timed in batches of " + sampling.batch() + " (mean per call)";
        String w = warmup.untilSteady()
                ? "warm-up until steady: " + warmup.describe()
                : "warm-up " + Units.formatNanos(warmup.nanos()) + " interleaved with " + others + " (" + warmup.calls()
                        + (warmup.calls() == 1 ? " call)" : " calls)")
                        + (warmup.unsteady().isEmpty() ? "" : ", still " + String.join(", ", warmup.unsteady()));
        String cpu = cpuTotal == null || !cpuTotal.isMeasured()
                ? ""
                : String.format(
                        java.util.Locale.ROOT, "; %.0f %% of the measured time off CPU", cpuTotal.offCpuShare() * 100);
        return w + "; " + timing + ", " + sampling.overheadNanos() + " ns overhead per sample removed" + cpu;
    }
}
