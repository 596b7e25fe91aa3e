package dev.perfkit.benchmarks.accuracy;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One verdict-accuracy run: runs the named {@link Fixtures} comparisons (or {@code PerfTestFixtures$Name} tests) in
 * this JVM, one after another, and prints one line per test: {@code <fixture> <outcome> <p50 entry>}, for a
 * performance test its latency, warm-up and cautions, for a complexity test ({@code ComplexityFixtures$Name}) its fit.
 * Run it in a fresh JVM per run, as {@code perf-benchmarks/accuracy.sh} does, so that every run meets the JVM as a
 * user's test run does. Configuration parameters are taken from {@code -Dperfkit.*} system properties.
 */
public final class AccuracyRun {

    private AccuracyRun() {}

    /**
     * Runs the fixtures named by simple name ({@code FarFaster}, ...).
     *
     * @param args the simple names of the fixture classes to run
     * @throws ClassNotFoundException if a name is not a fixture class
     */
    public static void main(String[] args) throws ClassNotFoundException {
        for (String name : args) {
            Class<?> fixture = Class.forName(
                    name.contains("$")
                            ? Fixtures.class.getPackageName() + "." + name
                            : Fixtures.class.getName() + "$" + name);
            Map<String, String> entries = new LinkedHashMap<>();
            String[] status = {"not run"};
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(fixture))
                    .configurationParameter("perfkit.results.dir", "target/accuracy")
                    .build();
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                    entries.putAll(entry.getKeyValuePairs());
                }

                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        status[0] = result.getStatus().name()
                                + result.getThrowable()
                                        .map(t -> " ("
                                                + t.getMessage()
                                                        .lines()
                                                        .findFirst()
                                                        .orElse("") + ")")
                                        .orElse("");
                    }
                }
            });
            if (entries.containsKey("perf.complexity.fit")) {
                System.out.println(
                        name + " " + entries.get("perf.complexity.outcome") + " " + entries.get("perf.complexity.fit"));
            } else if (entries.containsKey("perf.latency")) {
                System.out.println(name + " " + entries.get("perf.outcome") + " " + entries.get("perf.latency") + "; "
                        + entries.get("perf.warmup") + "; " + entries.getOrDefault("perf.cautions", "no cautions"));
            } else {
                System.out.println(name + " " + entries.getOrDefault("perf.compare.outcome", status[0]) + " "
                        + entries.getOrDefault("perf.compare.p50", "-"));
            }
        }
    }
}
