package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.format.CiSummary;
import dev.perfkit.junit.report.format.ComparisonMarkdown;
import dev.perfkit.junit.report.format.ComplexityText;
import dev.perfkit.junit.report.format.PerfTestText;
import dev.perfkit.junit.report.format.ReportEntries;
import dev.perfkit.junit.report.format.SummaryMarkdown;
import dev.perfkit.junit.report.html.PageLink;
import java.util.List;

/**
 * Adds each test to the run's summary, which is written when the run ends: {@code comparisons.md}, the CI summary
 * ({@code summary.md} or GitHub's step summary), {@code summary.json} and the HTML report's {@code index.html}.
 * Stateless.
 */
final class RunSummaryWriter implements ResultWriter {

    @Override
    public void perfTest(PerfTestResult r, BaselineCheck kept, Outputs out) {
        String id = r.test().fileStem();
        String name = r.test().invocationName();
        RunSummary summary = out.summary();
        if (kept != null && kept.compared()) {
            summary.add(
                    out.dir(),
                    id + " (kept baseline)",
                    new SummaryMarkdown.Item(
                            r.test().name() + " vs kept baseline",
                            kept.rows(),
                            kept.outcome(),
                            out.file(r.test(), Outputs.BASELINE_MD),
                            Messages.keptBaselineMarkdown(kept)));
        }
        String page = Outputs.fileName(r.test(), Outputs.PAGE);
        summary.add(
                out.dir(),
                id,
                new CiSummary.Test(
                        name,
                        r.verdict().outcome(),
                        ReportEntries.perfTestFigures(r.measurement(), r.verdict()),
                        out.file(r.test(), Outputs.JSON),
                        page));
        List<String> cautions = r.measurement().cautions();
        summary.add(
                out.dir(),
                id,
                new PageLink(
                        PageLink.PERFORMANCE_TEST,
                        name,
                        page,
                        r.verdict().outcome(),
                        PerfTestText.percentiles(r.measurement())
                                + (cautions.isEmpty() ? "" : "; cautions: " + String.join("; ", cautions))));
    }

    @Override
    public void comparison(CompareResult r, Outputs out) {
        String id = r.test().fileStem();
        out.summary()
                .add(
                        out.dir(),
                        id,
                        new SummaryMarkdown.Item(
                                r.plan().test(),
                                r.verdict().reportRows(),
                                r.outcome(),
                                out.file(r.test(), Outputs.COMPARE_MD),
                                Messages.comparisonMarkdown(r)));
        out.summary()
                .add(
                        out.dir(),
                        id,
                        new PageLink(
                                PageLink.COMPARISON,
                                r.plan().test(),
                                Outputs.fileName(r.test(), Outputs.COMPARE_PAGE),
                                r.outcome(),
                                indexLine(r)));
    }

    /** The verdict, and for each budget missed by how much: the index should say which without opening the page. */
    private static String indexLine(CompareResult r) {
        String missed = ComparisonMarkdown.missedBudgets(r.verdict());
        return ComparisonMarkdown.verdict(r.verdict()) + (missed.isEmpty() ? "" : ": " + missed);
    }

    @Override
    public void complexity(ComplexityResult r, Outputs out) {
        String verdict = ComplexityText.verdict(r.fit(), r.plan().expect());
        String page = Outputs.fileName(r.test(), Outputs.COMPLEXITY_PAGE);
        out.summary()
                .addComplexity(
                        out.dir(),
                        r.test().fileStem(),
                        new CiSummary.Test(
                                r.plan().test(),
                                r.outcome(),
                                verdict,
                                out.file(r.test(), Outputs.COMPLEXITY_JSON),
                                page));
        out.summary()
                .add(
                        out.dir(),
                        r.test().fileStem() + ".complexity",
                        new PageLink(PageLink.COMPLEXITY, r.plan().test(), page, r.outcome(), verdict));
    }
}
