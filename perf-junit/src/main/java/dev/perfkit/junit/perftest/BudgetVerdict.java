package dev.perfkit.junit.perftest;

import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Every budget of a run, judged. Immutable.
 *
 * @param results one per budget, in declaration order
 * @param enforcement what a missed budget does
 * @param timeScale the factor applied to time limits
 */
public record BudgetVerdict(List<JudgedBudget> results, Policy enforcement, double timeScale) {

    /** Copies the results. */
    public BudgetVerdict {
        results = List.copyOf(results);
    }

    /** Judges every budget of the measurement's plan. */
    public static BudgetVerdict judge(Measurement m, Policy enforcement, double timeScale) {
        List<JudgedBudget> results = new ArrayList<>();
        for (BudgetSpec spec : m.plan().budgets()) {
            results.add(JudgedBudget.judge(spec, m, timeScale, enforcement != Policy.OFF));
        }
        return new BudgetVerdict(results, enforcement, timeScale);
    }

    /** How many budgets were missed. */
    public long missed() {
        return results.stream().filter(r -> r.check() == Check.FAIL).count();
    }

    /** True when the test must fail: a budget was missed and budgets are enforced. */
    public boolean failsTest() {
        return enforcement == Policy.FAIL && missed() > 0;
    }

    /**
     * One word for reports: {@code passed}, {@code failed}, {@code warned}, {@code not checked} or {@code no budgets}.
     */
    public TestOutcome outcome() {
        if (results.isEmpty()) {
            return TestOutcome.NO_BUDGETS;
        }
        return switch (enforcement) {
            case OFF -> TestOutcome.NOT_CHECKED;
            case WARN, SKIP -> missed() > 0 ? TestOutcome.WARNED : TestOutcome.PASSED;
            case FAIL -> missed() > 0 ? TestOutcome.FAILED : TestOutcome.PASSED;
        };
    }
}
