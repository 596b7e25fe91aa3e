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
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
            TreeSet<String> names = new TreeSet<>(base.tests().keySet());
            names.addAll(head.tests().keySet());
            if (!request.tests().isEmpty()) {
                for (String wanted : request.tests()) {
                    if (names.stream().noneMatch(n -> matches(wanted, n, base, head))) {
                        notes.add("no test " + wanted + " on either side");
                    }
                }
                names.removeIf(n -> request.tests().stream().noneMatch(w -> matches(w, n, base, head)));
            }
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> both = new ArrayList<>();
            for (String n : names) {
                boolean inBase = base.tests().containsKey(n);
                boolean inHead = head.tests().containsKey(n);
                (inBase && inHead ? both : inBase ? removed : added).add(n);
            }
            List<MeasuredTest> tests = new ArrayList<>();
            List<CommitsResult.Differing> differing = new ArrayList<>();
            List<CommitsResult.Skipped> skipped = new ArrayList<>();
            for (int i = 0; i < both.size(); i++) {
                String name = both.get(i);
                String prefix = "[" + (i + 1) + "/" + both.size() + "] " + name + ": ";
                Progress says = m -> progress.report(prefix + m);
                Outcome o = measure(name, base.tests().get(name), head.tests().get(name), says);
                if (o.skipped != null) {
                    skipped.add(new CommitsResult.Skipped(name, o.skipped));
                    says.report("skipped: " + o.skipped);
                } else if (o.differing != null) {
                    differing.add(o.differing);
                    says.report("results differ, not measured");
                } else if (o.measured != null) {
                    tests.add(o.measured);
                    says.report(o.measured.rows().get(0).verdict() + " "
                            + String.format(
                                    Locale.ROOT,
                                    "%.3fx",
                                    o.measured.rows().get(0).factor().estimate()));
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

    /** Whether the requested {@code wanted} names test {@code name}: {@code Class.method} or the class's full name. */
    private static boolean matches(String wanted, String name, Discovery.Found base, Discovery.Found head) {
        if (wanted.equals(name)) {
            return true;
        }
        PerfMethod m = base.tests().getOrDefault(name, head.tests().get(name));
        return m != null
                && wanted.equals(m.testClass().getName() + "." + m.method().getName());
    }

    /** What became of one test: exactly one field is set. */
    private record Outcome(MeasuredTest measured, CommitsResult.Differing differing, String skipped) {}

    private Outcome measure(String name, PerfMethod baseTest, PerfMethod headTest, Progress says) {
        long start = System.nanoTime();
        TestInstance base = null;
        TestInstance head = null;
        try {
            try {
                base = TestInstance.open(baseTest);
            } catch (NotMeasurableException e) {
                return new Outcome(null, null, "base: " + e.getMessage());
            } catch (Throwable t) {
                return new Outcome(null, null, "base: setting the test up threw " + t);
            }
            try {
                head = TestInstance.open(headTest);
            } catch (NotMeasurableException e) {
                return new Outcome(null, null, "head: " + e.getMessage());
            } catch (Throwable t) {
                return new Outcome(null, null, "head: setting the test up threw " + t);
            }
            says.report("checking that both sides compute the same");
            List<Object> baseResult;
            List<Object> headResult;
            try {
                baseResult = base.firstResult();
            } catch (Throwable t) {
                return new Outcome(null, null, "base: the first call threw " + t);
            }
            try {
                headResult = head.firstResult();
            } catch (Throwable t) {
                return new Outcome(null, null, "head: the first call threw " + t);
            }
            if (!Objects.deepEquals(baseResult.toArray(), headResult.toArray())) {
                return new Outcome(null, new CommitsResult.Differing(name, show(baseResult), show(headResult)), null);
            }
            says.report("warming up both sides");
            try {
                return new Outcome(rounds(name, base.body(), head.body(), base.overhead(), says, start), null, null);
            } catch (Throwable t) {
                return new Outcome(null, null, "measuring threw " + t);
            }
        } finally {
            close(base);
            close(head);
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
        String close = verdict.unstable() ? "" : Replication.closeToBudget(verdict, budgets, compare.jvmMargin());
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
            rows.add(CommitChange.of(
                    name, e.getKey(), row.before(), row.after(), row.estimate().inverse(), request.maxSlowdown()));
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
