package dev.perfkit.junit.commits.run;

import dev.perfkit.junit.commits.result.CommitChange;
import dev.perfkit.junit.commits.result.CommitsResult;
import dev.perfkit.junit.commits.result.MeasuredTest;
import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.compare.ForkedRounds;
import dev.perfkit.junit.compare.InterleavedRounds;
import dev.perfkit.junit.compare.PairedRounds;
import dev.perfkit.junit.compare.Replication;
import dev.perfkit.junit.compare.ReportedRounds;
import dev.perfkit.junit.compare.SequentialComparison;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.measure.Body;
import dev.perfkit.junit.measure.Progress;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.RatioEstimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One comparison of two commits, from the request to its result: both sides' loaders, the tests each side has, the
 * check that both compute the same, then for every test on both sides paired, interleaved rounds in this JVM and,
 * when the rules of {@link Replication} ask for it, in fresh JVMs. In a replica (a fresh JVM measuring one test for
 * its parent) it writes the rounds instead. Not thread-safe: one thread runs it.
 */
public final class CommitsRun {

    private final CommitsRequest request;
    private final Settings settings;
    private final CompareSettings compare;
    private final Progress progress;
    private final List<Metric> metrics;
    private final Map<Metric, Double> budgets;

    private CommitsRun(CommitsRequest request, Progress progress) {
        this.request = request;
        this.progress = progress;
        this.settings = Settings.read(request::parameter);
        this.compare = CommitsSettings.read(request::parameter).bound(CompareSettings.read(request::parameter));
        Metric time = Metric.latency(request.percentile());
        this.metrics = List.of(time, Metric.ALLOCATION, Metric.SQL);
        // the run fails when the head's time exceeds (1 + maxSlowdown) times the base's: as an improvement factor
        // base / head, a budget of at least 1 / (1 + maxSlowdown), which the replication rules judge as they judge
        // a @Compare budget
        this.budgets = Map.of(time, 1 / (1 + request.maxSlowdown()));
    }

    /**
     * Runs the request.
     *
     * @param progress where the run says how it goes, one line at a time
     * @return the result; null in a replica, which has written its rounds to {@link CommitsRequest#replicaOutput()}
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException for a {@code perfkit.*} setting with a
     *     bad value, naming the key
     * @throws Exception when a side's test classes cannot be read, or a replica's test cannot be measured
     */
    public static CommitsResult run(CommitsRequest request, Progress progress) throws Exception {
        return new CommitsRun(request, progress).run();
    }

    private CommitsResult run() throws Exception {
        ClassLoader engine = CommitsRun.class.getClassLoader();
        try (SideLoader baseLoader =
                        new SideLoader(request.base().label(), request.base().classPath(), engine);
                SideLoader headLoader =
                        new SideLoader(request.head().label(), request.head().classPath(), engine)) {
            Discovery.Found base = Discovery.find(request.base(), baseLoader);
            Discovery.Found head = Discovery.find(request.head(), headLoader);
            List<String> notes = new ArrayList<>();
            base.unloadable().forEach(c -> notes.add("base: class not loaded: " + c));
            head.unloadable().forEach(c -> notes.add("head: class not loaded: " + c));
            Map<String, PerfMethod> baseTests = byName(base, head);
            Map<String, PerfMethod> headTests = byName(head, base);
            TreeSet<String> names = new TreeSet<>(baseTests.keySet());
            names.addAll(headTests.keySet());
            if (!request.tests().isEmpty()) {
                for (String wanted : request.tests()) {
                    if (names.stream().noneMatch(n -> matches(wanted, n, baseTests, headTests))) {
                        notes.add("no test " + wanted + " on either side");
                    }
                }
                names.removeIf(n -> request.tests().stream().noneMatch(w -> matches(w, n, baseTests, headTests)));
            }
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> both = new ArrayList<>();
            for (String n : names) {
                boolean inBase = baseTests.containsKey(n);
                boolean inHead = headTests.containsKey(n);
                (inBase && inHead ? both : inBase ? removed : added).add(n);
            }
            List<MeasuredTest> tests = new ArrayList<>();
            List<CommitsResult.Differing> differing = new ArrayList<>();
            List<CommitsResult.Skipped> skipped = new ArrayList<>();
            for (int i = 0; i < both.size(); i++) {
                String name = both.get(i);
                String prefix = "[" + (i + 1) + "/" + both.size() + "] " + name + ": ";
                Progress says = m -> progress.report(prefix + m);
                Outcome o = measure(name, baseTests.get(name), headTests.get(name), says);
                if (o.skipped != null) {
                    skipped.add(new CommitsResult.Skipped(name, o.skipped));
                    says.report("skipped: " + o.skipped);
                } else if (o.differing != null) {
                    differing.add(o.differing);
                    says.report("results differ, not measured");
                } else if (o.measured != null) {
                    tests.add(o.measured);
                    says.report(
                            o.measured.rows().isEmpty()
                                    ? "measured"
                                    : o.measured.rows().get(0).verdict() + " "
                                            + String.format(
                                                    Locale.ROOT,
                                                    "%.3fx",
                                                    o.measured
                                                            .rows()
                                                            .get(0)
                                                            .factor()
                                                            .estimate()));
                }
            }
            if (request.replicaOutput() != null) {
                if (tests.isEmpty() && !skipped.isEmpty()) {
                    throw new IllegalStateException("the replica did not measure " + request.tests() + ": "
                            + skipped.get(0).reason());
                }
                if (!differing.isEmpty()) {
                    throw new IllegalStateException("the replica found different results for " + request.tests());
                }
                return null;
            }
            return new CommitsResult(
                    request.base().label(),
                    request.head().label(),
                    request.maxSlowdown(),
                    request.percentile(),
                    tests,
                    added,
                    removed,
                    differing,
                    skipped,
                    notes);
        }
    }

