package dev.perfkit.junit.perftest;

import dev.perfkit.junit.measure.TestId;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.profile.Profile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished {@code @PerfTest}: what was measured, every budget judged, what the event explainers said and the profile
 * of extra calls. The one value the writers take and the extension judges. Immutable.
 *
 * @param test the test
 * @param measurement the figures, in this JVM or merged from forks
 * @param verdict every budget, judged
 * @param explanations what the explainers of budgeted counters said, by counter name
 * @param profile the profile of extra calls after the measurement; null when none was taken
 * @param unsteady what cautions do: {@link Policy#FAIL} fails the test, {@link Policy#WARN} reports them only
 * @param deadCode whether the body was probably optimised away ({@link DeadCode}); a hint, never a failure
 */
public record PerfTestResult(
        TestId test,
        Measurement measurement,
        BudgetVerdict verdict,
        Map<String, String> explanations,
        Profile profile,
        Policy unsteady,
        boolean deadCode) {

    /** Copies the explanations, keeping their order. */
    public PerfTestResult {
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }

    /** Whether the cautions fail the test ({@code perfkit.unsteady = fail} and at least one caution). */
    public boolean failsOnCautions() {
        return unsteady == Policy.FAIL && !measurement.cautions().isEmpty();
    }
}
