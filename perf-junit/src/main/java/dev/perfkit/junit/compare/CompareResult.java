package dev.perfkit.junit.compare;

import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.profile.ProfileDiff;

/**
 * A finished {@code @Compare} test: the plan, the sequential verdict over the paired rounds, the rounds themselves
 * (measured here or gathered from forks), both sides' profiles and what the test makes of the verdict. The one value
 * the writers take and the extension judges. Immutable once the rounds have ended.
 *
 * @param test the test
 * @param plan the validated annotations
 * @param inputs how many inputs one call passes over; 0 when the methods take none
 * @param verdict the verdict per budget and the estimates per metric
 * @param rounds how the sides were measured and every round's values and guards
 * @param profile the sides' profiles from extra calls after the rounds; null when none were taken
 * @param enforcement {@code perfkit.budgets}
 * @param outcome what the test makes of the verdict
 * @param replication how the verdict was reached: in this JVM, or across fresh JVMs and why; empty without budgets
 */
public record CompareResult(
        TestId test,
        ComparePlan plan,
        int inputs,
        SequentialVerdict verdict,
        ReportedRounds rounds,
        ProfileDiff profile,
        Policy enforcement,
        TestOutcome outcome,
        String replication) {

    /** Judges {@code verdict} under the settings: see {@link TestOutcome#judge}. */
    public static CompareResult of(
            TestId test,
            ComparePlan plan,
            int inputs,
            SequentialVerdict verdict,
            ReportedRounds rounds,
            ProfileDiff profile,
            Policy enforcement,
            Policy inconclusive,
            String replication) {
        return new CompareResult(
                test,
                plan,
                inputs,
                verdict,
                rounds,
                profile,
                enforcement,
                TestOutcome.judge(verdict.outcome(), enforcement, inconclusive),
                replication);
    }
}
