package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.html.ComparisonPage;
import dev.perfkit.junit.report.html.ComplexityPage;
import dev.perfkit.junit.report.html.HtmlFiles;
import dev.perfkit.junit.report.html.PerfTestPage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each test's HTML page ({@code <test>.html}, {@code <test>.compare.html}, {@code <test>.complexity.html}),
 * which links the test's other files by name; the run's {@code index.html} is written with the run's summary.
 * Stateless.
 */
final class HtmlWriter implements ResultWriter {

    @Override
    public void perfTest(PerfTestResult r, BaselineCheck kept, Outputs out) throws IOException {
        HtmlFiles.write(
                out.dir(),
                Outputs.fileName(r.test(), Outputs.PAGE),
                PerfTestPage.render(
                        r.test().invocationName(),
                        r.measurement(),
                        r.verdict(),
                        Messages.perfTest(r),
                        Outputs.fileName(r.test(), Outputs.JSON),
                        kept == null ? null : kept.history(),
                        r.profile()));
    }

    @Override
    public void comparison(CompareResult r, Outputs out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Markdown report", Outputs.fileName(r.test(), Outputs.COMPARE_MD));
        files.put("JSON result", Outputs.fileName(r.test(), Outputs.COMPARE_JSON));
        if (r.profile() != null) {
            r.profile()
                    .before()
                    .jfrFile()
                    .ifPresent(f ->
                            files.put("Baseline's JFR profile", f.getFileName().toString()));
            r.profile()
                    .after()
                    .jfrFile()
                    .ifPresent(f ->
                            files.put("Candidate's JFR profile", f.getFileName().toString()));
        }
        HtmlFiles.write(
                out.dir(),
                Outputs.fileName(r.test(), Outputs.COMPARE_PAGE),
                ComparisonPage.render(
                        r.plan().test(),
                        r.plan().bottleneck(),
                        r.plan().change(),
                        r.verdict(),
                        r.rounds(),
                        r.outcome(),
                        Messages.comparisonMarkdown(r),
                        files,
                        r.profile()));
    }

    @Override
    public void complexity(ComplexityResult r, Outputs out) throws IOException {
        HtmlFiles.write(
                out.dir(),
                Outputs.fileName(r.test(), Outputs.COMPLEXITY_PAGE),
                ComplexityPage.render(
                        r.plan().test(),
                        r.fit(),
                        r.plan().expect(),
                        r.outcome(),
                        Messages.complexity(r, out.file(r.test(), Outputs.COMPLEXITY_JSON)),
                        Outputs.fileName(r.test(), Outputs.COMPLEXITY_JSON)));
    }
}
