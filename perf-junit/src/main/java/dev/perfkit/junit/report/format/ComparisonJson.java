package dev.perfkit.junit.report.format;

import dev.perfkit.junit.compare.ReportedRounds;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.json.Json;
import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.jvm.JvmActivity;
import dev.perfkit.junit.measure.jvm.JvmSettings;
import dev.perfkit.junit.metric.Metric;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON result of one comparison, schema {@value #SCHEMA}; {@code docs/reports.md} documents every field. Values in
 * nanoseconds, bytes per call and calls per second; factors are improvements in the metric's direction. Stateless.
 */
public final class ComparisonJson {

    /** The schema name and version written into every file. */
    public static final String SCHEMA = "perfkit-junit-comparison/2";

    private ComparisonJson() {}

    /**
     * Writes the comparison to {@code file}, creating its folder.
     *
     * @param test the test's identity: {@code class}, {@code method}, {@code displayName}, {@code uniqueId}
     * @param about {@code bottleneck}, {@code change}, {@code baseline}, {@code candidate} (method names)
     * @param rounds the rounds measured; every round's raw values per side and the JVM guards are written
     * @param report the Markdown report beside it; the file names it without its folder
     * @param outcome what the test made of the verdict: {@code passed}, {@code failed}, {@code inconclusive},
     *     {@code skipped}, {@code warned}, {@code not checked}, {@code "reported"}
     */
    public static void write(
            Path file,
            Map<String, String> test,
            Map<String, String> about,
            int inputs,
            SequentialVerdict r,
            ReportedRounds rounds,
            Map<Metric, Double> budgets,
            Policy enforcement,
            TestOutcome outcome,
            Path report)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("test", new LinkedHashMap<>(test));
        root.putAll(about);
        root.put("inputs", inputs);
        root.put("rounds", r.rounds());
        root.put("looks", r.looks());
        root.put("confidence", r.confidence());
        root.put("stopped", r.stop().label());
        root.put("dropped", r.dropped());
        root.put("stability", r.stability());
        List<Object> metrics = new ArrayList<>();
        r.rows().forEach((m, row) -> metrics.add(metric(m, row, budgets.get(m))));
        root.put("metrics", metrics);
        Map<String, Object> unmeasured = new LinkedHashMap<>();
        r.unmeasurable().forEach((m, why) -> unmeasured.put(m.name(), why));
        root.put("warmup", rounds.warmups());
        root.put("jvmSettings", JvmSettings.current().toJson());
        root.put("raw", raw(r, rounds));
        root.put("remeasured", new ArrayList<Object>(rounds.remeasured()));
        root.put("unmeasured", unmeasured);
        root.put("enforcement", Phrases.enforcement(enforcement));
        root.put("outcome", outcome.label());
        root.put("report", report.getFileName().toString());
        AtomicFiles.write(file, Settings.RESULTS_DIR, Json.write(root));
    }

    /** Every round, oldest first: each side's value of every metric, and the JVM guards of each side's slice. */
    private static List<Object> raw(SequentialVerdict r, ReportedRounds rounds) {
        List<Object> out = new ArrayList<>();
        Map<String, double[]> before = new LinkedHashMap<>();
        Map<String, double[]> after = new LinkedHashMap<>();
        for (Metric m : r.rows().keySet()) {
            before.put(m.name(), rounds.baseline(m));
            after.put(m.name(), rounds.candidate(m));
        }
        for (int i = 0; i < rounds.count(); i++) {
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("round", i + 1);
            round.put("kept", i >= r.dropped());
            round.put("baseline", side(before, i, rounds.guard(i, true)));
            round.put("candidate", side(after, i, rounds.guard(i, false)));
            round.put("flags", new ArrayList<Object>(rounds.flags(i)));
            out.add(round);
        }
        return out;
    }

    private static Map<String, Object> side(Map<String, double[]> values, int i, JvmActivity jvm) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((name, v) -> out.put(name, v[i]));
        out.putAll(jvm.toJson());
        return out;
    }

    private static Map<String, Object> metric(Metric m, MetricChange row, Double budget) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("label", m.label());
        out.put("unit", m.kind().unit());
        out.put("before", row.before());
        out.put("after", row.after());
        out.put("factor", row.estimate().estimate());
        out.put("factorLow", row.estimate().low());
        out.put("factorHigh", row.estimate().high());
        out.put("improvement", Phrases.improvement(row));
        out.put("atLeast", budget);
        out.put("verdict", row.check() == null ? null : row.check().name().toLowerCase(Locale.ROOT));
        return out;
    }
}
