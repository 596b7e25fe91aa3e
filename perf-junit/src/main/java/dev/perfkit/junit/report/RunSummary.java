package dev.perfkit.junit.report;

import dev.perfkit.junit.measure.EnvVars;
import dev.perfkit.junit.measure.RunScoped;
import dev.perfkit.junit.report.format.CiSummary;
import dev.perfkit.junit.report.format.SummaryJson;
import dev.perfkit.junit.report.format.SummaryMarkdown;
import dev.perfkit.junit.report.html.HtmlFiles;
import dev.perfkit.junit.report.html.IndexPage;
import dev.perfkit.junit.report.html.PageLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test run measured, written when the run ends into the results folder: {@value #FILE} (every comparison,
 * candidate against baseline or a test against its kept baseline), the CI summary ({@code summary.md}, or appended to
 * GitHub's step summary), its JSON copy ({@code summary.json}) and the HTML report's {@code index.html}, which links
 * the page each test wrote. It lives in the root {@link ExtensionContext.Store}, which closes it after the last test;
 * tests running in parallel add to it concurrently, and every file lists them in the order of their names, whatever
 * order they ran in. Thread-safe.
 */
public final class RunSummary implements AutoCloseable {

  /** The summary's file name. */
  static final String FILE = "comparisons.md";

  private static final Namespace NAMESPACE = Namespace.create(RunSummary.class);

  private final Map<String, SummaryMarkdown.Item> comparisons = new ConcurrentSkipListMap<>();
  private final Map<String, CiSummary.Test> tests = new ConcurrentSkipListMap<>();
  private final Map<String, PageLink> pages = new ConcurrentSkipListMap<>();
  private final Function<String, Optional<String>> env;
  private volatile Path dir;

  private RunSummary(Function<String, Optional<String>> env) {
    this.env = env;
  }

  /** The run's summary, created by the first test that asks. */
  public static RunSummary of(ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    return RunScoped.get(context, NAMESPACE, RunSummary.class,
        () -> new RunSummary(EnvVars.lookup(root::getConfigurationParameter, System::getenv)));
  }

  /**
   * Adds a comparison.
   *
   * @param id unique in the run: the test's file name stem, with a suffix for a kept baseline
   * @param item the comparison as the summary lists it
   */
  public void add(Path resultsDir, String id, SummaryMarkdown.Item item) {
    dir = resultsDir;
    comparisons.put(id, item);
  }

  /** Adds a performance test; {@code id} is unique in the run (the test's file name stem). */
  public void add(Path resultsDir, String id, CiSummary.Test test) {
    dir = resultsDir;
    tests.put(id, test);
  }

  /**
   * Adds a page of the HTML report, written beside the index; a new kind of page appears in the index under its own
   * heading.
   *
   * @param id unique in the run among pages
   */
  public void add(Path resultsDir, String id, PageLink page) {
    dir = resultsDir;
    pages.put(id, page);
  }

  @Override
  public void close() throws IOException {
    Path out = dir;
    if (out == null) {
      return;
    }
    Files.createDirectories(out);
    Map<String, String> files = new LinkedHashMap<>();
    if (!comparisons.isEmpty()) {
      Files.writeString(out.resolve(FILE), SummaryMarkdown.render(comparisons.values()), StandardCharsets.UTF_8);
      files.put("All comparisons (Markdown)", FILE);
    }
    if (!tests.isEmpty() || !comparisons.isEmpty()) {
      Path md = CiSummary.write(out, CiSummary.markdown(tests.values(), comparisons.values()), env);
      if (md.equals(out.resolve(CiSummary.FILE))) {
        files.put("Run summary (Markdown)", CiSummary.FILE);
      }
      Files.writeString(out.resolve(SummaryJson.FILE), SummaryJson.render(tests.values(), comparisons.values()),
          StandardCharsets.UTF_8);
      files.put("Run summary (JSON)", SummaryJson.FILE);
    }
    if (!pages.isEmpty()) {
      HtmlFiles.write(out, IndexPage.FILE, IndexPage.render(pages.values(), files));
    }
  }
}
