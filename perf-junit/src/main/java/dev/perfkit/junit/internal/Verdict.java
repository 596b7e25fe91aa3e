package dev.perfkit.junit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Every budget of a run, judged. Immutable.
 *
 * @param results one per budget, in declaration order
 * @param enforcement what a missed budget does
 * @param timeScale the factor applied to time limits
 */
public record Verdict(List<BudgetResult> results, Settings.Enforcement enforcement, double timeScale) {

  /** Copies the results. */
  public Verdict {
    results = List.copyOf(results);
  }

  /** Judges every budget of the measurement's plan. */
  public static Verdict judge(Measurement m, Settings.Enforcement enforcement, double timeScale) {
    List<BudgetResult> results = new ArrayList<>();
    for (BudgetSpec spec : m.plan().budgets()) {
      results.add(BudgetResult.judge(spec, m, timeScale, enforcement != Settings.Enforcement.OFF));
    }
    return new Verdict(results, enforcement, timeScale);
  }

  /** How many budgets were missed. */
  public long missed() {
    return results.stream().filter(r -> r.status() == BudgetResult.Status.FAILED).count();
  }

  /** True when the test must fail: a budget was missed and budgets are enforced. */
  public boolean failsTest() {
    return enforcement == Settings.Enforcement.ENFORCE && missed() > 0;
  }

  /** One word for reports: {@code passed}, {@code failed}, {@code warned}, {@code not checked} or {@code no budgets}. */
  public TestOutcome outcome() {
    if (results.isEmpty()) {
      return TestOutcome.NO_BUDGETS;
    }
    return switch (enforcement) {
      case OFF -> TestOutcome.NOT_CHECKED;
      case WARN -> missed() > 0 ? TestOutcome.WARNED : TestOutcome.PASSED;
      case ENFORCE -> missed() > 0 ? TestOutcome.FAILED : TestOutcome.PASSED;
    };
  }

  /** The headline: {@code 1 of 3 performance budgets missed}, {@code all 3 performance budgets met}, ... */
  public String headline() {
    int n = results.size();
    if (n == 0) {
      return "no performance budgets";
    }
    if (enforcement == Settings.Enforcement.OFF) {
      return n + " performance budget" + (n == 1 ? "" : "s") + " not checked (" + Settings.BUDGETS + " = off)";
    }
    long missed = missed();
    if (missed == 0) {
      return n == 1 ? "the performance budget was met" : "all " + n + " performance budgets met";
    }
    String text = missed + " of " + n + " performance budget" + (n == 1 ? "" : "s") + " missed";
    return enforcement == Settings.Enforcement.WARN ? text + " (reported only: " + Settings.BUDGETS + " = warn)" : text;
  }
}
