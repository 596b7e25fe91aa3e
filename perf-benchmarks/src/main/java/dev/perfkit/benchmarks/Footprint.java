package dev.perfkit.benchmarks;

import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.ObjLongConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Retained heap per timer, idle and after recording 10,000 latencies (log-uniform, 100 ns to 10 ms) from one thread,
 * for this project's timer and the ones it competes with: {@code N} timers are created and filled, the settled heap
 * before and after is compared, and the difference is divided by {@code N}.
 *
 * <p>Run: {@code java -cp perf-benchmarks/target/benchmarks.jar dev.perfkit.benchmarks.Footprint}
 */
public final class Footprint {

  private static final int N = 500;
  private static final long[] VALUES = new long[10_000];

  private Footprint() {}

  /** Prints one row per timer kind: idle and active bytes per timer. */
  public static void main(String[] args) {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < VALUES.length; i++) {
      VALUES[i] = (long) (100 * Math.pow(10, random.nextDouble() * 5));
    }
    PerfRegistry perfkit = PerfRegistry.create(RegistryConfig.builder().maxMeters(100_000).build());
    SimpleMeterRegistry micrometer = new SimpleMeterRegistry();
    long hour = TimeUnit.HOURS.toNanos(1);
    System.out.printf(Locale.ROOT, "%-40s %12s %12s%n", "timer", "idle B", "active B");
    row("perfkit Timer (defaults: 6 bits)", i -> perfkit.timer("t" + i), Timer::recordNanos);
    row("perfkit Timer (7 bits)", i -> Timer.builder("s" + i).precisionBits(7).register(perfkit), Timer::recordNanos);
    row("HdrHistogram Histogram (1h, 2 digits)", i -> new Histogram(hour, 2), Histogram::recordValue);
    row("HdrHistogram Recorder (1h, 2 digits)", i -> new Recorder(hour, 2), Recorder::recordValue);
    row("Micrometer Timer (default)", i -> io.micrometer.core.instrument.Timer.builder("m" + i).register(micrometer),
        (t, v) -> t.record(v, TimeUnit.NANOSECONDS));
    row("Micrometer Timer (percentile histogram)", i -> io.micrometer.core.instrument.Timer.builder("h" + i)
        .publishPercentileHistogram().register(micrometer), (t, v) -> t.record(v, TimeUnit.NANOSECONDS));
    row("Dropwizard Timer (default)", i -> new com.codahale.metrics.Timer(),
        (t, v) -> t.update(v, TimeUnit.NANOSECONDS));
    row("Dropwizard Timer (lock-free reservoir)", i -> new com.codahale.metrics.Timer(
        LockFreeExponentiallyDecayingReservoir.builder().build()), (t, v) -> t.update(v, TimeUnit.NANOSECONDS));
  }

  private static <T> void row(String name, IntFunction<T> factory, ObjLongConsumer<T> record) {
    List<T> keep = new ArrayList<>(N);
    long before = settledHeap();
    for (int i = 0; i < N; i++) {
      keep.add(factory.apply(i));
    }
    long idle = settledHeap();
    for (T t : keep) {
      for (long v : VALUES) {
        record.accept(t, v);
      }
    }
    long active = settledHeap();
    System.out.printf(Locale.ROOT, "%-40s %12d %12d%n", name, (idle - before) / N, (active - before) / N);
    keep.clear();
  }

  private static long settledHeap() {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used >= last) {
        return used;
      }
      last = used;
    }
    return last;
  }
}
