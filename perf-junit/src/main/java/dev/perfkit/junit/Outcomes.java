package dev.perfkit.junit;

import dev.perfkit.junit.baseline.BaselineCheck;
import dev.perfkit.junit.compare.CompareResult;
import dev.perfkit.junit.complexity.ComplexityResult;
import dev.perfkit.junit.metric.Policy;
import dev.perfkit.junit.metric.TestOutcome;
import dev.perfkit.junit.perftest.PerfTestResult;
import dev.perfkit.junit.report.Messages;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one place where a finished test's result becomes JUnit's verdict, after every writer has run: a missed budget,
 * a regression against the kept baseline or cautions under {@code perfkit.unsteady = fail} fail the test; an
 * undecided comparison or complexity test fails or is skipped (aborted) as configured; anything else passes. A result
 * that could not be written fails the test too, naming what is missing, but never hides the verdict. Stateless.
 */
final class Outcomes {

    private Outcomes() {}

    /** Ends a {@code @PerfTest}; {@code kept} is null without a kept baseline. */
    static void perfTest(PerfTestResult r, BaselineCheck kept, List<String> notWritten) {
        String failure = r.verdict().failsTest()
                ? Messages.perfTest(r)
                : r.failsOnCautions()
                        ? Messages.cautionsFailed(r)
                        : kept != null && kept.regressions() > 0 && r.verdict().enforcement() == Policy.FAIL
                                ? Messages.keptBaseline(r, kept)
                                : null;
        end(failure == null ? TestOutcome.PASSED : TestOutcome.FAILED, r.test().name(), failure, notWritten);
    }

    /** Ends a {@code @Compare} test. */
    static void comparison(CompareResult r, List<String> notWritten) {
        end(r.outcome(), r.plan().test(), Messages.comparison(r), notWritten);
    }

    /** Ends a {@code @Complexity} test; {@code json} is its JSON result, which the message names. */
    static void complexity(ComplexityResult r, Path json, List<String> notWritten) {
        end(r.outcome(), r.plan().test(), Messages.complexity(r, json), notWritten);
    }

    private static void end(TestOutcome outcome, String test, String message, List<String> notWritten) {
        String missing = notWritten.isEmpty() ? "" : "\n\nnot written: " + String.join("\nnot written: ", notWritten);
        switch (outcome) {
            case FAILED, INCONCLUSIVE, UNSTABLE -> throw new AssertionFailedError(message + missing);
            case SKIPPED -> throw new TestAbortedException(message + missing);
            default -> {
                if (!missing.isEmpty()) {
                    throw new AssertionFailedError(
                            test + ": " + outcome + ", but its results could not all be written" + missing);
                }
            }
        }
    }
}
