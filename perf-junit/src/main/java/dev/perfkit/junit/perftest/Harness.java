package dev.perfkit.junit.perftest;

import dev.perfkit.Counter;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Ticker;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Calibration;
import dev.perfkit.junit.measure.LatencyHistogram;
import dev.perfkit.junit.measure.Pacer;
import dev.perfkit.junit.measure.Progress;
import dev.perfkit.junit.measure.Sampler;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.ThreadAllocation;
import dev.perfkit.junit.measure.WarmupLoop;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.jvm.CpuClock;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.measure.jvm.JvmProbe;
import dev.perfkit.junit.measure.jvm.JvmState;
import dev.perfkit.memory.AllocationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one benchmark: every thread warms up, the harness calibrates its clock while they wait, every thread measures,
 * and the figures come back as one {@link Measurement}. Thread 0 is the calling thread; the others are started for the
 * run and joined before it returns.
 *
 * <p>All time is read from the given {@link Ticker}, so a scripted ticker gives fully deterministic figures. A body
 * that throws ends the run on every thread, and {@link #run} rethrows the first failure.
 */
public final class Harness {

    /** The most measurement windows whose medians are kept for the trend test; later windows are not split. */
    static final int MAX_WINDOWS = 1_000;

    private final PerfTestPlan plan;
    private final Ticker ticker;
    private final Body body;
    private final Body baseline;
    private final ThreadAllocation meter;
    private final List<Counter> counters;
    private final PerfRegistry registry;
    private final JvmProbe probe;
    private final CpuClock cpu;
    private final LatencyHistogram[] latencies;
    private final LatencyHistogram window = new LatencyHistogram(LatencyHistogram.PRECISION_BITS);
    private final long[] windowMedians = new long[MAX_WINDOWS];
    private int windows;
    private final CyclicBarrier barrier;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Map<String, Long> countsBefore = new LinkedHashMap<>();
    private final Map<String, Long> events = new LinkedHashMap<>();
    private final WorkerResult[] results;
    private volatile boolean aborted;
    private volatile boolean warmupDone;
    private volatile boolean calibrating = true;
    private WarmupOutcome warmup;
    private JvmActivity measured;
    private Progress progress = Progress.NONE;
    private EventMarks marks = EventMarks.NONE;
    private long estimateNanos = -1;
    private long resolution;
    private long overhead;
    private int batch = 1;

    private Harness(
            PerfTestPlan plan,
            Ticker ticker,
            Body body,
            Body baseline,
            ThreadAllocation meter,
            List<Counter> counters,
            PerfRegistry registry,
            JvmProbe probe,
            CpuClock cpu) {
        this.plan = plan;
        this.ticker = ticker;
        this.body = body;
        this.baseline = baseline;
        this.meter = meter;
        this.counters = List.copyOf(counters);
        this.registry = registry;
        this.probe = probe;
        this.cpu = cpu;
        this.latencies = new LatencyHistogram[plan.threads()];
        this.results = new WorkerResult[plan.threads()];
        this.barrier = new CyclicBarrier(plan.threads(), this::betweenPhases);
    }

    /**
     * Runs the plan and returns its figures.
     *
     * @param baseline a body that does nothing through the same call path as {@code body}, to measure overhead with
     * @param counters counters whose events per call are reported
     * @param probe the JVM as the warm-up and the guards see it
     * @throws Throwable whatever the body threw first
     */
    public static Measurement run(
            PerfTestPlan plan,
            Ticker ticker,
            Body body,
            Body baseline,
            ThreadAllocation meter,
            List<Counter> counters,
            JvmProbe probe)
            throws Throwable {
        return run(
                plan,
                ticker,
                body,
                baseline,
                meter,
                counters,
                probe,
                CpuClock.unsupported("not measured"),
                Progress.NONE,
                EventMarks.NONE);
    }

    /**
     * Runs the plan as {@link #run(PerfTestPlan, Ticker, Body, Body, ThreadAllocation, List, JvmProbe)}, reading each
     * measuring thread's CPU time from {@code cpu} at the start and the end of its measurement, and reporting progress.
     */
    public static Measurement run(
            PerfTestPlan plan,
            Ticker ticker,
            Body body,
            Body baseline,
            ThreadAllocation meter,
            List<Counter> counters,
            JvmProbe probe,
            CpuClock cpu,
            Progress progress)
            throws Throwable {
        return run(plan, ticker, body, baseline, meter, counters, probe, cpu, progress, EventMarks.NONE);
    }

    /**
     * Runs the plan as
     * {@link #run(PerfTestPlan, Ticker, Body, Body, ThreadAllocation, List, JvmProbe, CpuClock, Progress)}, and marks
     * the counters' explainers where the counters are read, at the start and the end of the measured phase.
     */
    public static Measurement run(
            PerfTestPlan plan,
            Ticker ticker,
            Body body,
            Body baseline,
            ThreadAllocation meter,
            List<Counter> counters,
            JvmProbe probe,
            CpuClock cpu,
            Progress progress,
            EventMarks marks)
            throws Throwable {
        try (PerfRegistry registry =
                PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
            Harness h = new Harness(plan, ticker, body, baseline, meter, counters, registry, probe, cpu);
            h.progress = progress;
            h.marks = marks;
            return h.run();
        }
    }

    private Measurement run() throws Throwable {
        List<Thread> others = new ArrayList<>();
        for (int i = 1; i < plan.threads(); i++) {
            int index = i;
            Thread t = new Thread(() -> work(index), "perfkit-worker-" + i);
            t.setDaemon(true);
            others.add(t);
            t.start();
        }
        work(0);
        for (Thread t : others) {
            t.join();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw t;
        }
        long ops = 0;
        long net = 0;
        long wall = 0;
        LatencyHistogram all = new LatencyHistogram(LatencyHistogram.PRECISION_BITS);
        for (LatencyHistogram h : latencies) {
            all.add(h);
        }
        long allocated = 0;
        String unsupported = "";
        CpuUse cpuUse = null;
        for (WorkerResult r : results) {
            if (r == null) {
                throw new IllegalStateException("a measuring thread ended without a result");
            }
            ops += r.ops;
            net += r.netNanos;
            wall = Math.max(wall, r.elapsedNanos);
            cpuUse = cpuUse == null ? r.cpu : cpuUse.plus(r.cpu);
            if (r.allocation.isSupported()) {
                allocated += r.allocation.totalBytes();
            } else {
                unsupported = r.allocation.unsupportedReason();
            }
        }
        return new Measurement(
                plan,
                all.snapshot("latency", 0, wall),
                ops,
                net,
                wall,
                batch,
                overhead,
                resolution,
                warmup,
                unsupported.isEmpty() ? allocated : -1,
                unsupported,
                events,
                measured,
                java.util.Arrays.copyOf(windowMedians, windows),
                List.of(),
                cpuUse);
    }

    /**
     * One thread's part. A thread whose body fails still reaches both barriers (the loops end at once when the run is
     * aborted), so no thread is left waiting.
     */
    private void work(int index) {
        attempt(() -> warmUp(index));
        checkNotInterrupted();
        await();
        attempt(() -> {
            if (!aborted) {
                results[index] = measure(index);
            }
        });
        checkNotInterrupted();
        await();
    }

    /**
     * Fails the run if the body left its thread interrupted: the harness interrupts no one, and the flag would make the
     * wait between phases throw a bare {@code InterruptedException}. Clears the flag, so that this thread can still
     * wait for the others.
     */
    private void checkNotInterrupted() {
        if (Thread.interrupted()) {
            failure.compareAndSet(
                    null,
                    new IllegalStateException("the body left the thread interrupted (it called Thread.interrupt() "
                            + "or caught an interruption and restored the flag): a measured body must return with the "
                            + "interrupt flag clear; clear it with Thread.interrupted() where the body handles it"));
            aborted = true;
        }
    }

    private void attempt(Step step) {
        try {
            step.run();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            aborted = true;
        }
    }

    private void await() {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
            aborted = true;
        } catch (BrokenBarrierException e) {
            aborted = true; // the thread that broke it recorded why
        }
    }

    /** Runs in the last thread to reach the barrier: once after the warm-up, once after the measurement. */
    private void betweenPhases() {
        if (aborted) {
            return;
        }
        if (!calibrating) {
            for (Counter c : counters) {
                events.put(c.name(), c.count() - countsBefore.get(c.name()));
            }
            marks.markEnd();
            return;
        }
        calibrating = false;
        attempt(this::calibrate);
        for (Counter c : counters) {
            countsBefore.put(c.name(), c.count());
        }
        marks.markStart();
    }

    private void calibrate() throws Throwable {
        resolution = Calibration.resolutionNanos(ticker);
        Calibration.Sampling sampling = Calibration.sampling(
                ticker,
                baseline,
                plan.openLoop() ? -1 : estimateNanos,
                resolution,
                plan.byIterations() ? plan.measureAmount() : Calibration.MAX_BATCH);
        batch = sampling.batch();
        overhead = sampling.overheadNanos();
    }

    private void warmUp(int index) throws Throwable {
        Timer timer = registry.timer(TimerConfig.builder("warmup-" + index)
                .precisionBits(LatencyHistogram.PRECISION_BITS)
                .build());
        WarmupLoop loop = new WarmupLoop(plan.warmupSpec(), ticker, body, timer, index == 0 ? probe : null)
                .reportingTo(index == 0 ? progress : Progress.NONE);
        // a fixed number of calls is run on every thread; a time or steady warm-up ends with the leading thread's
        boolean followLeader = plan.warmup() != WarmupSpec.Mode.ITERATIONS;
        loop.run(() -> aborted || (index != 0 && followLeader && warmupDone));
        if (index == 0) {
            warmupDone = true;
            warmup = loop.outcome();
            estimateNanos = loop.estimateNanos();
        }
    }

    /**
     * Measures on this thread, counting what the thread allocates meanwhile. Everything the loop records into is
     * allocated before the metered region starts, so the harness charges none of its own memory to the body.
     */
    private WorkerResult measure(int index) throws Throwable {
        Throwable[] thrown = new Throwable[1];
        // ops, net nanos, elapsed nanos, CPU nanos: written in place, nothing allocated meanwhile
        long[] figures = {0, 0, 0, -1};
        LatencyHistogram histogram = new LatencyHistogram(LatencyHistogram.PRECISION_BITS);
        latencies[index] = histogram;
        JvmState before = index == 0 ? probe.read() : null;
        long readyBefore = cpu.readyNanos(); // reads a file: outside the metered region
        AllocationResult allocation = meter.allocation(() -> {
            try {
                if (plan.openLoop()) {
                    measureOpenLoop(index, histogram, figures);
                } else {
                    measureClosedLoop(index, histogram, figures);
                }
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        long readyAfter = cpu.readyNanos();
        if (before != null) {
            measured = probe.read().since(before);
        }
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return new WorkerResult(
                figures[0],
                figures[1],
                figures[2],
                allocation,
                plan.openLoop()
                        ? CpuUse.unsupported("not measured in a paced run (rate): its threads wait between calls")
                        : figures[3] < 0
                                ? CpuUse.unsupported(cpu.unsupportedReason())
                                : new CpuUse(
                                        figures[3],
                                        figures[2],
                                        readyBefore < 0 || readyAfter < 0 ? -1 : readyAfter - readyBefore,
                                        ""));
    }

    private void measureClosedLoop(int index, LatencyHistogram histogram, long[] figures) throws Throwable {
        long amount = plan.measureAmount();
        long cpuStart = cpu.threadCpuNanos(); // once per thread and measurement: a read costs far more than a tick
        long start = ticker.nanos();
        long end = start;
        long windowStart = start;
        long ops = 0;
        long net = 0;
        long previous = start;
        long stalled = 0;
        while (!aborted) {
            int k = batch;
            if (plan.byIterations()) {
                if (ops >= amount) {
                    break;
                }
                k = (int) Math.min(batch, amount - ops);
            }
            long elapsed = Sampler.timeBatch(ticker, body, k);
            long perCall = Sampler.netPerCall(elapsed, overhead, k);
            histogram.record(perCall);
            ops += k;
            net += Math.max(0, elapsed - overhead);
            end = ticker.nanos();
            if (index == 0) {
                windowStart = window(perCall, windowStart, end);
            }
            if (!plan.byIterations() && end - start >= amount) {
                break;
            }
            if (!plan.byIterations()) {
                stalled = end == previous ? stalled + 1 : 0;
                previous = end;
                if (stalled >= WarmupLoop.STALLED_CALLS) {
                    throw new IllegalStateException(
                            "the ticker stood still at " + end + " ns for " + WarmupLoop.STALLED_CALLS
                                    + " samples of a timed measurement, which would never end; it needs a ticker that "
                                    + "moves ("
                                    + Settings.TICKER + ")");
                }
            }
        }
        figures[0] = ops;
        figures[1] = net;
        figures[2] = end - start;
        long cpuEnd = cpuStart < 0 ? -1 : cpu.threadCpuNanos();
        figures[3] = cpuEnd < 0 ? -1 : cpuEnd - cpuStart;
    }

    /**
     * Adds a sample of the leading thread to the current window, and ends the window once it has lasted the plan's
     * window length: its median is kept for the trend test. Returns the start of the current window.
     */
    private long window(long sample, long windowStart, long now) {
        window.record(sample);
        if (now - windowStart < plan.windowNanos()
                || window.count() < WarmupLoop.MIN_WINDOW_CALLS
                || windows == MAX_WINDOWS) {
            return windowStart;
        }
        windowMedians[windows++] = window.valueAtPercentile(50);
        window.reset();
        return now;
    }

    private void measureOpenLoop(int index, LatencyHistogram histogram, long[] figures) throws Throwable {
        double interval = plan.threads() * 1e9 / plan.ratePerSecond();
        double offset = index * 1e9 / plan.ratePerSecond();
        long amount = plan.measureAmount();
        Pacer pacer = new Pacer(ticker);
        long start = ticker.nanos();
        long end = start;
        long windowStart = start;
        long ops = 0;
        long net = 0;
        while (!aborted) {
            long due = start + Math.round(offset + ops * interval);
            if (plan.byIterations() ? ops >= amount : due - start >= amount) {
                break;
            }
            pacer.awaitTick(due);
            body.invoke();
            end = ticker.nanos();
            long nanos = Math.max(0, end - due - overhead);
            histogram.record(nanos);
            if (index == 0) {
                windowStart = window(nanos, windowStart, end);
            }
            net += nanos;
            ops++;
        }
        figures[0] = ops;
        figures[1] = net;
        figures[2] = end - start;
    }

    /** A part of the run that may throw anything. */
    private interface Step {
        void run() throws Throwable;
    }

    /** What one thread measured. */
    private record WorkerResult(long ops, long netNanos, long elapsedNanos, AllocationResult allocation, CpuUse cpu) {}
}