    /**
     * The tests of {@code side} by the name the run gives them: {@code Class.method}, or the qualified name where
     * test classes of either side in different packages share the short one.
     */
    private static Map<String, PerfMethod> byName(Discovery.Found side, Discovery.Found other) {
        Map<String, Set<String>> qualified = new HashMap<>();
        for (Discovery.Found f : List.of(side, other)) {
            f.tests()
                    .values()
                    .forEach(m -> qualified
                            .computeIfAbsent(m.name(), k -> new TreeSet<>())
                            .add(m.qualifiedName()));
        }
        Map<String, PerfMethod> out = new TreeMap<>();
        side.tests()
                .values()
                .forEach(m -> out.put(qualified.get(m.name()).size() == 1 ? m.name() : m.qualifiedName(), m));
        return out;
    }

    /** Whether the requested {@code wanted} names test {@code name}: {@code Class.method} or its qualified name. */
    private static boolean matches(
            String wanted, String name, Map<String, PerfMethod> base, Map<String, PerfMethod> head) {
        PerfMethod m = base.getOrDefault(name, head.get(name));
        return wanted.equals(name) || (m != null && wanted.equals(m.qualifiedName()));
    }

    /** What became of one test: exactly one field is set. */
    private record Outcome(MeasuredTest measured, CommitsResult.Differing differing, String skipped) {}

    private Outcome measure(String name, PerfMethod baseTest, PerfMethod headTest, Progress says) {
        long start = System.nanoTime();
        TestInstance base = null;
        TestInstance head = null;
        try {
            base = open("base", baseTest);
            head = open("head", headTest);
            says.report("checking that both sides compute the same");
            List<Object> baseResult = firstResult("base", base);
            List<Object> headResult = firstResult("head", head);
            if (!Objects.deepEquals(baseResult.toArray(), headResult.toArray())) {
                return new Outcome(null, new CommitsResult.Differing(name, show(baseResult), show(headResult)), null);
            }
            says.report("warming up both sides");
            try {
                return new Outcome(rounds(name, base.body(), head.body(), base.overhead(), says, start), null, null);
            } catch (Throwable t) {
                throw new Skip("measuring threw " + t);
            }
        } catch (Skip s) {
            return new Outcome(null, null, s.getMessage());
        } finally {
            close(base);
            close(head);
        }
    }

    /** Why a test is skipped, as the summary gives it. */
    private static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;

