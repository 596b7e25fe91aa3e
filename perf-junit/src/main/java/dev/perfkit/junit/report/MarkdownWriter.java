package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.measure.AtomicFiles;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.perftest.PerfTestResult;
import java.io.IOException;

/**
 * Writes the Markdown reports: a comparison's Performance Optimization Report ({@code <test>.compare.md}) and a test
 * against its kept baseline ({@code <test>.baseline.md}). Stateless.
 */
final class MarkdownWriter implements ResultWriter {

    @Override
    public void perfTest(PerfTestResult result, BaselineCheck kept, Outputs out) throws IOException {
        if (kept != null && kept.compared()) {
            AtomicFiles.write(
                    out.file(result.test(), Outputs.BASELINE_MD),
                    Settings.RESULTS_DIR,
                    Messages.keptBaselineMarkdown(kept));
        }
    }

    @Override
    public void comparison(CompareResult result, Outputs out) throws IOException {
        AtomicFiles.write(
                out.file(result.test(), Outputs.COMPARE_MD), Settings.RESULTS_DIR, Messages.comparisonMarkdown(result));
    }
}
