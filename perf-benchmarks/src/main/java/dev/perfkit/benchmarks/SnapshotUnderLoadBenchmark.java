package dev.perfkit.benchmarks;

import dev.perfkit.PerfRegistry;
import dev.perfkit.SnapshotSink;
import dev.perfkit.Timer;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
 * How long one read takes while 64 threads record into the same timer without pause: far more writers than cores, so
 * the reader also competes for the CPU. Sample mode, so the reader's percentiles are reported (the {@code *Read}
 * rows; the writer rows are the writers' own records). perfkit's interval and cumulative snapshots and its sink read
 * against HdrHistogram's {@code Recorder.getIntervalHistogram(recycle)}, each in its own group.
 *
 * <p>Run: {@code java -jar perf-benchmarks/target/benchmarks.jar SnapshotUnderLoadBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Group)
public class SnapshotUnderLoadBenchmark {

    PerfRegistry registry;
    Timer timer;
    Recorder recorder;
    Histogram recycle;
    final CountingSink sink = new CountingSink();

    /** Creates the registry, the timer and the HdrHistogram recorder. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = PerfRegistry.create();
        timer = registry.timer("load");
        recorder = new Recorder(TimerRecordBenchmark.HOUR, 2);
    }

    /** Closes the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        registry.close();
    }

    /** Sums what a sink read hands over; allocates nothing. */
    static final class CountingSink implements SnapshotSink {
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
            this.count = 0;
        }

        @Override
        public void bucket(long highestValue, long n) {
            count += n;
        }
    }

    /**
     * Records one latency into the timer (a writer of the {@code perfkitInterval} group).
     *
     * @param l this thread's latencies
     */
    @Benchmark
    @Group("perfkitInterval")
    @GroupThreads(64)
    public void perfkitIntervalWrite(TimerRecordBenchmark.Latencies l) {
        timer.recordNanos(l.next());
    }

    /** {@return the p99 of an interval snapshot taken while the writers record} */
    @Benchmark
    @Group("perfkitInterval")
    @GroupThreads(1)
    public long perfkitIntervalRead() {
        return timer.intervalSnapshot().valueAtPercentile(99);
    }

    /**
     * Records one latency into the timer (a writer of the {@code perfkitCumulative} group).
     *
     * @param l this thread's latencies
     */
    @Benchmark
    @Group("perfkitCumulative")
    @GroupThreads(64)
    public void perfkitCumulativeWrite(TimerRecordBenchmark.Latencies l) {
        timer.recordNanos(l.next());
    }

    /** {@return the p99 of a cumulative snapshot taken while the writers record} */
    @Benchmark
    @Group("perfkitCumulative")
    @GroupThreads(1)
    public long perfkitCumulativeRead() {
        return timer.snapshot().valueAtPercentile(99);
    }

    /**
     * Records one latency into the timer (a writer of the {@code perfkitSink} group).
     *
     * @param l this thread's latencies
     */
    @Benchmark
    @Group("perfkitSink")
    @GroupThreads(64)
    public void perfkitSinkWrite(TimerRecordBenchmark.Latencies l) {
        timer.recordNanos(l.next());
    }

    /** {@return the count of an interval read into a recycling sink while the writers record} */
    @Benchmark
    @Group("perfkitSink")
    @GroupThreads(1)
    public long perfkitSinkRead() {
        timer.intervalSnapshot(sink);
        return sink.count;
    }

    /**
     * Records one latency into HdrHistogram's {@code Recorder} (a writer of the {@code hdrRecorder} group).
     *
     * @param l this thread's latencies
     */
    @Benchmark
    @Group("hdrRecorder")
    @GroupThreads(64)
    public void hdrRecorderWrite(TimerRecordBenchmark.Latencies l) {
        recorder.recordValue(l.next());
    }

    /** {@return the p99 of HdrHistogram's interval histogram taken while the writers record} */
    @Benchmark
    @Group("hdrRecorder")
    @GroupThreads(1)
    public long hdrRecorderRead() {
        recycle = recorder.getIntervalHistogram(recycle);
        return recycle.getValueAtPercentile(99);
    }

    /** A histogram only its own thread touches: the control's writers share nothing. */
    @State(Scope.Thread)
    public static class Own {
        final Histogram histogram = new Histogram(TimerRecordBenchmark.HOUR, 2);
    }

    /** What the control's reader copies: a histogram filled once, which no writer touches. */
    @State(Scope.Group)
    public static class Quiet {
        final Histogram source = new Histogram(TimerRecordBenchmark.HOUR, 2);
        final Histogram target = new Histogram(TimerRecordBenchmark.HOUR, 2);

        /** Fills the source with the benchmark's latencies, so the copy has as many buckets to visit as a real read. */
        @Setup(Level.Trial)
        public void fill() {
            TimerRecordBenchmark.Latencies l = new TimerRecordBenchmark.Latencies();
            l.setUp();
            for (int i = 0; i < 1_000_000; i++) {
                source.recordValue(l.next());
            }
        }
    }

    /**
     * Records one latency into this thread's own histogram (a writer of the {@code noWaitControl} group): the same CPU
     * load as the other groups' writers, with nothing that a reader could wait for.
     *
     * @param o this thread's histogram
     * @param l this thread's latencies
     */
    @Benchmark
    @Group("noWaitControl")
    @GroupThreads(64)
    public void noWaitControlWrite(Own o, TimerRecordBenchmark.Latencies l) {
        o.histogram.recordValue(l.next());
    }

    /**
     * {@return the p99 of a copy of a histogram no writer touches}: a read that waits for no writer at all, under the
     * same 64 runnable writers. Its percentiles are what the scheduler alone does to a reader here, the floor for any
     * read design.
     *
     * @param q the histogram to copy and the copy
     */
    @Benchmark
    @Group("noWaitControl")
    @GroupThreads(1)
    public long noWaitControlRead(Quiet q) {
        q.source.copyInto(q.target);
        return q.target.getValueAtPercentile(99);
    }
}
