package dev.perfkit.benchmarks;

import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.SingleWriterRecorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of recording one latency into one timer shared by every benchmark thread, side by side with HdrHistogram,
 * Micrometer and Dropwizard. Every benchmark records the same pseudo-random latencies (100 ns to about 10 ms).
 *
 * <p>Run with one, two, eight and 64 threads: {@code java -jar perf-benchmarks/target/benchmarks.jar
 * TimerRecordBenchmark -prof gc -t 1} (then {@code -t 2}, {@code -t 8}, {@code -t 64}; on 2 cores the last two are
 * oversubscribed). HdrHistogram's {@code Histogram} and {@code SingleWriterRecorder} are single-writer structures:
 * with several threads their figures are a reference only (the counts race).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimerRecordBenchmark {

    static final long HOUR = TimeUnit.HOURS.toNanos(1);

    /** The meters, one of each, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Meters {
        PerfRegistry registry;
        Timer perfkit;
        PerfRegistry sixteenStripes;
        Timer perfkitSixteenStripes;
        Histogram hdrHistogram;
        SingleWriterRecorder hdrSingleWriterRecorder;
        Recorder hdrRecorder;
        ConcurrentHistogram hdrConcurrentHistogram;
        io.micrometer.core.instrument.Timer micrometerDefault;
        io.micrometer.core.instrument.Timer micrometerPercentileHistogram;
        io.micrometer.core.instrument.Timer micrometerClientPercentiles;
        com.codahale.metrics.Timer dropwizardDefault;
        com.codahale.metrics.Timer dropwizardLockFree;
        Runnable body = () -> {};
        Supplier<Object> supplier = () -> "value";

        /** Creates one meter of each kind. */
        @Setup(Level.Trial)
        public void setUp() {
            registry = PerfRegistry.create();
            perfkit = registry.timer("bench");
            sixteenStripes =
                    PerfRegistry.create(RegistryConfig.builder().maxStripes(16).build());
            perfkitSixteenStripes = sixteenStripes.timer("bench");
            hdrHistogram = new Histogram(HOUR, 2);
            hdrSingleWriterRecorder = new SingleWriterRecorder(HOUR, 2);
            hdrRecorder = new Recorder(HOUR, 2);
            hdrConcurrentHistogram = new ConcurrentHistogram(HOUR, 2);
            SimpleMeterRegistry simple = new SimpleMeterRegistry();
            micrometerDefault =
                    io.micrometer.core.instrument.Timer.builder("default").register(simple);
            micrometerPercentileHistogram = io.micrometer.core.instrument.Timer.builder("histogram")
                    .publishPercentileHistogram()
                    .register(simple);
            micrometerClientPercentiles = io.micrometer.core.instrument.Timer.builder("percentiles")
                    .publishPercentiles(0.5, 0.9, 0.99)
                    .register(simple);
            dropwizardDefault = new com.codahale.metrics.Timer();
            dropwizardLockFree = new com.codahale.metrics.Timer(
                    LockFreeExponentiallyDecayingReservoir.builder().build());
        }

        /** Closes the perfkit registry. */
        @TearDown(Level.Trial)
        public void tearDown() {
            registry.close();
            sixteenStripes.close();
        }
    }

    /** Per-thread latencies to record, the same sequence for every meter. */
    @State(Scope.Thread)
    public static class Latencies {
        final long[] values = new long[1024];
        int next;

        /** Fills the sequence with log-uniform latencies from a fixed seed. */
        @Setup(Level.Trial)
        public void setUp() {
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < values.length; i++) {
                // log-uniform between 100 ns and ~10 ms: many buckets, as real latencies
                values[i] = (long) (100 * Math.pow(10, random.nextDouble() * 5));
            }
        }

        long next() {
            return values[next++ & 1023];
        }
    }

    /**
     * Records one latency with {@code recordNanos}.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void perfkitRecordNanos(Meters m, Latencies l) {
        m.perfkit.recordNanos(l.next());
    }

    /**
     * Records one latency with {@code recordNanos} into a timer allowed 16 stripes ({@code maxStripes(16)}), whatever
     * the number of cores: the setting for far more recording threads than cores.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void perfkitRecordNanosSixteenStripes(Meters m, Latencies l) {
        m.perfkitSixteenStripes.recordNanos(l.next());
    }

    /**
     * Times an empty span with {@code tick()} and {@code recordSince}: two clock reads and a record.
     *
     * @param m the shared meters
     */
    @Benchmark
    public void perfkitStartStop(Meters m) {
        long t0 = m.perfkit.tick();
        m.perfkit.recordSince(t0);
    }

    /**
     * Times an empty {@code Runnable} with {@code record(Runnable)}.
     *
     * @param m the shared meters
     */
    @Benchmark
    public void perfkitTimedRunnable(Meters m) {
        m.perfkit.record(m.body);
    }

    /**
     * Times an empty {@code Supplier} with {@code recordSupplier}.
     *
     * @param m the shared meters
     * @return what the supplier returned
     */
    @Benchmark
    public Object perfkitTimedSupplier(Meters m) {
        return m.perfkit.recordSupplier(m.supplier);
    }

    /** {@return the difference of two {@code System.nanoTime()} reads: the clock cost under every timed span} */
    @Benchmark
    public long nanoTimePair() {
        long t0 = System.nanoTime();
        return System.nanoTime() - t0;
    }

    /**
     * Records one latency into HdrHistogram's single-writer {@code Histogram}.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void hdrHistogram(Meters m, Latencies l) {
        m.hdrHistogram.recordValue(l.next());
    }

    /**
     * Records one latency into HdrHistogram's {@code SingleWriterRecorder}.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void hdrSingleWriterRecorder(Meters m, Latencies l) {
        m.hdrSingleWriterRecorder.recordValue(l.next());
    }

    /**
     * Records one latency into HdrHistogram's {@code Recorder}.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void hdrRecorder(Meters m, Latencies l) {
        m.hdrRecorder.recordValue(l.next());
    }

    /**
     * Records one latency into HdrHistogram's {@code ConcurrentHistogram}.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void hdrConcurrentHistogram(Meters m, Latencies l) {
        m.hdrConcurrentHistogram.recordValue(l.next());
    }

    /**
     * Records one latency into a Micrometer timer with default settings.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void micrometerDefault(Meters m, Latencies l) {
        m.micrometerDefault.record(l.next(), TimeUnit.NANOSECONDS);
    }

    /**
     * Records one latency into a Micrometer timer that publishes a percentile histogram.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void micrometerPercentileHistogram(Meters m, Latencies l) {
        m.micrometerPercentileHistogram.record(l.next(), TimeUnit.NANOSECONDS);
    }

    /**
     * Records one latency into a Micrometer timer that computes p50, p90 and p99 on the client.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void micrometerClientPercentiles(Meters m, Latencies l) {
        m.micrometerClientPercentiles.record(l.next(), TimeUnit.NANOSECONDS);
    }

    /**
     * Records one latency into a Dropwizard timer with its default reservoir.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void dropwizardDefault(Meters m, Latencies l) {
        m.dropwizardDefault.update(l.next(), TimeUnit.NANOSECONDS);
    }

    /**
     * Records one latency into a Dropwizard timer with the lock-free exponentially decaying reservoir.
     *
     * @param m the shared meters
     * @param l this thread's latencies
     */
    @Benchmark
    public void dropwizardLockFree(Meters m, Latencies l) {
        m.dropwizardLockFree.update(l.next(), TimeUnit.NANOSECONDS);
    }
}
