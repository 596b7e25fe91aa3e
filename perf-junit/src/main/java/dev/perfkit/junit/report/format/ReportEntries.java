package dev.perfkit.junit.report.format;

import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.MetricKind;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.JudgedBudget;
import dev.perfkit.junit.perftest.Measurement;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report entries a test publishes to JUnit ({@code perf.*}, {@code perf.compare.*}) and the one line per test on
 * standard output ({@code [perfkit] ...}), so that the console and Surefire's XML carry every result. Stateless.
 */
public final class ReportEntries {

    private ReportEntries() {}

    /** A performance test's entries: outcome, latency, operations, throughput, each budget, warm-up, cautions. */
    public static Map<String, String> perfTest(Measurement m, BudgetVerdict v, Path result) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("perf.outcome", v.outcome().label());
        entries.put("perf.latency", PerfTestText.percentiles(m));
        entries.put("perf.operations", String.valueOf(m.operations()));
        entries.put("perf.throughput", MetricKind.THROUGHPUT.format(m.throughputPerSecond()));
        entries.put("perf.cpu", Phrases.cpu(m));
        for (JudgedBudget r : v.results()) {
            MetricKind kind = r.spec().metric().kind();
            entries.put(
                    "perf.budget." + r.spec().name(),
                    kind.format(r.measured()) + " " + Phrases.comparison(r) + " " + kind.format(r.limit()) + ": "
                            + Phrases.verdict(r));
        }
        entries.put("perf.warmup", m.warmupText());
        entries.put("perf.measured", m.samplingText());
        entries.put("perf.result", result.toString());
        List<String> cautions = m.cautions();
        if (!cautions.isEmpty()) {
            entries.put("perf.cautions", String.join("; ", cautions));
        }
        return entries;
    }

    /** A performance test's console line: {@code [perfkit] Test.method: p50 ..., allocation 0 B/op -- passed}. */
    public static String perfTestLine(String test, Measurement m, BudgetVerdict v) {
        return "[perfkit] " + test + ": " + perfTestFigures(m, v);
    }

    /** The console line after the test's name: {@code p50 ..., allocation 0 B/op -- passed}, and the cautions. */
    public static String perfTestFigures(Measurement m, BudgetVerdict v) {
        List<String> cautions = m.cautions();
        return PerfTestText.percentiles(m) + ", allocation "
                + (m.allocationUnsupported().isEmpty() ? MetricKind.MEMORY.format(m.allocatedBytesPerOp()) : "n/a")
                + ", cpu " + Phrases.cpuShort(m) + " -- "
                + v.outcome() + (cautions.isEmpty() ? "" : "; cautions: " + String.join("; ", cautions));
    }

    /** A comparison's entries: outcome, verdict, one per metric, and the report and JSON files. */
    public static Map<String, String> comparison(SequentialVerdict r, TestOutcome outcome, Path report, Path json) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("perf.compare.outcome", outcome.label());
        entries.put("perf.compare.verdict", ComparisonMarkdown.verdict(r));
        r.rows().forEach((m, row) -> entries.put("perf.compare." + m.name(), entry(row)));
        r.unmeasurable().forEach((m, why) -> entries.put("perf.compare." + m.name(), why));
        entries.put("perf.compare.report", report.toString());
        entries.put("perf.compare.result", json.toString());
        return entries;
    }

    /** A comparison's console line: {@code [perfkit] test: p50 2.00µs -> 500ns 4.00x [3.90x, 4.10x] PASS; ...}. */
    public static String comparisonLine(String test, SequentialVerdict r, TestOutcome outcome) {
        StringBuilder line = new StringBuilder("[perfkit] ").append(test).append(": ");
        r.rows()
                .forEach((m, row) -> line.append(m.name())
                        .append(' ')
                        .append(m.kind().cell(row.before()))
                        .append(" -> ")
                        .append(m.kind().cell(row.after()))
                        .append(String.format(
                                Locale.ROOT,
                                " %.2fx [%.2fx, %.2fx]",
                                row.estimate().estimate(),
                                row.estimate().low(),
                                row.estimate().high()))
                        .append(row.check() == null ? "" : " " + row.check())
                        .append("; "));
        return line.append("-- ")
                .append(outcome)
                .append(r.stability().isEmpty() ? "" : "; " + r.stability())
                .toString();
    }

    /** {@code 2.00µs -> 500ns: 4.0x faster; 4.00x [4.00x, 4.00x] at 98.33% confidence over 20 rounds; ...}. */
    private static String entry(MetricChange row) {
        MetricKind kind = row.metric().kind();
        return kind.cell(row.before()) + " -> " + kind.cell(row.after()) + ": " + Phrases.improvement(row) + "; "
                + Phrases.evidence(row);
    }
}
