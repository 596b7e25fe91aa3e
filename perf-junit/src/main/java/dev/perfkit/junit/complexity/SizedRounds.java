package dev.perfkit.junit.complexity;

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
 * One body measured at several input sizes in one thread, the sizes interleaved: all warm up together, one window
 * each in turn, until every size and the JVM are steady; then every round measures each size for the same slice of
 * time, in an order that rotates by one size per round (sizes 1 2 3, then 2 3 1, then 3 1 2, ...), so that drift of
 * the machine hits all sizes alike and no size always runs first. A round during which a JVM guard fired is measured
 * again, as in a comparison's rounds. Each round gives each size its median time per call. Time is read only
 * from the given {@link Ticker}. Not thread-safe: one measurement drives it.
 */
public final class SizedRounds {

    /** The figure each round keeps per size. */
    private static final Metric P50 = Metric.latency(50);

    private final List<MeasuredBody> sizes;
    private final long roundNanos;
    private final List<String> remeasured = new ArrayList<>();
    private final List<int[]> orders = new ArrayList<>();
    private int count;

    private SizedRounds(List<MeasuredBody> sizes, long roundNanos) {
        this.sizes = sizes;
        this.roundNanos = roundNanos;
    }

    /**
     * Warms all sizes up together, one window each in turn (the smallest first), until all are steady and the JVM is,
     * or until the cap; or, with a fixed warm-up, for that long in all (the same turns). Then chooses how to time each
     * size (batching short calls, measuring the cost of a sample with {@code overhead}) and returns the rounds, ready
     * for the first.
     *
     * @param sizes the sizes, smallest first, as the progress names them ({@code n = 1000})
     * @param bodies one body per size, in the order of {@code sizes}
     * @param warmup how to warm up; a fixed warm-up is the time of all sizes together
     * @param roundNanos how long each size measures in one round
     * @param progress where the warm-up reports how it goes, every 2 s
     */
    public static SizedRounds start(
            Ticker ticker,
            long[] sizes,
            List<Body> bodies,
            Body overhead,
            ThreadAllocation meter,
            JvmProbe probe,
            WarmupSpec warmup,
            long roundNanos,
            Progress progress)
            throws Throwable {
        List<MeasuredBody> sides = new ArrayList<>();
        for (Body body : bodies) {
            // a growth fit uses wall time only
            sides.add(new MeasuredBody(
                    ticker,
                    body,
                    meter,
                    List.of(P50),
                    probe,
                    CpuClock.unsupported("not measured: a complexity test fits wall time")));
        }
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
            boolean untilSteady = warmup.untilSteady();
            long window =
                    untilSteady ? warmup.windowNanos() : Math.max(1, Math.min(warmup.windowNanos(), warmup.amount()));
            for (int i = 0; i < sides.size(); i++) {
                String name = "n = " + sizes[i];
                sides.get(i)
                        .startWarmup(
                                window,
                                warmup.tolerance(),
                                registry,
                                "warmup-n-" + sizes[i],
                                m -> progress.report(name + " " + m));
            }
            long start = ticker.nanos();
            long limit = untilSteady ? warmup.capNanos() : warmup.amount();
            long elapsed;
            do {
                boolean all = true;
                for (MeasuredBody side : sides) {
                    all &= side.warmUpWindow(window);
                }
                elapsed = ticker.nanos() - start;
                if (untilSteady && all) {
                    break;
                }
            } while (elapsed < limit);
            for (MeasuredBody side : sides) {
                side.endWarmup(elapsed, untilSteady);
            }
        }
        long resolution = Calibration.resolutionNanos(ticker);
        for (MeasuredBody side : sides) {
            side.calibrate(overhead, resolution);
        }
        return new SizedRounds(sides, roundNanos);
    }

    /**
     * Measures one more round, every size once in this round's order. A round during which the heap grew, the JIT
     * compiled or the thread faulted on fresh heap pages is measured again, up to
     * {@value MeasuredBody#MAX_REMEASURED} times in one measurement; later flagged rounds are kept, flagged.
     */
    public void next() throws Throwable {
        int k = sizes.size();
        int[] order = new int[k];
        for (int j = 0; j < k; j++) {
            order[j] = (count + j) % k;
        }
        while (true) {
            for (int i : order) {
                sizes.get(i).measure(roundNanos);
            }
            List<String> flags = flags(count);
            if (flags.isEmpty() || remeasured.size() >= MeasuredBody.MAX_REMEASURED) {
                break;
            }
            remeasured.add("round " + (count + 1) + " (" + String.join(", ", flags) + ")");
            for (MeasuredBody side : sizes) {
                side.dropLast();
            }
        }
        orders.add(order);
        count++;
    }

    /** How many rounds were measured. */
    public int count() {
        return count;
    }

    /** The median time per call of size {@code i} (0 for the smallest) in every round, in nanoseconds. */
    public double[] times(int i) {
        return sizes.get(i).values(P50);
    }

    /** The order in which round {@code round} measured the sizes (indices, 0 for the smallest). */
    public int[] order(int round) {
        return orders.get(round).clone();
    }

    /** The guards that fired in round {@code round}, over all sizes. */
    public List<String> flags(int round) {
        List<String> out = new ArrayList<>();
        for (MeasuredBody side : sizes) {
            out.addAll(side.flags(round));
        }
        return out;
    }

    /** The JVM's activity while size {@code i} was measured in round {@code round}. */
    public JvmActivity guard(int round, int i) {
        return sizes.get(i).guards().get(round);
    }

    /** The rounds measured again, and why: {@code round 3 (JIT 14 ms)}. */
    public List<String> remeasured() {
        return remeasured;
    }

    /** The measured time of all rounds so far, over all sizes. */
    public long spentNanos() {
        long total = 0;
        for (MeasuredBody side : sizes) {
            total += side.spentNanos();
        }
        return total;
    }

    /** How each size warmed up, as JSON values: {@code size 1}, {@code size 2}, ... */
    public List<Object> warmups() {
        List<Object> out = new ArrayList<>();
        for (MeasuredBody side : sizes) {
            Map<String, Object> w = new LinkedHashMap<>(side.warmup().toJson());
            out.add(w);
        }
        return out;
    }

    /** How size {@code i} was warmed up and timed, one line. */
    public String describe(int i) {
        return sizes.get(i).describe("the other sizes");
    }
}
