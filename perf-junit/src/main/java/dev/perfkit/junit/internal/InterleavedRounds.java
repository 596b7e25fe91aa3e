package dev.perfkit.junit.internal;

import dev.perfkit.PerfRegistry;
import dev.perfkit.RegistryConfig;
import dev.perfkit.Ticker;
import dev.perfkit.junit.internal.compare.Metric;
import dev.perfkit.junit.internal.compare.PairedRounds;
import java.util.List;

/**
 * Baseline and candidate measured side by side in one thread: both warm up, then every round measures each for the
 * same slice of time, the baseline first in even rounds and the candidate first in odd ones, so that drift of the
 * machine (clock frequency, other load, the state of the heap) hits both sides alike. Time is read only from the
 * given {@link Ticker}. Not thread-safe: one comparison drives it.
 */
public final class InterleavedRounds implements PairedRounds {

  private final ComparedSide baseline;
  private final ComparedSide candidate;
  private final long roundNanos;
  private int count;

  private InterleavedRounds(ComparedSide baseline, ComparedSide candidate, long roundNanos) {
    this.baseline = baseline;
    this.candidate = candidate;
    this.roundNanos = roundNanos;
  }

  /**
   * Warms both sides up for {@code warmupNanos} each (at least one call), measures the clock's resolution and the
   * cost of a sample with {@code overhead} (a body that does nothing through the same call path), and returns the
   * rounds, ready for the first.
   *
   * @param metrics the metrics every round records, in order
   * @param roundNanos how long each side measures in one round
   */
  public static InterleavedRounds start(Ticker ticker, Body baselineBody, Body candidateBody, Body overhead,
      AllocationMeter meter, List<Metric> metrics, long warmupNanos, long roundNanos) throws Throwable {
    ComparedSide a = new ComparedSide(ticker, baselineBody, meter, metrics);
    ComparedSide b = new ComparedSide(ticker, candidateBody, meter, metrics);
    try (PerfRegistry registry = PerfRegistry.create(RegistryConfig.builder().ticker(ticker).build())) {
      a.warmUp(warmupNanos, registry, "warmup-baseline");
      b.warmUp(warmupNanos, registry, "warmup-candidate");
    }
    long resolution = Calibration.resolutionNanos(ticker);
    a.calibrate(overhead, resolution);
    b.calibrate(overhead, resolution);
    return new InterleavedRounds(a, b, roundNanos);
  }

  @Override
  public void next() throws Throwable {
    ComparedSide first = count % 2 == 0 ? baseline : candidate;
    ComparedSide second = first == baseline ? candidate : baseline;
    first.measure(roundNanos);
    second.measure(roundNanos);
    count++;
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
    if (!metric.equals(Metric.ALLOCATION)) {
      return "";
    }
    return baseline.unsupported().isEmpty() ? candidate.unsupported() : baseline.unsupported();
  }

  @Override
  public long spentNanos() {
    return Math.max(baseline.spentNanos(), candidate.spentNanos());
  }

  /** How each side was warmed up and timed, one line each. */
  public String describe() {
    return "baseline:  " + baseline.describe() + "\ncandidate: " + candidate.describe();
  }
}
