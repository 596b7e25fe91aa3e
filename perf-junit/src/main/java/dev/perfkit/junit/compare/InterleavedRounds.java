package dev.perfkit.junit.compare;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Ticker;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Calibration;
import dev.perfkit.junit.measure.MeasuredBody;
import dev.perfkit.junit.measure.Progress;
import dev.perfkit.junit.measure.ThreadAllocation;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.jvm.CpuClock;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.metric.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline and candidate measured side by side in one thread: both warm up, then every round measures each for the
 * same slice of time, the baseline first in even rounds and the candidate first in odd ones, so that drift of the
 * machine (clock frequency, other load, the state of the heap) hits both sides alike. Time is read only from the
 * given {@link Ticker}. Not thread-safe: one comparison drives it.
 */
public final class InterleavedRounds implements ReportedRounds {

    private final MeasuredBody baseline;
    private final MeasuredBody candidate;
    private final long roundNanos;
    private final List<String> remeasured = new ArrayList<>();
    private int count;

    private InterleavedRounds(MeasuredBody baseline, MeasuredBody candidate, long roundNanos) {
        this.baseline = baseline;
        this.candidate = candidate;
        this.roundNanos = roundNanos;
    }

    /**
     * Warms both sides up together, one window each in turn (the baseline first), until both are steady and the JVM
     * is (see {@link dev.perfkit.junit.measure.jvm.JvmSteadiness}), or until the cap; or, with a fixed warm-up, for
     * that long per side, in the same alternating windows. Then measures the clock's resolution and the cost of a
     * sample with {@code overhead} (a body that does nothing through the same call path), and returns the rounds, ready
     * for the first.
     *
     * @param metrics the metrics every round records, in order
     * @param cpu where each side's CPU time is read, at the start and the end of its slice of a round
     * @param roundNanos how long each side measures in one round
     * @param progress where the warm-up reports how it goes, every 2 s
     */
    public static InterleavedRounds start(
            Ticker ticker,
            Body baselineBody,
            Body candidateBody,
            Body overhead,
            ThreadAllocation meter,
            List<Metric> metrics,
            JvmProbe probe,
            CpuClock cpu,
            WarmupSpec warmup,
            long roundNanos,
            Progress progress)
            throws Throwable {
        MeasuredBody a = new MeasuredBody(ticker, baselineBody, meter, metrics, probe, cpu);
        MeasuredBody b = new MeasuredBody(ticker, candidateBody, meter, metrics, probe, cpu);
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
            boolean untilSteady = warmup.untilSteady();
            long window =
                    untilSteady ? warmup.windowNanos() : Math.max(1, Math.min(warmup.windowNanos(), warmup.amount()));
            a.startWarmup(
                    window, warmup.tolerance(), registry, "warmup-baseline", m -> progress.report("baseline " + m));
            b.startWarmup(
                    window, warmup.tolerance(), registry, "warmup-candidate", m -> progress.report("candidate " + m));
            long start = ticker.nanos();
            long limit = untilSteady ? warmup.capNanos() : 2 * warmup.amount();
            long elapsed;
            do {
                boolean steadyA = a.warmUpWindow(window);
                boolean steadyB = b.warmUpWindow(window);
                elapsed = ticker.nanos() - start;
                if (untilSteady && steadyA && steadyB) {
                    break;
                }
            } while (elapsed < limit);
            a.endWarmup(elapsed, untilSteady);
            b.endWarmup(elapsed, untilSteady);
        }
        long resolution = Calibration.resolutionNanos(ticker);
        a.calibrate(overhead, resolution);
        b.calibrate(overhead, resolution);
        return new InterleavedRounds(a, b, roundNanos);
    }

    /**
     * Measures one more round. A round during which the heap grew, the JIT compiled or the thread faulted on fresh
     * heap pages (see {@link dev.perfkit.junit.measure.jvm.JvmActivity#flags}) is measured again, up to
     * {@value MeasuredBody#MAX_REMEASURED} times in one comparison; later flagged rounds are kept, flagged, for the
     * stationarity test and the JSON.
     */
    @Override
    public void next() throws Throwable {
        while (true) {
            MeasuredBody first = count % 2 == 0 ? baseline : candidate;
            MeasuredBody second = first == baseline ? candidate : baseline;
            first.measure(roundNanos);
            second.measure(roundNanos);
            List<String> flags = flags(count);
            if (flags.isEmpty() || remeasured.size() >= MeasuredBody.MAX_REMEASURED) {
                break;
            }
            remeasured.add("round " + (count + 1) + " (" + String.join(", ", flags) + ")");
            first.dropLast();
            second.dropLast();
        }
        count++;
    }

    /** The rounds measured again, and why: {@code round 3 (JIT 14 ms)}. */
    @Override
    public List<String> remeasured() {
        return remeasured;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public double[] baseline(Metric metric) {
        return baseline.values(metric);
    }

    @Override
    public double[] candidate(Metric metric) {
        return candidate.values(metric);
    }

    @Override
    public String unmeasurable(Metric metric) {
        if (metric.equals(Metric.CPU)) {
            return baseline.cpuUnsupported();
        }
        if (!metric.equals(Metric.ALLOCATION)) {
            return "";
        }
        return baseline.unsupported().isEmpty() ? candidate.unsupported() : baseline.unsupported();
    }

    @Override
    public long spentNanos() {
        return Math.max(baseline.spentNanos(), candidate.spentNanos());
    }

    @Override
    public List<String> flags(int round) {
        List<String> out = new ArrayList<>(baseline.flags(round));
        out.addAll(candidate.flags(round));
        return out;
    }

    @Override
    public Map<String, Object> warmups() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseline", baseline.warmup().toJson());
        out.put("candidate", candidate.warmup().toJson());
        return out;
    }

    @Override
    public JvmActivity guard(int round, boolean baselineSide) {
        return (baselineSide ? baseline : candidate).guards().get(round);
    }

    /** How each side was warmed up and timed, one line each. */
    @Override
    public String describe() {
        return "baseline:  " + baseline.describe() + "\ncandidate: " + candidate.describe()
                + (remeasured.isEmpty() ? "" : "\nmeasured again: " + String.join(", ", remeasured));
    }
}
