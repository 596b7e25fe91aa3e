package dev.perfkit.junit.complexity;

import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.metric.Check;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;

/**
 * A finished {@code @Complexity} test: the plan, the rounds at every size, the fit and what the test makes of it. The
 * one value the writers take and the extension judges. Immutable once the rounds have ended.
 *
 * @param test the test
 * @param plan the validated annotation
 * @param settings the {@code perfkit.complexity.*} settings the rounds ran under
 * @param rounds every size's rounds
 * @param fit the growth classes fitted to the times
 * @param check the fit against the expected class; null without one
 * @param enforcement {@code perfkit.budgets}
 * @param outcome what the test makes of the check
 */
public record ComplexityResult(
        TestId test,
        ComplexityPlan plan,
        ComplexitySettings settings,
        SizedRounds rounds,
        GrowthFit fit,
        Check check,
        Policy enforcement,
        TestOutcome outcome) {

    /** Checks the fit against the plan's expected class and judges it under the settings. */
    public static ComplexityResult of(
            TestId test,
            ComplexityPlan plan,
            ComplexitySettings settings,
            SizedRounds rounds,
            GrowthFit fit,
            Policy enforcement) {
        Check check = plan.expect() == null ? null : fit.check(plan.expect());
        return new ComplexityResult(
                test,
                plan,
                settings,
                rounds,
                fit,
                check,
                enforcement,
                TestOutcome.judge(check, enforcement, settings.undecided()));
    }
}
