package dev.perfkit.junit.report;

import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.perftest.BudgetSpec;
import dev.perfkit.junit.perftest.BudgetVerdict;
import dev.perfkit.junit.perftest.JudgedBudget;
import dev.perfkit.junit.perftest.Measurement;
import dev.perfkit.junit.report.html.History;
import dev.perfkit.junit.report.html.HtmlFiles;
import dev.perfkit.junit.report.html.PageLink;
import dev.perfkit.junit.report.html.PerfTestPage;
import dev.perfkit.profile.Profile;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes a run's figures: as JUnit report entries (which build tools such as Surefire keep in their reports), as a
 * JSON file under the results folder, and, when budgets are missed but only reported, as a warning in the log.
 */
public final class Results {

  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");
  private static final Pattern INVOCATION = Pattern.compile("#(\\d+)]$");

  private Results() {}

  /**
   * Publishes everything and returns the human report; {@code explanations} of events by counter name, and the
   * profile of extra calls, null when none was taken.
   */
  public static String publish(ExtensionContext context, Settings settings, Measurement m, BudgetVerdict v,
      Map<String, String> explanations, Profile profile) throws IOException {
    String test = TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
    String report = PerfTestText.format(test, m, v, explanations, profile);
    Path file = PerfTestJson.write(settings.resultsDir(), fileName(context), identity(context), m, v,
        explanations, profile);

    List<String> cautions = m.cautions();
    context.publishReportEntry(ReportEntries.perfTest(m, v, file));
    if (profile != null && profile.jfrFile().isPresent()) {
      context.publishReportEntry("perf.profile", profile.jfrFile().get().toString());
    }
    if (v.enforcement() == Policy.WARN && v.missed() > 0) {
      LOG.log(Level.WARNING, report);
    } else if (!cautions.isEmpty()) {
      LOG.log(Level.WARNING, test + ": the figures may be off: " + String.join("; ", cautions));
    }
    // one line per performance test on standard output, so that the console and Surefire's XML carry it
    System.out.println(ReportEntries.perfTestLine(test, m, v));
    return report;
  }

  /**
   * Writes the test's HTML page and adds the test to the run's summary and index.
   *
   * @param report the report text {@link #publish} returned
   * @param history the kept baseline's history of the test, or null without a kept baseline
   * @param profile the test's profile, or null when it was not profiled
   */
  public static void page(ExtensionContext context, Settings settings, Measurement m, BudgetVerdict v, String report,
      History history, Profile profile) throws IOException {
    String test = TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
    String id = id(context);
    // a template's invocation keeps its number: OrderTests.parse()[2]
    String name = test + id.substring((context.getRequiredTestClass().getName() + "."
        + context.getRequiredTestMethod().getName()).length());
    String page = id + ".html";
    Path dir = settings.resultsDir();
    String jfr = profile == null ? null : profile.jfrFile().map(f -> f.getFileName().toString()).orElse(null);
    HtmlFiles.write(dir, page, PerfTestPage.render(name, m, v, report, fileName(context), history, jfr));
    RunSummary summary = RunSummary.of(context);
    String line = ReportEntries.perfTestLine(test, m, v);
    summary.add(dir, id, new CiSummary.Test(name, v.outcome(), line.substring(line.indexOf(test + ": ")
        + test.length() + 2), dir.resolve(fileName(context)), page));
    List<String> cautions = m.cautions();
    summary.add(dir, id, new PageLink(PageLink.PERFORMANCE_TEST, name, page, v.outcome(), PerfTestText.percentiles(m)
        + (cautions.isEmpty() ? "" : "; cautions: " + String.join("; ", cautions))));
  }

  /** {@code com.example.OrderTests.parse.json}, or {@code ...parse[2].json} for the second invocation of a template. */
  static String fileName(ExtensionContext context) {
    return id(context) + ".json";
  }

  /** {@code com.example.OrderTests.parse}, or {@code ...parse[2]} for the second invocation of a template. */
  public static String id(ExtensionContext context) {
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    String suffix = invocation.find() ? "[" + invocation.group(1) + "]" : "";
    return context.getRequiredTestClass().getName() + "." + context.getRequiredTestMethod().getName() + suffix;
  }

  /** The test's identity as the JSON files show it: {@code class}, {@code method}, {@code displayName}, {@code uniqueId}. */
  static Map<String, String> identity(ExtensionContext context) {
    Map<String, String> identity = new LinkedHashMap<>();
    identity.put("class", context.getRequiredTestClass().getName());
    identity.put("method", context.getRequiredTestMethod().getName());
    identity.put("displayName", context.getDisplayName());
    identity.put("uniqueId", context.getUniqueId());
    return identity;
  }
}
