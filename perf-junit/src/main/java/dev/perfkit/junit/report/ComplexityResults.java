package dev.perfkit.junit.report;

import dev.perfkit.junit.complexity.ComplexityPlan;
import dev.perfkit.junit.complexity.ComplexitySettings;
import dev.perfkit.junit.complexity.GrowthFit;
import dev.perfkit.junit.complexity.SizedRounds;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.report.html.ComplexityPage;
import dev.perfkit.junit.report.html.HtmlFiles;
import dev.perfkit.junit.report.html.PageLink;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Publishes a complexity test (report entries, the console line, {@code <test>.complexity.json}, its HTML page) and turns its verdict
 * into the test's outcome: a growth faster than expected fails the test, an undecided one fails or skips it, and
 * {@code perfkit.budgets = warn} or {@code off} only report.
 */
public final class ComplexityResults {

  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

  private ComplexityResults() {}

  /** Publishes everything, then fails or skips the test if the verdict says so. */
  public static void publish(ExtensionContext context, Settings settings, ComplexitySettings complexity,
      ComplexityPlan plan, GrowthFit r, SizedRounds rounds) throws IOException {
    Check check = plan.expect() == null ? null : r.check(plan.expect());
    Policy enforcement = settings.enforcement();
    TestOutcome outcome = TestOutcome.judge(check, enforcement, complexity.undecided());
    Path json = settings.resultsDir().resolve(Results.id(context) + ".complexity.json");
    ComplexityJson.write(json, Results.identity(context), r, rounds, complexity.roundNanos(), plan.expect(), check,
        enforcement, complexity.undecided(), outcome);
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("perf.complexity.outcome", outcome.label());
    entries.put("perf.complexity.fit", ComplexityText.verdict(r, plan.expect()));
    entries.put("perf.complexity.result", json.toString());
    context.publishReportEntry(entries);
    String line = ComplexityText.line(plan.test(), r, plan.expect(), outcome);
    System.out.println(line);
    String message = ComplexityText.message(plan.test(), r, plan.expect(), outcome, rounds.count(),
        complexity.undecided().name().toLowerCase(Locale.ROOT), rounds.describe(0), rounds.remeasured(), json);
    String page = Results.id(context) + ".complexity.html";
    HtmlFiles.write(settings.resultsDir(), page, ComplexityPage.render(plan.test(), r, plan.expect(), outcome, message,
        json.getFileName().toString()));
    RunSummary.of(context).add(settings.resultsDir(), Results.id(context) + ".complexity", new PageLink(
        PageLink.COMPLEXITY, plan.test(), page, outcome, ComplexityText.verdict(r, plan.expect())));
    switch (outcome) {
      case WARNED -> LOG.log(Level.WARNING, message);
      case FAILED, INCONCLUSIVE -> throw new AssertionFailedError(message);
      case SKIPPED -> throw new TestAbortedException(message);
      default -> { }
    }
  }
}
