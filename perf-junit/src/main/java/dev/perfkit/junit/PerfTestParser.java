package dev.perfkit.junit;

import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.perftest.BudgetSpec;
import dev.perfkit.junit.perftest.PerfTestPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns {@link PerfTest} and {@link Budget} into a validated {@link PerfTestPlan}, or fails naming every bad attribute.
 */
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
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException naming every invalid attribute (one
     *     problem as its own message, several under one line naming the test)
     */
    static PerfTestPlan parse(PerfTest perf, Budget budget, Settings settings, String test) {
        AttributeParser a = new AttributeParser("PerfTest", test);
        Problems problems = new Problems(test);
        boolean warmupByTime = !perf.warmup().isEmpty();
        long warmupIterations = problems.check(() -> a.count("warmupIterations", perf.warmupIterations(), 0), -1L);
        if (warmupByTime && warmupIterations >= 0) {
            problems.add(a.invalid("set at most one of warmup and warmupIterations, got warmup = \"" + perf.warmup()
                    + "\" and warmupIterations = " + warmupIterations));
        }
        long warmupNanos = warmupByTime ? problems.check(() -> a.nanos("warmup", perf.warmup()), 0L) : 0;
        boolean steady = !warmupByTime && warmupIterations < 0;
        if (!steady && !perf.warmupCap().isEmpty()) {
            problems.add(a.invalid("warmupCap applies only to the warm-up until steady, but warmup"
                    + (warmupByTime ? "" : "Iterations") + " is set"));
        }
        long cap = perf.warmupCap().isEmpty()
                ? settings.warmupCapNanos()
                : problems.check(() -> a.positiveNanos("warmupCap", perf.warmupCap()), settings.warmupCapNanos());

        long iterations = problems.check(() -> a.count("iterations", perf.iterations(), 1), -1L);
        boolean byTime = !perf.duration().isEmpty();
        if (byTime && iterations > 0) {
            problems.add(a.invalid("set at most one of duration and iterations, got duration = \"" + perf.duration()
                    + "\" and iterations = " + iterations));
        }
        long measure = byTime
                ? problems.check(() -> a.positiveNanos("duration", perf.duration()), settings.durationNanos())
                : iterations > 0 ? iterations : settings.durationNanos();
        if (perf.forks() < -1 || perf.forks() > Settings.MAX_FORKS) {
            problems.add(a.invalid(
                    "forks",
                    String.valueOf(perf.forks()),
                    "expected 0 to " + Settings.MAX_FORKS + " forks, or -1 for perfkit.forks"));
        }
        boolean threadsValid = perf.threads() >= 1 && perf.threads() <= MAX_THREADS;
        if (!threadsValid) {
            problems.add(a.invalid("threads", String.valueOf(perf.threads()), "must be from 1 to " + MAX_THREADS));
        }
        double rate = perf.rate().isEmpty() ? 0 : problems.check(() -> a.rate("rate", perf.rate()), 0.0);
        if (threadsValid && rate > 0 && iterations > 0 && iterations * perf.threads() / rate > MAX_PACED_SECONDS) {
            problems.add(a.invalid(
                    "rate",
                    AttributeParser.quoted(perf.rate()),
                    String.format(
                            java.util.Locale.ROOT,
                            "%d iterations on %d thread(s) at this rate take %.3g s, more than the limit of %d s: "
                                    + "raise the rate or "
                                    + "lower the iterations",
                            iterations,
                            perf.threads(),
                            iterations * perf.threads() / rate,
                            MAX_PACED_SECONDS)));
        }
        List<BudgetSpec> budgets = budget == null
                ? List.of()
                : budgets(
                        budget,
                        new AttributeParser("Budget", test),
                        !perf.rate().isEmpty(),
                        problems);
        problems.throwIfAny();

        WarmupSpec.Mode warmup =
                steady ? WarmupSpec.Mode.STEADY : warmupByTime ? WarmupSpec.Mode.DURATION : WarmupSpec.Mode.ITERATIONS;
        return new PerfTestPlan(
                warmup,
                warmupByTime ? warmupNanos : warmupIterations,
                cap,
                settings.windowNanos(),
                settings.tolerance(),
                iterations > 0,
                measure,
                perf.threads(),
                rate,
                budgets);
    }

    private static List<BudgetSpec> budgets(Budget b, AttributeParser a, boolean paced, Problems problems) {
        int before = problems.count();
        List<BudgetSpec> specs = new ArrayList<>();
        percentile(specs, a, "p50", 50, b.p50(), problems);
        percentile(specs, a, "p90", 90, b.p90(), problems);
        percentile(specs, a, "p99", 99, b.p99(), problems);
        percentile(specs, a, "p999", 99.9, b.p999(), problems);
        for (Budget.Percentile p : b.percentiles()) {
            if (!(p.value() > 0 && p.value() <= 100)) {
                problems.add(a.invalid(
                        "percentiles",
                        "@Percentile(value = " + p.value() + ", max = \"" + p.max() + "\")",
                        "value must be greater than 0 and at most 100"));
            } else if (p.max().isEmpty()) {
                problems.add(a.invalid(
                        "percentiles",
                        "@Percentile(value = " + p.value() + ", max = \"\")",
                        "max must be set: a duration such as '2ms'"));
            } else {
                percentile(specs, a, "percentiles", p.value(), p.max(), problems);
            }
        }
        if (!b.mean().isEmpty()) {
            limit(specs, Metric.MEAN, () -> (double) a.positiveNanos("mean", b.mean()), problems);
        }
        if (!b.max().isEmpty()) {
            limit(specs, Metric.MAX, () -> (double) a.positiveNanos("max", b.max()), problems);
        }
        if (!b.cpu().isEmpty()) {
            if (paced) {
                problems.add(a.invalid(
                        "cpu",
                        AttributeParser.quoted(b.cpu()),
                        "CPU time is not measured in a paced run (rate "
                                + "set): its threads wait between calls; budget CPU time in a closed-loop "
                                + "@PerfTest (without rate)"));
            } else {
                limit(specs, Metric.CPU, () -> (double) a.positiveNanos("cpu", b.cpu()), problems);
            }
        }
        if (!b.throughput().isEmpty()) {
            limit(specs, Metric.THROUGHPUT, () -> a.rate("throughput", b.throughput()), problems);
        }
        if (!b.allocation().isEmpty()) {
            limit(specs, Metric.ALLOCATION, () -> (double) a.bytesPerOp("allocation", b.allocation()), problems);
        }
        Set<String> counters = new HashSet<>();
        for (Budget.Events e : b.events()) {
            String written = "@Events(counter = \"" + e.counter() + "\", maxPerOp = " + e.maxPerOp() + ")";
            if (e.counter().isBlank()) {
                problems.add(a.invalid("events", written, "counter must not be blank"));
            } else if (e.counter().length() > dev.perfkit.TimerConfig.MAX_NAME_LENGTH) {
                problems.add(a.invalid(
                        "events",
                        written.length() > 120
                                ? "@Events(counter = \"" + e.counter().substring(0, 40) + "...\")"
                                : written,
                        "counter must be a meter name of at most " + dev.perfkit.TimerConfig.MAX_NAME_LENGTH
                                + " characters, got " + e.counter().length()));
            } else if (!(e.maxPerOp() >= 0) || Double.isInfinite(e.maxPerOp())) {
                problems.add(a.invalid("events", written, "maxPerOp must be a finite number, 0 or more"));
            } else if (!counters.add(e.counter())) {
                problems.add(a.invalid("events", written, "counter '" + e.counter() + "' has more than one limit"));
            } else {
                specs.add(new BudgetSpec(Metric.events(e.counter()), e.maxPerOp()));
            }
        }
        if (!b.sql().isEmpty()) {
            if (!counters.add(Metric.SQL.name())) {
                problems.add(a.invalid(
                        "sql",
                        AttributeParser.quoted(b.sql()),
                        "counter '" + Metric.SQL.name() + "' has a " + "limit in events already; give it one"));
            } else {
                limit(specs, Metric.SQL, () -> a.perCall("sql", b.sql()), problems);
            }
        }
        if (specs.isEmpty() && problems.count() == before) {
            problems.add(a.invalid("sets no limit; give at least one attribute, such as p99 = \"2ms\""));
        }
        return specs;
    }

    /** Adds the limit on {@code metric} that {@code parse} reads, or keeps its problem. */
    private static void limit(List<BudgetSpec> specs, Metric metric, Supplier<Double> parse, Problems problems) {
        Double limit = problems.check(parse, null);
        if (limit != null) {
            specs.add(new BudgetSpec(metric, limit));
        }
    }

    private static void percentile(
            List<BudgetSpec> specs, AttributeParser a, String attribute, double p, String limit, Problems problems) {
        if (limit.isEmpty()) {
            return;
        }
        Metric metric = Metric.latency(p);
        for (BudgetSpec existing : specs) {
            if (existing.metric().equals(metric)) {
                problems.add(a.invalid(
                        attribute,
                        AttributeParser.quoted(limit),
                        metric.name() + " has a limit already; give " + "each percentile one"));
                return;
            }
        }
        limit(specs, metric, () -> (double) a.positiveNanos(attribute, limit), problems);
    }
}
