package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.format.ComparisonJson;
import dev.perfkit.junit.report.format.ComparisonMarkdown;
import dev.perfkit.junit.report.format.ComplexityJson;
import dev.perfkit.junit.report.format.PerfTestJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes each test's JSON result ({@code <test>.json}, {@code <test>.compare.json}, {@code <test>.complexity.json});
 * the schemas are in {@code docs/reports.md}. Stateless.
 */
final class JsonWriter implements ResultWriter {

    @Override
    public void perfTest(PerfTestResult r, BaselineCheck kept, Outputs out) throws IOException {
        PerfTestJson.write(
                out.dir(),
                Outputs.fileName(r.test(), Outputs.JSON),
                r.test().identity(),
                r.measurement(),
                r.verdict(),
                r.explanations(),
                r.profile());
    }

    @Override
    public void comparison(CompareResult r, Outputs out) throws IOException {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("bottleneck", r.plan().bottleneck());
        about.put("change", r.plan().change());
        about.put("baseline", Messages.baselineName(r));
        about.put("candidate", Messages.candidateName(r));
        about.put("decidedBy", r.replication());
        double detectable = ComparisonMarkdown.detectable(r.verdict(), r.plan().budgets());
        about.put("detectableChange", Double.isNaN(detectable) ? "" : String.format(Locale.ROOT, "%.4f", detectable));
        ComparisonJson.write(
                out.file(r.test(), Outputs.COMPARE_JSON),
                r.test().identity(),
                about,
                r.inputs(),
                r.verdict(),
                r.rounds(),
                r.plan().budgets(),
                r.enforcement(),
                r.outcome(),
                out.file(r.test(), Outputs.COMPARE_MD));
    }

    @Override
    public void complexity(ComplexityResult r, Outputs out) throws IOException {
        ComplexityJson.write(
                out.file(r.test(), Outputs.COMPLEXITY_JSON),
                r.test().identity(),
                r.fit(),
                r.rounds(),
                r.settings().roundNanos(),
                r.plan().expect(),
                r.check(),
                r.enforcement(),
                r.settings().undecided(),
                r.outcome());
    }
}
