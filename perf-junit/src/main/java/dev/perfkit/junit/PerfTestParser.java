package dev.perfkit.junit;

import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.perftest.BudgetSpec;
import dev.perfkit.junit.perftest.PerfTestPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns {@link PerfTest} and {@link Budget} into a validated {@link PerfTestPlan}, or fails naming the bad attribute. */
final class PerfTestParser {

  /** The most threads a test may run: each one is a platform thread with its own histogram (about 74 KB). */
  static final int MAX_THREADS = 512;
  /** The longest a paced run with a fixed number of iterations may take. */
  static final long MAX_PACED_SECONDS = 3_600;

  private PerfTestParser() {}

  /**
   * Validates every attribute and returns the plan.
   *
   * @param test the test's name for error messages, such as {@code OrderTests.parse()}
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException on the first invalid attribute
   */
  static PerfTestPlan parse(PerfTest perf, Budget budget, Settings settings, String test) {
    AttributeParser a = new AttributeParser("PerfTest", test);
    boolean warmupByTime = !perf.warmup().isEmpty();
    long warmupIterations = a.count("warmupIterations", perf.warmupIterations(), 0);
    if (warmupByTime && warmupIterations >= 0) {
      throw a.invalid("set at most one of warmup and warmupIterations, got warmup = \"" + perf.warmup()
          + "\" and warmupIterations = " + warmupIterations);
    }
    long warmupNanos = warmupByTime ? a.nanos("warmup", perf.warmup()) : 0;
    boolean steady = !warmupByTime && warmupIterations < 0;
    if (!steady && !perf.warmupCap().isEmpty()) {
      throw a.invalid("warmupCap applies only to the warm-up until steady, but warmup"
          + (warmupByTime ? "" : "Iterations") + " is set");
    }
    long cap = perf.warmupCap().isEmpty() ? settings.warmupCapNanos() : a.positiveNanos("warmupCap", perf.warmupCap());

    long iterations = a.count("iterations", perf.iterations(), 1);
    boolean byTime = !perf.duration().isEmpty();
    if (byTime && iterations > 0) {
      throw a.invalid("set at most one of duration and iterations, got duration = \"" + perf.duration()
          + "\" and iterations = " + iterations);
    }
    long measure = byTime ? a.positiveNanos("duration", perf.duration())
        : iterations > 0 ? iterations : settings.durationNanos();
    if (perf.forks() < -1 || perf.forks() > Settings.MAX_FORKS) {
      throw a.invalid("forks", String.valueOf(perf.forks()), "expected 0 to " + Settings.MAX_FORKS
          + " forks, or -1 for perfkit.forks");
    }
    if (perf.threads() < 1 || perf.threads() > MAX_THREADS) {
      throw a.invalid("threads", String.valueOf(perf.threads()), "must be from 1 to " + MAX_THREADS);
    }
    double rate = perf.rate().isEmpty() ? 0 : a.rate("rate", perf.rate());
    if (rate > 0 && iterations > 0 && iterations * perf.threads() / rate > MAX_PACED_SECONDS) {
      throw a.invalid("rate", AttributeParser.quoted(perf.rate()), String.format(java.util.Locale.ROOT,
          "%d iterations on %d thread(s) at this rate take %.3g s, more than the limit of %d s: raise the rate or "
          + "lower the iterations", iterations, perf.threads(), iterations * perf.threads() / rate,
          MAX_PACED_SECONDS));
    }

    WarmupSpec.Mode warmup = steady ? WarmupSpec.Mode.STEADY : warmupByTime ? WarmupSpec.Mode.DURATION : WarmupSpec.Mode.ITERATIONS;
    return new PerfTestPlan(warmup, warmupByTime ? warmupNanos : warmupIterations, cap, settings.windowNanos(),
        settings.tolerance(), iterations > 0, measure, perf.threads(), rate,
        budget == null ? List.of() : budgets(budget, new AttributeParser("Budget", test), rate > 0));
  }

