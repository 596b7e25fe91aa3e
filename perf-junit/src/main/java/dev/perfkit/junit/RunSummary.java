package dev.perfkit.junit;

import dev.perfkit.junit.internal.TestOutcome;
import dev.perfkit.junit.internal.compare.ReportRow;
import dev.perfkit.junit.internal.report.SummaryMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every comparison of a test run, candidate against baseline or a test against its kept baseline, written once as {@value #FILE} in the results folder when the run ends. It lives in
 * the root {@link ExtensionContext.Store}, which closes it after the last test; tests running in parallel add to it
 * concurrently, and the file lists them in the order of their names, whatever order they ran in. Thread-safe.
 */
final class RunSummary implements AutoCloseable {

  /** The summary's file name. */
  static final String FILE = "comparisons.md";

  private static final Namespace NAMESPACE = Namespace.create(RunSummary.class);

  private final Map<String, SummaryMarkdown.Item> comparisons = new ConcurrentSkipListMap<>();
  private volatile Path dir;

  /** The run's summary, created by the first test that asks. */
  static RunSummary of(ExtensionContext context) {
    return RunScoped.get(context, NAMESPACE, RunSummary.class, RunSummary::new);
  }

  /**
   * Adds a comparison.
   *
   * @param id unique in the run: the test's file name stem, with a suffix for a kept baseline
   * @param item the comparison as the summary lists it
   */
  void add(Path resultsDir, String id, SummaryMarkdown.Item item) {
    dir = resultsDir;
    comparisons.put(id, item);
  }

  @Override
  public void close() throws IOException {
    if (comparisons.isEmpty()) {
      return;
    }
    String text = SummaryMarkdown.render(comparisons.values());
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
  }
}
