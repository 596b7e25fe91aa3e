package dev.perfkit.junit;

import dev.perfkit.junit.internal.BudgetResult;
import dev.perfkit.junit.internal.BudgetSpec;
import dev.perfkit.junit.internal.Measurement;
import dev.perfkit.junit.internal.ReportText;
import dev.perfkit.junit.internal.ResultJson;
import dev.perfkit.junit.internal.Settings;
import dev.perfkit.junit.internal.Verdict;
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
final class Results {

  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");
  private static final Pattern INVOCATION = Pattern.compile("#(\\d+)]$");

  private Results() {}

  /** Publishes everything and returns the human report. */
  static String publish(ExtensionContext context, Settings settings, Measurement m, Verdict v) throws IOException {
    String test = TestNames.of(context.getRequiredTestClass(), context.getRequiredTestMethod());
    String report = ReportText.format(test, m, v);
    Path file = ResultJson.write(settings.resultsDir(), fileName(context), identity(context), m, v);

    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("perf.outcome", v.outcome().label());
    entries.put("perf.latency", ReportText.percentiles(m));
    entries.put("perf.operations", String.valueOf(m.operations()));
    entries.put("perf.throughput", BudgetResult.format(BudgetSpec.Metric.THROUGHPUT,
        m.throughputPerSecond()));
    for (BudgetResult r : v.results()) {
      entries.put("perf.budget." + r.spec().name(), BudgetResult.format(r.spec().metric(), r.measured()) + " "
          + r.comparison() + " " + BudgetResult.format(r.spec().metric(), r.limit()) + ": " + r.verdictText());
    }
    entries.put("perf.warmup", m.warmupText());
    entries.put("perf.measured", m.samplingText());
    entries.put("perf.result", file.toString());
    List<String> cautions = m.cautions();
    if (!cautions.isEmpty()) {
      entries.put("perf.cautions", String.join("; ", cautions));
    }
    context.publishReportEntry(entries);
    if (v.enforcement() == Settings.Enforcement.WARN && v.missed() > 0) {
      LOG.log(Level.WARNING, report);
    } else if (!cautions.isEmpty()) {
      LOG.log(Level.WARNING, test + ": the figures may be off: " + String.join("; ", cautions));
    }
    // one line per performance test on standard output, so that the console and Surefire's XML carry it
    System.out.println("[perfkit] " + test + ": " + ReportText.percentiles(m) + ", allocation "
        + (m.allocationUnsupported().isEmpty() ? BudgetResult.format(BudgetSpec.Metric.ALLOCATION,
        m.allocatedBytesPerOp()) : "n/a") + " -- " + v.outcome()
        + (cautions.isEmpty() ? "" : "; cautions: " + String.join("; ", cautions)));
    return report;
  }

  /** {@code com.example.OrderTests.parse.json}, or {@code ...parse[2].json} for the second invocation of a template. */
  static String fileName(ExtensionContext context) {
    return id(context) + ".json";
  }

  /** {@code com.example.OrderTests.parse}, or {@code ...parse[2]} for the second invocation of a template. */
  static String id(ExtensionContext context) {
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
