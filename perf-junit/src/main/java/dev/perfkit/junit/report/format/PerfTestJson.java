package dev.perfkit.junit.report.format;

import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.WarmupOutcome;
import dev.perfkit.junit.measure.WarmupSpec;
import dev.perfkit.junit.measure.jvm.CpuUse;
import dev.perfkit.junit.measure.jvm.JvmSettings;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.JudgedBudget;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.perftest.PerfTestPlan;
import dev.perfkit.profile.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON result of one run, schema {@value #SCHEMA}; {@code docs/reports.md} documents every field. Times are in
 * nanoseconds, rates per second; a figure that could not be measured is {@code null}. Stateless.
 */
public final class PerfTestJson {

    /** The schema name and version written into every file. */
    public static final String SCHEMA = "perfkit-junit-result/1";

    private PerfTestJson() {}

    /**
     * Writes the result to {@code dir/fileName}, creating the folder, and returns the file.
     *
     * @param test the test's identity: {@code class}, {@code method}, {@code displayName}, {@code uniqueId}
     */
    public static Path write(
            Path dir,
            String fileName,
            Map<String, String> test,
            Measurement m,
            BudgetVerdict v,
            Map<String, String> explanations,
            Profile profile)
            throws IOException {
        return AtomicFiles.write(
                dir.resolve(fileName), Settings.RESULTS_DIR, Json.write(toMap(test, m, v, explanations, profile)));
    }

    /** The result as nested maps and lists, in the order the file shows them. */
    static Map<String, Object> toMap(
            Map<String, String> test,
            Measurement m,
            BudgetVerdict v,
            Map<String, String> explanations,
            Profile profile) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("test", new LinkedHashMap<>(test));
        root.put("plan", plan(m.plan()));
        WarmupOutcome w = m.warmup();
        root.put(
                "warmup",
                map(
                        "nanos",
                        w.nanos(),
                        "calls",
                        w.calls(),
                        "windows",
                        w.windows(),
                        "settled",
                        w.untilSteady() ? w.settled() : null,
                        "unsteady",
                        new ArrayList<Object>(w.unsteady()),
                        "description",
                        m.warmupText(),
                        "windowEndsNanos",
                        Json.array(w.windowEndsNanos()),
                        "windowMedians",
                        Json.array(w.windowMedians())));
        root.put(
                "sampling",
                map(
                        "batch",
                        m.batch(),
                        "overheadNanosPerSample",
                        m.overheadNanos(),
                        "clockResolutionNanos",
                        m.resolutionNanos(),
                        "description",
                        m.samplingText()));
        root.put("results", results(m));
        root.put("cautions", new ArrayList<Object>(m.cautions()));
        root.put("jvmSettings", JvmSettings.current().toJson());
        root.put(
                "jvm",
                m.jvm() == null
                        ? null
                        : map(
                                "youngGcs",
                                m.jvm().youngGcs(),
                                "oldGcs",
                                m.jvm().oldGcs(),
                                "heapGrowthBytes",
                                m.jvm().heapGrowthBytes(),
                                "edenGrowthBytes",
                                m.jvm().edenGrowthBytes(),
                                "jitMillis",
                                m.jvm().jitMillis(),
                                "minorFaults",
                                m.jvm().minorFaults(),
                                "cpuNanos",
                                m.jvm().cpuNanos()));
        List<Object> windows = new ArrayList<>();
        for (long median : m.windowMedians()) {
            windows.add(median);
        }
        root.put("windowMedians", windows);
        List<Object> budgets = new ArrayList<>();
        for (JudgedBudget r : v.results()) {
            budgets.add(map(
                    "metric",
                    r.spec().metric().statistic().name().toLowerCase(Locale.ROOT),
                    "name",
                    r.spec().name(),
                    "comparison",
                    Phrases.comparison(r),
                    "limit",
                    r.limit(),
                    "measured",
                    r.measured(),
                    "unit",
                    r.spec().metric().kind().unit(),
                    "verdict",
                    Phrases.word(r.check())));
        }
        root.put("budgets", budgets);
        root.put("explanations", new LinkedHashMap<String, Object>(explanations));
        root.put(
                "profile",
                profile == null
                        ? null
                        : map(
                                "available",
                                profile.isAvailable(),
                                "unavailableReason",
                                profile.isAvailable() ? null : profile.unavailableReason(),
                                "jfr",
                                profile.jfrFile().map(Path::toString).orElse(null),
                                "text",
                                profile.isAvailable() ? profile.toText(PerfTestText.PROFILE_TOP) : null));
        root.put("enforcement", Phrases.enforcement(v.enforcement()));
        root.put("timeScale", v.timeScale());
        root.put("outcome", v.outcome().label());
        return root;
    }

    private static Map<String, Object> plan(PerfTestPlan p) {
        boolean steady = p.warmup() == WarmupSpec.Mode.STEADY;
        return map(
                "warmup",
                p.warmup().name().toLowerCase(Locale.ROOT),
                "warmupIterations",
                p.warmup() == WarmupSpec.Mode.ITERATIONS ? p.warmupAmount() : null,
                "warmupNanos",
                p.warmup() == WarmupSpec.Mode.DURATION ? p.warmupAmount() : null,
                "warmupCapNanos",
                steady ? p.warmupCapNanos() : null,
                "measure",
                p.byIterations() ? "iterations" : "duration",
                "measureIterations",
                p.byIterations() ? p.measureAmount() : null,
                "measureNanos",
                p.byIterations() ? null : p.measureAmount(),
                "threads",
                p.threads(),
                "targetRatePerSecond",
                p.openLoop() ? p.ratePerSecond() : null);
    }

    private static Map<String, Object> results(Measurement m) {
        boolean empty = m.latency().isEmpty();
        Map<String, Object> percentiles = new LinkedHashMap<>();
        for (double p : PerfTestText.PERCENTILES) {
            percentiles.put(
                    Metric.percentileName(p).substring(1),
                    empty ? null : m.latency().valueAtPercentile(p));
        }
        Map<String, Object> events = new LinkedHashMap<>();
        m.events().keySet().forEach(name -> events.put(name, m.eventsPerOp(name)));
        return map(
                "operations",
                m.operations(),
                "samples",
                m.latency().count(),
                "wallNanos",
                m.wallNanos(),
                "throughputPerSecond",
                m.throughputPerSecond(),
                "meanNanos",
                m.meanNanos(),
                "minNanos",
                empty ? null : m.latency().minNanos(),
                "maxNanos",
                empty ? null : m.latency().maxNanos(),
                "percentilesNanos",
                percentiles,
                "percentileCurve",
                curve(m),
                "allocatedBytesPerOp",
                m.allocatedBytesPerOp(),
                "allocationUnsupported",
                m.allocationUnsupported().isEmpty() ? null : m.allocationUnsupported(),
                "cpu",
                cpu(m),
                "eventsPerOp",
                events);
    }

    /** CPU time against wall time; the figures are null and {@code unsupported} says why when not measured. */
    private static Map<String, Object> cpu(Measurement m) {
        CpuUse c = m.cpu();
        boolean on = c.isMeasured();
        return map(
                "nanosPerOp",
                on ? m.cpuNanosPerOp() : null,
                "onCpuShare",
                on ? c.onCpuShare() : null,
                "offCpuShare",
                on ? c.offCpuShare() : null,
                "readyShare",
                on && c.readyNanos() >= 0 ? c.readyShare() : null,
                "cpuNanos",
                on ? c.cpuNanos() : null,
                "spanNanos",
                on ? c.spanNanos() : null,
                "readyNanos",
                on && c.readyNanos() >= 0 ? c.readyNanos() : null,
                "unsupported",
                on ? null : c.unsupported());
    }

    /** The points the HTML report plots: {@code [{"percentile": 99.9, "nanos": 3100}, ...]}. */
    private static List<Object> curve(Measurement m) {
        List<Object> out = new ArrayList<>();
        for (PercentileCurve.Point p : PercentileCurve.of(m.latency())) {
            out.add(map("percentile", p.percentile(), "nanos", p.nanos()));
        }
        return out;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