  private static List<BudgetSpec> budgets(Budget b, AttributeParser a, boolean paced) {
    List<BudgetSpec> specs = new ArrayList<>();
    percentile(specs, a, "p50", 50, b.p50());
    percentile(specs, a, "p90", 90, b.p90());
    percentile(specs, a, "p99", 99, b.p99());
    percentile(specs, a, "p999", 99.9, b.p999());
    for (Budget.Percentile p : b.percentiles()) {
      if (!(p.value() > 0 && p.value() <= 100)) {
        throw a.invalid("percentiles", "@Percentile(value = " + p.value() + ", max = \"" + p.max() + "\")",
            "value must be greater than 0 and at most 100");
      }
      if (p.max().isEmpty()) {
        throw a.invalid("percentiles", "@Percentile(value = " + p.value() + ", max = \"\")",
            "max must be set: a duration such as '2ms'");
      }
      percentile(specs, a, "percentiles", p.value(), p.max());
    }
    if (!b.mean().isEmpty()) {
      specs.add(new BudgetSpec(Metric.MEAN, a.positiveNanos("mean", b.mean())));
    }
    if (!b.max().isEmpty()) {
      specs.add(new BudgetSpec(Metric.MAX, a.positiveNanos("max", b.max())));
    }
    if (!b.cpu().isEmpty()) {
      if (paced) {
        throw a.invalid("cpu", AttributeParser.quoted(b.cpu()), "CPU time is not measured in a paced run (rate set): its "
            + "threads wait between calls; budget CPU time in a closed-loop @PerfTest (without rate)");
      }
      specs.add(new BudgetSpec(Metric.CPU, a.positiveNanos("cpu", b.cpu())));
    }
    if (!b.throughput().isEmpty()) {
      specs.add(new BudgetSpec(Metric.THROUGHPUT, a.rate("throughput", b.throughput())));
    }
    if (!b.allocation().isEmpty()) {
      specs.add(new BudgetSpec(Metric.ALLOCATION, a.bytesPerOp("allocation", b.allocation())));
    }
    Set<String> counters = new HashSet<>();
    for (Budget.Events e : b.events()) {
      String written = "@Events(counter = \"" + e.counter() + "\", maxPerOp = " + e.maxPerOp() + ")";
      if (e.counter().isBlank()) {
        throw a.invalid("events", written, "counter must not be blank");
      }
      if (e.counter().length() > dev.perfkit.TimerConfig.MAX_NAME_LENGTH) {
        throw a.invalid("events", written.length() > 120 ? "@Events(counter = \"" + e.counter().substring(0, 40)
            + "...\")" : written, "counter must be a meter name of at most " + dev.perfkit.TimerConfig.MAX_NAME_LENGTH
            + " characters, got " + e.counter().length());
      }
      if (!(e.maxPerOp() >= 0) || Double.isInfinite(e.maxPerOp())) {
        throw a.invalid("events", written, "maxPerOp must be a finite number, 0 or more");
      }
      if (!counters.add(e.counter())) {
        throw a.invalid("events", written, "counter '" + e.counter() + "' has more than one limit");
      }
      specs.add(new BudgetSpec(Metric.events(e.counter()), e.maxPerOp()));
    }
    if (!b.sql().isEmpty()) {
      if (!counters.add(Metric.SQL.name())) {
        throw a.invalid("sql", AttributeParser.quoted(b.sql()), "counter '" + Metric.SQL.name() + "' has a limit in events "
            + "already; give it one");
      }
      specs.add(new BudgetSpec(Metric.SQL, a.perCall("sql", b.sql())));
    }
    if (specs.isEmpty()) {
      throw a.invalid("sets no limit; give at least one attribute, such as p99 = \"2ms\"");
    }
    return specs;
  }

  private static void percentile(List<BudgetSpec> specs, AttributeParser a, String attribute, double p, String limit) {
    if (limit.isEmpty()) {
      return;
    }
    Metric metric = Metric.latency(p);
    for (BudgetSpec existing : specs) {
      if (existing.metric().equals(metric)) {
        throw a.invalid(attribute, AttributeParser.quoted(limit), metric.name() + " has a limit already; give each percentile one");
      }
    }
    specs.add(new BudgetSpec(metric, a.positiveNanos(attribute, limit)));
  }
}
