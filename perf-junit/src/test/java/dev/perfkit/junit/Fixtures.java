package dev.perfkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through the Jupiter engine on the scripted clock and reads what happened. */
final class Fixtures {

    private Fixtures() {}

    /**
     * Runs {@code fixture} with the scripted ticker, no profiles, results under {@code results}, and extra parameters
     * (which override these).
     */
    static EngineExecutionResults run(Class<?> fixture, Path results, String... keysAndValues) {
        var kit = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameter("perfkit.ticker", ScriptedTicker.class.getName())
                .configurationParameter("perfkit.jvm.watch", "off")
                .configurationParameter("perfkit.profile", "off")
                // comparisons stay in the test's JVM unless a test asks for fresh JVMs (ReplicationTest)
                .configurationParameter("perfkit.compare.replicate", "off")
                .configurationParameter("perfkit.results.dir", results.toString())
                // never the real environment: a CI run's step summary stays the CI's own
                .configurationParameter("perfkit.env.GITHUB_STEP_SUMMARY", "");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            kit = kit.configurationParameter(keysAndValues[i], keysAndValues[i + 1]);
        }
        return kit.execute();
    }

    /**
     * A report without the lines that describe this JVM ({@code jvm ...}, {@code JVM: ...} and their warnings), which
     * differ from machine to machine; fails if the report has no such line.
     */
    static String withoutJvmLines(String report) {
        if (!report.contains("\njvm         heap ") && !report.contains("\nJVM: heap ")) {
            throw new AssertionError("no line describes the JVM:\n" + report);
        }
        return report.lines()
                .filter(l -> !l.startsWith("jvm ") && !l.startsWith("JVM"))
                .collect(Collectors.joining("\n", "", report.endsWith("\n") ? "\n" : ""));
    }

    /** The throwables of the failed tests, in order. */
    static List<Throwable> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .collect(Collectors.toList());
    }

    /** The one failure. */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = failures(results);
        if (failures.size() != 1) {
            throw new AssertionError("expected one failure, got " + failures);
        }
        return failures.get(0);
    }

    /** The one failure's message. */
    static String onlyFailureMessage(EngineExecutionResults results) {
        List<Throwable> failures = failures(results);
        if (failures.size() != 1) {
            throw new AssertionError("expected one failure, got " + failures);
        }
        return failures.get(0).getMessage();
    }

    /** The report entries published by all tests, merged. */
    static Map<String, String> entries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(Event::getPayload)
                .map(p -> (ReportEntry) p.orElseThrow())
                .flatMap(r -> r.getKeyValuePairs().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + " | " + b));
    }
}
