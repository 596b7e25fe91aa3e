package dev.perfkit.junit;

import dev.perfkit.junit.internal.TestOutcome;
import dev.perfkit.junit.internal.compare.MarkdownTable;
import dev.perfkit.junit.internal.compare.ReportRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Every comparison of a test run, candidate against baseline or a test against its kept baseline, written once as {@value #FILE} in the results folder when the run ends. It lives in
 * the root {@link ExtensionContext.Store}, which closes it after the last test; tests running in parallel add to it
 * concurrently, and the file lists them in the order of their names, whatever order they ran in. Thread-safe.
 */
final class RunSummary implements AutoCloseable {

  /** The summary's file name. */
  static final String FILE = "comparisons.md";

  private static final Namespace NAMESPACE = Namespace.create(RunSummary.class);

  private final Map<String, Entry> comparisons = new ConcurrentSkipListMap<>();
  private volatile Path dir;

  /** The run's summary, created by the first test that asks. */
  static RunSummary of(ExtensionContext context) {
    return RunScoped.get(context, NAMESPACE, RunSummary.class, RunSummary::new);
  }

  /**
   * Adds a comparison.
   *
   * @param id unique in the run: the test's file name stem, with a suffix for a kept baseline
   * @param report the comparison's report file
   */
  void add(Path resultsDir, String id, String test, List<ReportRow> rows, TestOutcome outcome, Path report) {
    dir = resultsDir;
    comparisons.put(id, new Entry(test, List.copyOf(rows), outcome, report));
  }

  @Override
  public void close() throws IOException {
    if (comparisons.isEmpty()) {
      return;
    }
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"Test", "Metric", "Before", "After", "Improvement", "Verdict"});
    StringBuilder outcomes = new StringBuilder();
    for (Entry e : comparisons.values()) {
      for (ReportRow r : e.rows) {
        cells.add(new String[] {e.test, r.metric(), r.kind().format(r.before()), r.kind().format(r.after()),
            r.improvement(), r.outcome() == null ? "-" : r.outcome().name()});
      }
      outcomes.append("- ").append(e.test).append(": ").append(e.outcome).append(" ([report](")
          .append(e.report.getFileName()).append("))\n");
    }
    String text = "# Comparisons\n\n" + comparisons.size() + (comparisons.size() == 1 ? " comparison" : " comparisons")
        + " in this run.\n\n" + MarkdownTable.render(cells) + "\n" + outcomes;
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
  }

  private record Entry(String test, List<ReportRow> rows, TestOutcome outcome, Path report) {}
}
