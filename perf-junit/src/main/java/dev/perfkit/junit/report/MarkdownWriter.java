package dev.perfkit.junit.report;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.perftest.PerfTestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes the Markdown reports: a comparison's Performance Optimization Report ({@code <test>.compare.md}) and a test
 * against its kept baseline ({@code <test>.baseline.md}). Stateless.
 */
final class MarkdownWriter implements ResultWriter {

  @Override
  public void perfTest(PerfTestResult result, BaselineCheck kept, Outputs out) throws IOException {
    if (kept != null && kept.compared()) {
      Files.createDirectories(out.dir());
      Files.writeString(out.file(result.test(), Outputs.BASELINE_MD), Messages.keptBaselineMarkdown(kept),
          StandardCharsets.UTF_8);
    }
  }

  @Override
  public void comparison(CompareResult result, Outputs out) throws IOException {
    Files.createDirectories(out.dir());
    Files.writeString(out.file(result.test(), Outputs.COMPARE_MD), Messages.comparisonMarkdown(result),
        StandardCharsets.UTF_8);
  }
}
