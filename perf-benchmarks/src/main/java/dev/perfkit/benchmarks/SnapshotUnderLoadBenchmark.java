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

  @Setup(Level.Trial)
  public void setUp() {
    registry = PerfRegistry.create();
    timer = registry.timer("load");
    recorder = new Recorder(TimerRecordBenchmark.HOUR, 2);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    registry.close();
  }

  /** Sums what a sink read hands over; allocates nothing. */
  static final class CountingSink implements SnapshotSink {
    long count;

    @Override
    public void begin(String name, int precisionBits, long startTick, long endTick, long count, long totalNanos,
        long minNanos, long maxNanos, long overflowCount, long rejectedCount) {
      this.count = 0;
    }

    @Override
    public void bucket(long highestValue, long n) {
      count += n;
    }
  }

  @Benchmark
  @Group("perfkitInterval")
  @GroupThreads(64)
  public void perfkitIntervalWrite(TimerRecordBenchmark.Latencies l) {
    timer.recordNanos(l.next());
  }

  @Benchmark
  @Group("perfkitInterval")
  @GroupThreads(1)
  public long perfkitIntervalRead() {
    return timer.intervalSnapshot().valueAtPercentile(99);
  }

  @Benchmark
  @Group("perfkitCumulative")
  @GroupThreads(64)
  public void perfkitCumulativeWrite(TimerRecordBenchmark.Latencies l) {
    timer.recordNanos(l.next());
  }

  @Benchmark
  @Group("perfkitCumulative")
  @GroupThreads(1)
  public long perfkitCumulativeRead() {
    return timer.snapshot().valueAtPercentile(99);
  }

  @Benchmark
  @Group("perfkitSink")
  @GroupThreads(64)
  public void perfkitSinkWrite(TimerRecordBenchmark.Latencies l) {
    timer.recordNanos(l.next());
  }

  @Benchmark
  @Group("perfkitSink")
  @GroupThreads(1)
  public long perfkitSinkRead() {
    timer.intervalSnapshot(sink);
    return sink.count;
  }

  @Benchmark
  @Group("hdrRecorder")
  @GroupThreads(64)
  public void hdrRecorderWrite(TimerRecordBenchmark.Latencies l) {
    recorder.recordValue(l.next());
  }

  @Benchmark
  @Group("hdrRecorder")
  @GroupThreads(1)
  public long hdrRecorderRead() {
    recycle = recorder.getIntervalHistogram(recycle);
    return recycle.getValueAtPercentile(99);
  }
}
