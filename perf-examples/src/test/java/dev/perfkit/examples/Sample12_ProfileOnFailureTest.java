package dev.perfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.perfkit.junit.Budget;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.Sink;
import dev.perfkit.profile.Profiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Sample 12: a missed budget says where the time went.
 *
 * <p>The naive way: the build fails with "p50 1.1 ms, budget 50 µs", and someone attaches a profiler to a run they
 * hope behaves like the failing one. perfkit profiles the code that missed: with {@code perfkit.profile = onFailure}
 * (the default) a {@link PerfTest} whose budget is missed runs the body for 1.5 s more under JFR, after the
 * measurement (so profiling never touches the measured numbers), and the failure message ends with the hot methods
 * (self and total share of the samples), the top allocation sites and the time spent blocked; the {@code .jfr} file
 * lands next to the JSON result and opens in JDK Mission Control. A {@code @Compare} that does not pass gets both
 * sides' profiles, side by side.
 *
 * <p>{@link SlowExport} is the test a team would write: the export's dedup must stay under 50 µs per call, and the
 * list-based dedup of {@link Sample06_CompareBeforeAfterTest} misses that on any machine. A sample that failed would
 * fail the build, so this one runs {@code SlowExport} the way Maven would (through JUnit's test kit), prints the
 * failure and checks that the profile names the list scan. {@link NPlusOneExport} does the same for the N+1 of
 * {@link Sample09_NPlusOneQueriesTest} under {@code @Budget(sql = "1")}: the failure names the statement that repeats,
 * and the profile the repository method that repeats it. Run: {@code mvn -pl perf-examples -am verify
 * -Dtest=Sample12_ProfileOnFailureTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class Sample12_ProfileOnFailureTest {

    /** Where the budgeted test writes its results, apart from the samples' own report. */
    static final Path RESULTS = Path.of("target", "perf-results", "sample12-slow-export");

    @Test
    void aMissedBudgetNamesTheHotMethod() throws Exception {
        assumeTrue(
                Profiler.create().isAvailable(),
                () -> "no JFR here: " + Profiler.create().unavailableReason());
        String message = onlyFailure(SlowExport.class);
        System.out.println(message);

        assertTrue(message.contains("p50") && message.contains("FAILED by"), message);
        String profile = message.substring(message.indexOf("\nprofile "));
        // the list scan (ArrayList.contains, which JFR credits to indexOf or indexOfRange once inlined) is the hot spot
        assertTrue(profile.matches("(?s).*ArrayList\\.(contains|indexOf|indexOfRange).*"), profile);
        Path jfr = RESULTS.resolve(SlowExport.class.getName() + ".dedupOrderIds.jfr");
        assertTrue(Files.size(jfr) > 0, () -> "the JFR file is kept: " + jfr);
    }

    @Test
    void anNPlusOneNamesTheRepeatedStatementAndTheRepositoryMethod() throws Exception {
        assumeTrue(
                Profiler.create().isAvailable(),
                () -> "no JFR here: " + Profiler.create().unavailableReason());
        String message = onlyFailure(NPlusOneExport.class);
        System.out.println(message);

        // the SQL budget names the statement that repeats, and the profile the method that repeats it
        assertTrue(
                message.contains("`select ... from orders where customer_id = ? order by id` ran 20 times per call"),
                message);
        String profile = message.substring(message.indexOf("\nprofile "));
        assertTrue(profile.contains("Sample09_NPlusOneQueriesTest.nPlusOne"), profile);
    }

    /** Runs {@code fixture} as Maven would and returns the message of its one failure. */
    private static String onlyFailure(Class<?> fixture) {
        EngineExecutionResults run = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameter("perfkit.results.dir", RESULTS.toString())
                .configurationParameter("perfkit.env.GITHUB_STEP_SUMMARY", "") // a CI's step summary is the build's own
                .execute();
        List<Throwable> failures = run.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow())
                .map(r -> r.getThrowable().orElseThrow())
                .toList();
        assertEquals(
                1,
                failures.size(),
                () -> "the missed budget fails the test: " + run.allEvents().list());
        return failures.get(0).getMessage();
    }

    /** The test a team would write; run by the test above, not by Maven itself (nested classes are not collected). */
    static class SlowExport {

        static final List<Integer> IDS =
                Sample06_CompareBeforeAfterTest.orderIds().get(0);

        @Test
        @PerfTest(warmup = "300ms", duration = "300ms")
        @Budget(p50 = "50us")
        void dedupOrderIds(Sink sink) {
            sink.consume(Sample06_CompareBeforeAfterTest.scanList(IDS));
        }
    }

    /** An N+1 repository method under a budget of one statement per call; run by the test above. */
    static class NPlusOneExport {

        @Test
        @PerfTest(warmup = "300ms", duration = "300ms")
        @Budget(sql = "1")
        void ordersPerCustomer(Sink sink) {
            sink.consume(Sample09_NPlusOneQueriesTest.nPlusOne(Sample09_NPlusOneQueriesTest.SQL.dataSource()));
        }
    }
}
