package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.format.ComplexityText;
import dev.perfkit.junit.report.format.ReportEntries;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes each test's JUnit report entries ({@code perf.*}, {@code perf.compare.*}, {@code perf.complexity.*},
 * {@code perf.baseline.*}), which build tools such as Surefire keep in their reports. Stateless.
 */
final class ReportEntryWriter implements ResultWriter {

    @Override
    public void perfTest(PerfTestResult r, BaselineCheck kept, Outputs out) {
        out.entries().accept(ReportEntries.perfTest(r.measurement(), r.verdict(), out.file(r.test(), Outputs.JSON)));
        if (r.profile() != null && r.profile().jfrFile().isPresent()) {
            out.entries()
                    .accept(Map.of("perf.profile", r.profile().jfrFile().get().toString()));
        }
        if (kept == null) {
            return;
        }
        if (kept.recording()) {
            out.entries().accept(Map.of("perf.baseline", "recorded into " + kept.file() + " when the run ends"));
        } else if (kept.compared()) {
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("perf.baseline.outcome", kept.outcome().label());
            entries.put("perf.baseline.verdict", Messages.keptBaselineVerdict(kept));
            if (!kept.warning().isEmpty()) {
                entries.put("perf.baseline.warning", kept.warning());
            }
            entries.put(
                    "perf.baseline.report",
                    out.file(r.test(), Outputs.BASELINE_MD).toString());
            out.entries().accept(entries);
        }
    }

    @Override
    public void comparison(CompareResult r, Outputs out) {
        out.entries()
                .accept(ReportEntries.comparison(
                        r.verdict(),
                        r.outcome(),
                        out.file(r.test(), Outputs.COMPARE_MD),
                        out.file(r.test(), Outputs.COMPARE_JSON)));
    }

    @Override
    public void complexity(ComplexityResult r, Outputs out) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("perf.complexity.outcome", r.outcome().label());
        entries.put(
                "perf.complexity.fit", ComplexityText.verdict(r.fit(), r.plan().expect()));
        entries.put(
                "perf.complexity.result",
                out.file(r.test(), Outputs.COMPLEXITY_JSON).toString());
        out.entries().accept(entries);
    }
}
