package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * Comparisons on the scripted clock: the baseline's call takes 2000 ns of scripted time, the candidate's 500 ns, so
 * every round's factor is exactly 4 and the verdicts, tables and files can be asserted exactly.
 */
class CompareVerdictTest {

    @TempDir
    Path results;

    static EngineExecutionResults run(Class<?> fixture, Path results, String... parameters) {
        String[] all = Stream.concat(
                        Stream.of(
                                "perfkit.allocation",
                                "off",
                                "perfkit.compare.warmup",
                                "0ns",
                                "perfkit.compare.round",
                                "20us"),
                        Stream.of(parameters))
                .toArray(String[]::new);
        return Fixtures.run(fixture, results, all);
    }

    @Test
    void aClassLevelPerfTestLeavesComparisonsToThemselves() throws IOException {
        FourTimesFasterBesideAPerfTest.plainCalls = 0;
        EngineExecutionResults r = run(FourTimesFasterBesideAPerfTest.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        assertTrue(
                Files.readString(results.resolve(FourTimesFasterBesideAPerfTest.class.getName() + ".dedup.compare.md"))
                        .contains("**Verdict: PASS**"));
        assertTrue(FourTimesFasterBesideAPerfTest.plainCalls >= 3, "the plain test ran as a benchmark");
    }

    @Test
    void passesAndWritesTheReportWhenTheCandidateMeetsItsBudget() throws IOException {
        EngineExecutionResults r = run(FourTimesFaster.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String report = Files.readString(results.resolve(FourTimesFaster.class.getName() + ".dedup.compare.md"));
        assertEquals("""
        ## Performance Optimization Report

        ### Bottleneck Identified
        Dedup scans a list for every element: O(n^2).

        ### Change Applied
        Remember seen elements in a HashSet: O(n).

        ### Results
        | Metric              | Before        | After           | Improvement |
        |---------------------|---------------|-----------------|-------------|
        | Response time (p50) | 2.00µs        | 500ns           | 75% faster  |
        | Throughput          | 500,000 ops/s | 2,000,000 ops/s | 4.0x higher |

        - Response time (p50): 4.00x [4.00x, 4.00x] at 98.33% confidence over 20 rounds; budget: at least 2x faster: \
        **PASS**
        - Throughput: 4.00x [4.00x, 4.00x] at 98.33% confidence over 20 rounds; budget: at least 3x higher: **PASS**
        - Memory usage (allocated/op): not measured: perfkit.allocation = off
        - CPU time (per call): the wall clock is scripted (perfkit.ticker); CPU time is compared only with the system \
        clock

        **Verdict: PASS**: 2 of 2 relative budgets met (20 rounds, 98.33% intervals, stopped: decisive)

        Baseline `CompareVerdictTest.FourTimesFaster.scan()`, candidate `CompareVerdictTest.FourTimesFaster.hash()`.
        Decided: in this JVM: every budget's interval is at least 30 % clear of its budget
        This run could detect changes of at least 0.0 % (the widest half-width of its intervals).
        baseline:  warm-up 12.5 µs interleaved with the other side (5 calls); each call timed, 0 ns overhead per \
        sample removed
        candidate: warm-up 12.5 µs interleaved with the other side (5 calls); each call timed, 0 ns overhead per \
        sample removed
        """, Fixtures.withoutJvmLines(report));
        assertEquals("passed", Fixtures.entries(r).get("perf.compare.outcome"));
        assertEquals(
                "2.00µs -> 500ns: 75% faster; 4.00x [4.00x, 4.00x] at 98.33% confidence over 20 rounds; budget: at "
                        + "least 2x faster: **PASS**",
                Fixtures.entries(r).get("perf.compare.p50"));
    }

    @Test
    void failsWithTheReportWhenTheCandidateMissesItsBudget() {
        Throwable failure = Fixtures.failures(run(FourTimesFasterButFiveAsked.class, results))
                .get(0);
        assertInstanceOf(AssertionFailedError.class, failure);
        assertTrue(failure.getMessage().startsWith("""
        CompareVerdictTest.FourTimesFasterButFiveAsked.dedup(): 1 of 1 relative budget missed (20 rounds, 98.33% \
        intervals, stopped: decisive)

        ## Performance Optimization Report
        """), failure.getMessage());
        assertTrue(failure.getMessage().contains("""

        ### Results
        | Metric              | Before        | After           | Improvement |
        |---------------------|---------------|-----------------|-------------|
        | Response time (p50) | 2.00µs        | 500ns           | 75% faster  |
        | Throughput          | 500,000 ops/s | 2,000,000 ops/s | 4.0x higher |

        - Response time (p50): 4.00x [4.00x, 4.00x] at 98.33% confidence over 20 rounds; budget: at least 5x faster: \
        **FAIL**
        """), failure.getMessage());
    }

    @Test
    void theIndexNamesTheMissedBudgetAndByHowMuch() throws IOException {
        run(FourTimesFasterButFiveAsked.class, results);
        String index = Files.readString(results.resolve("index.html"));
        assertTrue(
                index.contains("1 of 1 relative budget missed (20 rounds, 98.33% intervals, stopped: decisive): "
                        + "Response time (p50) 4.00x [4.00x, 4.00x], budget at least 5x faster: 20% short"),
                index);
    }

    @Test
    void failsWhenTheDataCannotTellByDefault() {
        Throwable failure =
                Fixtures.failures(run(RightAtTheBudget.class, results)).get(0);
        assertInstanceOf(AssertionFailedError.class, failure);
        assertEquals(
                "CompareVerdictTest.RightAtTheBudget.run(): 1 of 1 relative budget neither met nor missed "
                        + "(40 rounds, 98.33% intervals, stopped: round limit)",
                failure.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void skipsWhenTheDataCannotTellAndSkippingIsConfigured() {
        EngineExecutionResults r = run(RightAtTheBudget.class, results, "perfkit.compare.inconclusive", "skip");
        r.testEvents().assertStatistics(s -> s.aborted(1).failed(0).succeeded(0));
    }

    @Test
    void stopsAtTheTimeCapAndNeverCallsThatAPass() {
        EngineExecutionResults r = run(FourTimesFaster.class, results, "perfkit.compare.cap", "100us");
        Throwable failure = Fixtures.failures(r).get(0);
        assertEquals(
                "CompareVerdictTest.FourTimesFaster.dedup(): 2 of 2 relative budgets neither met nor missed "
                        + "(5 rounds, 98.33% intervals, stopped: time cap)",
                failure.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void warnsWithoutFailingWhenBudgetsAreOnlyReported() {
        EngineExecutionResults r = run(FourTimesFasterButFiveAsked.class, results, "perfkit.budgets", "warn");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals("warned", Fixtures.entries(r).get("perf.compare.outcome"));
    }

    @Test
    void writesJsonAndOneSummaryForTheRun() throws IOException {
        run(TwoComparisons.class, results).testEvents().assertStatistics(s -> s.succeeded(2));
        String json = Files.readString(results.resolve(TwoComparisons.class.getName() + ".small.compare.json"));
        assertTrue(json.startsWith("{\n  \"schema\": \"perfkit-junit-comparison/2\",\n"), json);
        assertTrue(json.contains("""
          "bottleneck": "b",
          "change": "c",
          "baseline": "CompareVerdictTest.TwoComparisons.slow(Object)",
          "candidate": "CompareVerdictTest.TwoComparisons.fast(Object)",
          "decidedBy": "",
          "detectableChange": "0.0000",
          "inputs": 2,
          "rounds": 20,
          "looks": 1,
          "confidence": 0.9833333333333333,
          "stopped": "decisive",
          "dropped": 0,
          "stability": "",
          "metrics": [
            {
              "name": "p50",
              "label": "Response time (p50)",
              "unit": "ns",
              "before": 3000,
              "after": 750,
              "factor": 4,
              "factorLow": 4,
              "factorHigh": 4,
              "improvement": "75% faster",
              "atLeast": null,
              "verdict": null
            },
        """), json);
        assertTrue(json.contains("""
          "raw": [
            {
              "round": 1,
              "kept": true,
              "baseline": {
                "p50": 3000,
                "throughput": 333333.3333333333,
                "youngGcs": 0,
        """), json);
        assertTrue(json.endsWith("""
          "unmeasured": {
            "allocation": "not measured: perfkit.allocation = off",
            "cpu": "the wall clock is scripted (perfkit.ticker); CPU time is compared only with the system clock"
          },
          "enforcement": "enforce",
          "outcome": "reported",
          "report": "dev.perfkit.junit.CompareVerdictTest$TwoComparisons.small.compare.md"
        }
        """), json);
        String prefix = "dev.perfkit.junit.CompareVerdictTest$TwoComparisons.";
        assertEquals("""
        # Comparisons

        2 comparisons in this run.

        | Test                                         | Metric              | Before        | After           \
        | Improvement | Verdict |
        |----------------------------------------------|---------------------|---------------|-----------------\
        |-------------|---------|
        | CompareVerdictTest.TwoComparisons.budgeted() | Response time (p50) | 3.00µs        | 750ns           \
        | 75% faster  | PASS    |
        | CompareVerdictTest.TwoComparisons.budgeted() | Throughput          | 333,333 ops/s | 1,333,333 ops/s \
        | 4.0x higher | -       |
        | CompareVerdictTest.TwoComparisons.small()    | Response time (p50) | 3.00µs        | 750ns           \
        | 75% faster  | -       |
        | CompareVerdictTest.TwoComparisons.small()    | Throughput          | 333,333 ops/s | 1,333,333 ops/s \
        | 4.0x higher | -       |

        - CompareVerdictTest.TwoComparisons.budgeted(): passed ([report](PREFIXbudgeted.compare.md))
        - CompareVerdictTest.TwoComparisons.small(): reported ([report](PREFIXsmall.compare.md))
        """.replace("PREFIX", prefix), Files.readString(results.resolve("comparisons.md")));
    }

    static class FourTimesFaster {
        @Test
        @Compare(
                bottleneck = "Dedup scans a list for every element: O(n^2).",
                change = "Remember seen elements in a HashSet: O(n).")
        @RelativeBudget(p50 = "2x faster", throughput = "3x higher")
        void dedup() {}

        @Baseline
        int scan() {
            ScriptedTicker.advance(2000);
            return 42;
        }

        @Candidate
        int hash() {
            ScriptedTicker.advance(500);
            return 42;
        }
    }

    /** A class-level @PerfTest covers the plain tests of the class; the comparison still runs as one. */
    @PerfTest(warmupIterations = 0, iterations = 3)
    static class FourTimesFasterBesideAPerfTest extends FourTimesFaster {
        static int plainCalls;

        @Test
        void plain() {
            ScriptedTicker.advance(10);
            plainCalls++;
        }
    }

    static class FourTimesFasterButFiveAsked extends FourTimesFaster {
        @Override
        @Test
        @Compare(bottleneck = "b", change = "c")
        @RelativeBudget(p50 = "5x faster")
        void dedup() {}
    }

    static class RightAtTheBudget {
        static final SplittableRandom RANDOM = new SplittableRandom(7);

        @Test
        @Compare
        @RelativeBudget(p50 = "2x faster")
        void run() {}

        @Baseline
        static int slow() {
            ScriptedTicker.advance(2000);
            return 1;
        }

        @Candidate
        static int fast() {
            ScriptedTicker.advance(800 + RANDOM.nextInt(401));
            return 1;
        }
    }

    static class TwoComparisons {
        @Test
        @Compare(bottleneck = "b", change = "c", inputs = "sizes")
        void small() {}

        @Test
        @Compare(bottleneck = "b", change = "c", inputs = "sizes")
        @RelativeBudget(p50 = "3x faster")
        void budgeted() {}

        static int[] sizes() {
            return new int[] {1, 2};
        }

        @Baseline
        static int slow(Object size) {
            ScriptedTicker.advance(1000L * (Integer) size);
            return (Integer) size;
        }

        @Candidate
        static int fast(Object size) {
            ScriptedTicker.advance(250L * (Integer) size);
            return (Integer) size;
        }
    }
}