        Skip(String reason) {
            super(reason);
        }
    }

    private static TestInstance open(String side, PerfMethod test) throws Skip {
        try {
            return TestInstance.open(test);
        } catch (NotMeasurableException e) {
            throw new Skip(side + ": " + e.getMessage());
        } catch (Throwable t) {
            throw new Skip(side + ": setting the test up threw " + t);
        }
    }

    private static List<Object> firstResult(String side, TestInstance test) throws Skip {
        try {
            return test.firstResult();
        } catch (Throwable t) {
            throw new Skip(side + ": the first call threw " + t);
        }
    }

    private static void close(TestInstance t) {
        if (t == null) {
            return;
        }
        try {
            t.close();
        } catch (Throwable e) {
            // an @AfterEach or @AfterAll that throws does not change what was measured
        }
    }

    private MeasuredTest rounds(String name, Body base, Body head, Body overhead, Progress says, long start)
            throws Throwable {
        InterleavedRounds paired = InterleavedRounds.start(
                settings.ticker(),
                base,
                head,
                overhead,
                settings.allocationMeter(),
                metrics,
                settings.jvmProbe(),
                settings.cpuClock(),
                compare.warmup(settings),
                compare.roundNanos(),
                m -> says.report("warming up: " + m));
        SequentialVerdict verdict = SequentialComparison.run(
                new Reporting(paired, settings, says), metrics, budgets, compare.plan(), compare.capNanos());
        if (request.replicaOutput() != null) {
            ForkedRounds.write(request.replicaOutput(), paired, metrics);
            return null;
        }
        ReportedRounds rounds = paired;
        String how;
        String close = verdict.unstable()
                        || Replication.closeToBudget(verdict, budgets, compare.jvmMargin())
                                .isEmpty()
                ? ""
                : notClear(verdict);
        if (close.isEmpty()) {
            how = "in this JVM: "
                    + (verdict.unstable()
                            ? "the rounds were unstable (" + verdict.stability() + ")"
                            : "the interval is at least " + Math.round(compare.jvmMargin() * 100)
                                    + " % clear of the threshold");
        } else if (!compare.replicate()) {
            how = "in this JVM, not checked in fresh JVMs (" + CompareSettings.REPLICATE + " = off) although " + close;
        } else {
            says.report(close + "; measuring in " + compare.replicaForks() + " fresh JVMs");
            try {
                List<Path> files = Replicas.run(request, name, compare.replicaForks(), says);
                ForkedRounds forked = ForkedRounds.read(files, metrics);
                verdict = Replication.acrossForks(forked, metrics, budgets, compare.plan());
                rounds = forked;
                how = "across " + compare.replicaForks() + " fresh JVMs, because " + close;
            } catch (java.io.IOException e) {
                how = "in this JVM: the fresh JVMs failed (" + e.getMessage() + ") although " + close;
            }
        }
        List<CommitChange> rows = new ArrayList<>();
        for (Map.Entry<Metric, MetricChange> e : verdict.rows().entrySet()) {
            MetricChange row = e.getValue();
            if (row.estimate() == null) {
                continue;
            }
            CommitChange change = CommitChange.of(
                    name, e.getKey(), row.before(), row.after(), row.estimate().inverse(), request.maxSlowdown());
            rows.add(row.check() == Check.UNSTABLE ? change.unstable() : change);
        }
        Map<Metric, double[]> baseRounds = new LinkedHashMap<>();
        Map<Metric, double[]> headRounds = new LinkedHashMap<>();
        for (CommitChange row : rows) {
            baseRounds.put(row.metric(), rounds.baseline(row.metric()));
            headRounds.put(row.metric(), rounds.candidate(row.metric()));
        }
        String stopped = verdict.rounds() + " rounds"
                + (verdict.stop() == null ? "" : ", " + verdict.stop().label())
                + (verdict.stability().isEmpty() ? "" : "; " + verdict.stability());
        return new MeasuredTest(
                name,
                rows,
                baseRounds,
                headRounds,
                verdict.dropped(),
                stopped + "; " + how,
                (System.nanoTime() - start) / 1e9);
    }

    /** Why the one-JVM interval does not settle the threshold, in the terms of head / base. */
    private String notClear(SequentialVerdict verdict) {
        MetricChange row = verdict.rows().get(metrics.get(0));
        RatioEstimate f = row.estimate().inverse();
        return String.format(
                Locale.ROOT,
                "%s's interval of head / base [%.3fx, %.3fx] in this JVM is not %.0f %% clear of the threshold %.3fx",
                metrics.get(0).name(),
                f.low(),
                f.high(),
                compare.jvmMargin() * 100,
                1 + request.maxSlowdown());
    }

    private static String show(List<Object> values) {
        String s = Arrays.deepToString(values.toArray());
        return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " characters)";
    }

    /** The rounds, saying every {@link Progress#EVERY_NANOS} which round they are at. */
    private static final class Reporting implements PairedRounds {
        private final PairedRounds rounds;
        private final Settings settings;
        private final Progress says;
        private long last;

        Reporting(PairedRounds rounds, Settings settings, Progress says) {
            this.rounds = rounds;
            this.settings = settings;
            this.says = says;
            this.last = settings.ticker().nanos();
        }

        @Override
        public void next() throws Throwable {
            rounds.next();
            long now = settings.ticker().nanos();
            if (now - last >= Progress.EVERY_NANOS) {
                last = now;
                says.report("round " + rounds.count());
            }
        }

        @Override
        public int count() {
            return rounds.count();
        }

        @Override
        public double[] baseline(Metric metric) {
            return rounds.baseline(metric);
        }

        @Override
        public double[] candidate(Metric metric) {
            return rounds.candidate(metric);
        }

        @Override
        public String unmeasurable(Metric metric) {
            return rounds.unmeasurable(metric);
        }

        @Override
        public long spentNanos() {
            return rounds.spentNanos();
        }

        @Override
        public List<String> flags(int round) {
            return rounds.flags(round);
        }
    }
}
