package dev.perfkit.benchmarks;

import dev.perfkit.PerfRegistry;
import dev.perfkit.SnapshotSink;
import dev.perfkit.Timer;
import dev.perfkit.TimerSnapshot;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of reading a timer holding 10^6 samples (log-uniform, 100 ns to 10 ms) and its p99: our cumulative and
 * interval snapshots (built, or read into a recycling sink) against HdrHistogram's
 * {@code Recorder.getIntervalHistogram(recycle)} and {@code Histogram.copy()}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SnapshotBenchmark {

    PerfRegistry registry;
    Timer timer;
    Histogram histogram;
    Recorder recorder;
    Histogram recycle;
    long[] values = new long[1_000_000];
    final P99Sink p99 = new P99Sink();

    /** Keeps an interval's buckets in arrays it reuses and answers its 99th percentile. */
    static final class P99Sink implements SnapshotSink {
        long[] bucketValues = new long[4096];
        long[] bucketCounts = new long[4096];
        int size;
        long count;

        @Override
        public void begin(
                String name,
                int precisionBits,
                long startTick,
                long endTick,
                long count,
                long totalNanos,
                long minNanos,
                long maxNanos,
                long overflowCount,
                long rejectedCount) {
            this.size = 0;
            this.count = count;
        }

        @Override
        public void bucket(long highestValue, long n) {
            if (size == bucketValues.length) {
                bucketValues = java.util.Arrays.copyOf(bucketValues, size * 2);
                bucketCounts = java.util.Arrays.copyOf(bucketCounts, size * 2);
            }
            bucketValues[size] = highestValue;
            bucketCounts[size++] = n;
        }

        long valueAt99() {
            long rank = TimerSnapshot.rankOf(99, count);
            long seen = 0;
            for (int i = 0; i < size; i++) {
                seen += bucketCounts[i];
                if (seen >= rank) {
                    return bucketValues[i];
                }
            }
            return 0;
        }
    }

    /** Records the 10^6 values into the timer and into the cumulative histogram. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) (100 * Math.pow(10, random.nextDouble() * 5));
        }
        registry = PerfRegistry.create();
        timer = registry.timer("snap");
        histogram = new Histogram(TimerRecordBenchmark.HOUR, 2);
        recorder = new Recorder(TimerRecordBenchmark.HOUR, 2);
        for (long v : values) {
            timer.recordNanos(v);
            histogram.recordValue(v);
        }
    }

    /** Refills the interval sources before each call so every interval holds 10^6 samples. */
    @Setup(Level.Invocation)
    public void refill() {
        for (int i = 0; i < values.length; i += 1) {
            timer.recordNanos(values[i]);
            recorder.recordValue(values[i]);
        }
    }

    /** {@return the p99 of a cumulative snapshot, built per read} */
    @Benchmark
    public long perfkitCumulativeSnapshotP99() {
        return timer.snapshot().valueAtPercentile(99);
    }

    /** {@return the p99 of an interval snapshot, built per read} */
    @Benchmark
    public long perfkitIntervalSnapshotP99() {
        TimerSnapshot s = timer.intervalSnapshot();
        return s.valueAtPercentile(99);
    }

    /**
     * The recycling read: the interval goes into storage this benchmark keeps, nothing is allocated per read.
     *
     * @return the p99 of the interval
     */
    @Benchmark
    public long perfkitIntervalSinkP99() {
        timer.intervalSnapshot(p99);
        return p99.valueAt99();
    }

    /** {@return the p99 of HdrHistogram's interval histogram, read into the recycled histogram} */
    @Benchmark
    public long hdrRecorderIntervalP99() {
        recycle = recorder.getIntervalHistogram(recycle);
        return recycle.getValueAtPercentile(99);
    }

    /** {@return the p99 of a copy of an HdrHistogram {@code Histogram}} */
    @Benchmark
    public long hdrHistogramCopyP99() {
        return histogram.copy().getValueAtPercentile(99);
    }
}
