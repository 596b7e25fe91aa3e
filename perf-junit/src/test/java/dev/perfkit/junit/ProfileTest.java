package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfkit.profile.Profiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A missed budget and a comparison that did not pass come with a profile of extra calls, taken with JFR after the
 * measurement: the failure names the hot method and the JFR file is kept beside the results. These run on the real
 * clock (a profile samples real time); the only assertion on timing is that a method that does all the work is named.
 */
class ProfileTest {

    @TempDir
    Path results;

    @BeforeEach
    void needsJfr() {
        assumeTrue(
                Profiler.create().isAvailable(),
                () -> "no profiler here: " + Profiler.create().unavailableReason());
    }

    @Test
    void aMissedBudgetNamesTheHotMethod() throws IOException {
        String message = Fixtures.onlyFailureMessage(Fixtures.run(
                MissesItsBudget.class,
                results,
                "perfkit.ticker",
                "",
                "perfkit.profile",
                "onFailure",
                "perfkit.allocation",
                "off"));
        assertTrue(
                message.contains("\nprofile     of extra calls after the measurement (not measured); JFR file "),
                message);
        assertTrue(message.contains("MissesItsBudget.scanTheList"), message);
        assertTrue(Files.exists(results.resolve(MissesItsBudget.class.getName() + ".run.jfr")), "the JFR file is kept");
        String page = Files.readString(results.resolve(MissesItsBudget.class.getName() + ".run.html"));
        assertTrue(page.contains("href=\"" + MissesItsBudget.class.getName() + ".run.jfr\">JFR profile"), page);
        assertTrue(page.contains("<figure id=\"flame-cpu\">"), "a flame graph of the profile: " + page);
        assertTrue(page.contains("data-method=\"" + MissesItsBudget.class.getName() + ".scanTheList\""), page);
    }

    @Test
    void aPassingTestIsNotProfiledUnlessAsked() {
        var passed = Fixtures.run(MeetsItsBudget.class, results, "perfkit.ticker", "", "perfkit.profile", "onFailure");
        passed.testEvents().assertStatistics(s -> s.succeeded(1));
        assertTrue(
                Fixtures.entries(passed).get("perf.profile") == null,
                () -> Fixtures.entries(passed).toString());
        var always = Fixtures.run(MeetsItsBudget.class, results, "perfkit.ticker", "", "perfkit.profile", "always");
        always.testEvents().assertStatistics(s -> s.succeeded(1));
        Map<String, String> entries = Fixtures.entries(always);
        assertTrue(
                entries.get("perf.profile") != null
                        && entries.get("perf.profile").endsWith(".jfr"),
                entries::toString);
    }

    /** Runs {@link ListAgainstSet}, which fails and is profiled, with results in {@code results}. */
    static EngineExecutionResults runFailingComparison(Path results) {
        return Fixtures.run(
                ListAgainstSet.class,
                results,
                "perfkit.ticker",
                "",
                "perfkit.profile",
                "onFailure",
                "perfkit.allocation",
                "off",
                "perfkit.compare.warmup",
                "100ms",
                "perfkit.compare.round",
                "5ms");
    }

    @Test
    void aComparisonThatFailsShowsBothSidesProfiles() throws IOException {
        String message = Fixtures.onlyFailureMessage(runFailingComparison(results));
        assertTrue(message.contains("### Profile\nExtra calls of each side after the rounds, not measured"), message);
        assertTrue(message.contains("- Baseline's JFR file: "), message);
        // the hot path by name: the list's search (ArrayList.indexOf, indexOfRange) or, where the JIT inlined it, the
        // test's method calling it; which of the two the top entries show varies from JVM to JVM
        assertTrue(message.contains("indexOf") || message.contains("scanTheList"), message);
        String page = Files.readString(results.resolve(ListAgainstSet.class.getName() + ".dedup.compare.html"));
        assertTrue(page.contains("<h2>Baseline&#39;s profile of extra calls</h2>"), page);
        assertTrue(
                page.contains("<figure id=\"baseline-flame-cpu\">")
                        && page.contains("<figure id=\"candidate-flame-cpu\">"),
                "a flame graph of each side's profile: " + page);
        assertTrue(page.contains("data-method=\"" + MissesItsBudget.class.getName() + ".scanTheList\""), page);
    }

    static final List<Integer> LIST = new ArrayList<>();

    static {
        for (int i = 0; i < 2_000; i++) {
            LIST.add(i);
        }
    }

    static class MissesItsBudget {
        @Test
        @PerfTest(warmupIterations = 10, iterations = 50)
        @Budget(p50 = "1ns")
        void run(Sink sink) {
            sink.consume(scanTheList());
        }

        static long scanTheList() {
            long sum = 0;
            for (int i = 0; i < 2_000; i += 7) {
                sum += LIST.indexOf(i);
            }
            return sum;
        }
    }

    static class MeetsItsBudget {
        @Test
        @PerfTest(warmupIterations = 10, iterations = 50)
        @Budget(p50 = "10s")
        void run(Sink sink) {
            sink.consume(LIST.size());
        }
    }

    static class ListAgainstSet {
        @Test
        @Compare
        @RelativeBudget(p50 = "100000x faster")
        void dedup() {}

        @Baseline
        long list() {
            return MissesItsBudget.scanTheList();
        }

        @Candidate
        long set() {
            return MissesItsBudget.scanTheList() + 0;
        }
    }
}
