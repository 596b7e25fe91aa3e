package dev.perfkit.junit.report;

import dev.perfkit.junit.compare.ComparePlan;
import dev.perfkit.junit.compare.CompareSettings;
import dev.perfkit.junit.compare.ReportedRounds;
import dev.perfkit.junit.compare.SequentialVerdict;
import dev.perfkit.junit.measure.Settings;
import dev.perfkit.junit.measure.TestNames;
import dev.perfkit.junit.measure.jvm.JvmSettings;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.MetricChange;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.report.html.ComparisonPage;
import dev.perfkit.junit.report.html.HtmlFiles;
import dev.perfkit.junit.report.html.PageLink;
import dev.perfkit.profile.ProfileDiff;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Publishes a comparison (report entries, {@code <test>.compare.md}, {@code <test>.compare.json}, the run's summary)
 * and turns its verdict into the test's outcome: a missed budget fails the test, an inconclusive one fails or skips
 * it, and {@code perfkit.budgets = warn} or {@code off} only report.
 */
public final class CompareResults {

  private static final System.Logger LOG = System.getLogger("dev.perfkit.junit");

  private CompareResults() {}

  /**
   * Publishes everything, then fails or skips the test if the verdict says so.
   *
   * @param rounds the rounds measured: how the sides were measured, for the report's last lines, and every round's
   *     raw values and guards, for the JSON
   * @param profile the sides' profiles from extra calls after the rounds; null when none were taken
   */
  public static void publish(ExtensionContext context, Settings settings, CompareSettings compare, ComparePlan plan,
      int inputs, SequentialVerdict r, ReportedRounds rounds, ProfileDiff profile) throws IOException {
    JvmSettings jvm = JvmSettings.current();
    String details = rounds.describe() + (r.stability().isEmpty() ? "" : "\nStability: " + r.stability())
        + "\nJVM: " + jvm.describe() + (jvm.warnings().isEmpty() ? "" : "\nJVM warning: "
        + String.join("\nJVM warning: ", jvm.warnings()));
    Class<?> testClass = context.getRequiredTestClass();
    String baseline = TestNames.of(testClass, plan.baseline());
    String candidate = TestNames.of(testClass, plan.candidate());
    String markdown = ComparisonMarkdown.markdown(plan.bottleneck(), plan.change(), r, plan.budgets(),
        "Baseline `" + baseline + "`, candidate `" + candidate + "`" + (plan.inputs() == null ? ""
            : ", " + inputs + (inputs == 1 ? " input" : " inputs") + " from " + plan.inputs().getName()
            + "(); one call is one pass over the inputs") + ".\n" + details) + ComparisonMarkdown.profile(profile);
    Check verdict = r.outcome();
    Policy enforcement = settings.enforcement();
    TestOutcome outcome = TestOutcome.judge(verdict, enforcement, compare.inconclusive());

    String id = Results.id(context);
    Path dir = settings.resultsDir();
    Path report = dir.resolve(id + ".compare.md");
    Path json = dir.resolve(id + ".compare.json");
    Files.createDirectories(dir);
    Files.writeString(report, markdown, StandardCharsets.UTF_8);
    Map<String, String> about = new LinkedHashMap<>();
    about.put("bottleneck", plan.bottleneck());
    about.put("change", plan.change());
    about.put("baseline", baseline);
    about.put("candidate", candidate);
    ComparisonJson.write(json, Results.identity(context), about, inputs, r, rounds, plan.budgets(), enforcement,
        outcome, report);
    RunSummary summary = RunSummary.of(context);
    summary.add(dir, id, new SummaryMarkdown.Item(plan.test(), r.reportRows(), outcome, report, markdown));
    String page = id + ".compare.html";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Markdown report", report.getFileName().toString());
    files.put("JSON result", json.getFileName().toString());
    if (profile != null) {
      profile.before().jfrFile().ifPresent(f -> files.put("Baseline's JFR profile", f.getFileName().toString()));
      profile.after().jfrFile().ifPresent(f -> files.put("Candidate's JFR profile", f.getFileName().toString()));
    }
    HtmlFiles.write(dir, page, ComparisonPage.render(plan.test(), plan.bottleneck(), plan.change(), r, rounds,
        outcome, markdown, files));
    summary.add(dir, id, new PageLink(PageLink.COMPARISON, plan.test(), page, outcome, ComparisonMarkdown.verdict(r)));

    context.publishReportEntry(ReportEntries.comparison(r, outcome, report, json));
    System.out.println(ReportEntries.comparisonLine(plan.test(), r, outcome));
    String message = plan.test() + ": " + ComparisonMarkdown.verdict(r) + "\n\n" + markdown;
    switch (outcome) {
      case WARNED -> LOG.log(Level.WARNING, message);
      case FAILED, INCONCLUSIVE, UNSTABLE -> throw new AssertionFailedError(message);
      case SKIPPED -> throw new TestAbortedException(message);
      default -> { }
    }
  }
}
