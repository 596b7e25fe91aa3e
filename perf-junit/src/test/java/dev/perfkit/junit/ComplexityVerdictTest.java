package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.junit.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * Complexity tests on the scripted clock: each fixture's call at size n takes a scripted time that grows in a known
 * way, so the fits, verdicts, messages and files can be asserted exactly.
 */
class ComplexityVerdictTest {

    @TempDir
    Path results;

    static EngineExecutionResults run(Class<?> fixture, Path results, String... parameters) {
        String[] all = Stream.concat(
                        Stream.of(
                                "perfkit.allocation",
                                "off",
                                "perfkit.complexity.warmup",
                                "0ns",
                                "perfkit.complexity.round",
                                "20us",
                                "perfkit.complexity.rounds",
                                "5"),
                        Stream.of(parameters))
                .toArray(String[]::new);
        return Fixtures.run(fixture, results, all);
    }

    @Test
    @SuppressWarnings("StringConcatToTextBlock") // a text block would need an escaped trailing space
    void failsNamingTheBestFitWhenTheTimeGrowsFasterThanExpected() {
        Throwable failure = Fixtures.failures(run(Quadratic.class, results)).get(0);
        assertInstanceOf(AssertionFailedError.class, failure);
        String message = failure.getMessage();
        assertTrue(
                message.startsWith("ComplexityVerdictTest.Quadratic.dedup(List, Sink): best fit O(n^2) (R² 1.000, "
                        + "100% of resamples), runner-up O(n^3) (R² "),
                message);
        assertTrue(
                message.contains("expected O(n log n) -- failed (5 rounds; perfkit.complexity.undecided = fail)\n\n"
                        + "size  time/call  noise  O(n^2) fit  O(n^3) fit\n"
                        + "10    100 ns     1.0%   100 ns      "),
                message);
        assertTrue(message.contains("\n160   25.6 µs    1.0%   25.6 µs     "), message);
        assertTrue(message.contains("\nO(n^2): t = 0 ns + 1.00 ns x n^2; R² 1.000, chi-square "), message);
        assertTrue(
                message.contains("\nO(n log n): t = 0 ns + 6.35 ns x n log n; R² 0.786, chi-square 1.45e+04, won "
                        + "0.0% of 1000 resamples\n"),
                message);
        assertTrue(
                message.contains("\nsmallest size: warm-up 171 µs interleaved with the other sizes (5 calls)"),
                message);
    }

    @Test
    void theWarmUpProgressNamesEachSizeByN() {
        try (LogCapture log = new LogCapture()) {
            run(Linear.class, results, "perfkit.complexity.warmup", "5s");
            List<String> progress = log.messages(java.util.logging.Level.INFO).stream()
                    .filter(m -> m.startsWith("ComplexityVerdictTest.Linear.sum(int): "))
                    .toList();
            assertTrue(
                    progress.stream().anyMatch(m -> m.startsWith("ComplexityVerdictTest.Linear.sum(int): n = 1000 ")),
                    progress::toString);
            assertTrue(
                    progress.stream().anyMatch(m -> m.startsWith("ComplexityVerdictTest.Linear.sum(int): n = 16000 ")),
                    progress::toString);
            assertTrue(progress.stream().noneMatch(m -> m.contains("size 1")), progress::toString);
        }
    }

    @Test
    void theRunSummaryListsComplexityTestsInMarkdownAndJson() throws IOException {
        run(Linear.class, results)
                .testEvents()
                .assertStatistics(s -> s.succeeded(2).failed(0));
        String md = Files.readString(results.resolve("summary.md"));
        assertTrue(md.startsWith("# perfkit: 0 performance tests, 0 comparisons, 2 complexity tests\n"), md);
        assertTrue(
                md.contains("## Complexity tests\n\n- **passed** `ComplexityVerdictTest.Linear.sum(int)`: best fit "
                        + "O(n) (R² 1.000, 100% of resamples)"),
                md);
        Map<String, Object> json =
                JsonReader.object(JsonReader.read(Files.readString(results.resolve("summary.json"))));
        List<Object> tests = JsonReader.array(json.get("complexityTests"));
        assertEquals(2, tests.size());
        Map<String, Object> sum = JsonReader.object(tests.get(0));
        assertEquals("ComplexityVerdictTest.Linear.sum(int)", sum.get("test"));
        assertEquals("passed", sum.get("outcome"));
        assertTrue(Files.exists(results.resolve((String) sum.get("result"))), sum::toString);
        assertTrue(Files.exists(results.resolve((String) sum.get("page"))), sum::toString);
    }

    @Test
    void passesWhenTheTimeGrowsNoFasterThanExpectedAndReportsTheFit() {
        EngineExecutionResults r = run(Linear.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        String fit = Fixtures.entries(r).get("perf.complexity.fit");
        assertTrue(
                fit.startsWith("best fit O(n) (R² 1.000, 100% of resamples), runner-up O(n log n) (R² 0.999, 0%), "
                        + "expected O(n"),
                fit);
        assertTrue(
                (fit.contains("expected O(n log n)") && fit.contains("expected O(n) |")) || fit.endsWith("O(n)"), fit);
        assertEquals("passed | passed", Fixtures.entries(r).get("perf.complexity.outcome"));
    }

    @Test
    void aConstantOverheadDoesNotHideTheGrowth() {
        EngineExecutionResults r = run(LinearWithOverhead.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertTrue(
                Fixtures.entries(r).get("perf.complexity.fit").startsWith("best fit O(n) "),
                Fixtures.entries(r)::toString);
    }

    @Test
    void anUndecidedFitFailsByDefaultAndSkipsWhenConfigured() {
        InBetween.random = new SplittableRandom(4);
        String message = Fixtures.onlyFailureMessage(run(InBetween.class, results, "perfkit.complexity.rounds", "30"));
        assertTrue(
                message.startsWith("ComplexityVerdictTest.InBetween.grow(int): undecided between O(n) and "
                        + "O(n log n): best fit "),
                message);
        assertTrue(message.contains("expected O(n) -- inconclusive (30 rounds;"), message);
        InBetween.random = new SplittableRandom(4);
        run(InBetween.class, results, "perfkit.complexity.rounds", "30", "perfkit.complexity.undecided", "skip")
                .testEvents()
                .assertStatistics(s -> s.aborted(1).failed(0).succeeded(0));
    }

    @Test
    void warnsWithoutFailingWhenBudgetsAreOnlyReported() {
        EngineExecutionResults r = run(Quadratic.class, results, "perfkit.budgets", "warn");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals("warned", Fixtures.entries(r).get("perf.complexity.outcome"));
    }

    @Test
    void writesTheSizesTheRoundsTheFitsAndTheirCurvesAsJson() throws IOException {
        run(Quadratic.class, results);
        String json = Files.readString(results.resolve(Quadratic.class.getName() + ".dedup.complexity.json"));
        assertTrue(json.startsWith("""
        {
          "schema": "perfkit-junit-complexity/1",
        """), json);
        assertTrue(
                json.contains("\n  \"expect\": \"O(n log n)\",\n  \"sizes\": [\n    10,\n    20,\n    40,\n    80,\n"
                        + "    160\n  ],\n  \"rounds\": 5,\n  \"roundNanos\": 20000,\n  \"points\": [\n    {\n      "
                        + "\"size\": 10,\n"
                        + "      \"nanos\": 100.0"),
                json);
        assertTrue(json.contains("""
              "noise": 0.01,
              "roundNanos": [
                100,
                100,
                100,
                100,
                100
              ]
            },
        """), json);
        Map<String, Object> quadratic = JsonReader.object(
                JsonReader.array(JsonReader.object(JsonReader.read(json)).get("fits"))
                        .get(4));
        assertEquals("O(n^2)", quadratic.get("class"));
        assertEquals(0.0, ((Number) quadratic.get("a")).doubleValue(), 1e-9);
        assertEquals(1.0, ((Number) quadratic.get("b")).doubleValue(), 1e-9);
        assertEquals(1.0, ((Number) quadratic.get("share")).doubleValue());
        List<Object> curve = JsonReader.array(quadratic.get("curve"));
        assertEquals(33, curve.size());
        assertEquals(
                List.of(10L, 100L),
                JsonReader.array(curve.get(0)).stream()
                        .map(v -> Math.round(((Number) v).doubleValue()))
                        .toList());
        assertEquals(
                List.of(160L, 25_600L),
                JsonReader.array(curve.get(32)).stream()
                        .map(v -> Math.round(((Number) v).doubleValue()))
                        .toList());
        assertTrue(json.contains("""
          "best": "O(n^2)",
          "runnerUp": "O(n^3)",
          "decided": true,
          "contenders": [
            "O(n^2)"
          ],
          "resamples": 1000,
          "verdict": "fail",
        """), json);
        assertTrue(json.contains("""
          "raw": [
            {
              "round": 1,
              "order": [
                10,
                20,
                40,
                80,
                160
              ],
              "flags": [],
        """), json);
        assertTrue(json.contains("""
              "round": 2,
              "order": [
                20,
                40,
                80,
                160,
                10
              ],
        """), json);
        assertTrue(json.endsWith("""
          "enforcement": "enforce",
          "undecided": "fail",
          "outcome": "failed"
        }
        """), json);
    }

    @Test
    void aClassLevelPerfTestLeavesComplexityTestsToThemselves() {
        BesideAPerfTest.plainCalls = 0;
        EngineExecutionResults r = run(BesideAPerfTest.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        assertTrue(BesideAPerfTest.plainCalls >= 3, "the plain test ran as a benchmark");
    }

    /** The list dedup: n^2 ns at size n. */
    static class Quadratic {
        @Test
        @Complexity(
                sizes = {10, 20, 40, 80, 160},
                inputs = "idsOfSize",
                expect = "O(n log n)")
        void dedup(List<Integer> ids, Sink sink) {
            ScriptedTicker.advance((long) ids.size() * ids.size());
            sink.consume(ids);
        }

        static List<Integer> idsOfSize(int n) {
            return java.util.Collections.nCopies(n, 1);
        }
    }

    /** 10 n ns at size n, the size itself the input; expected O(n log n) and O(n). */
    static class Linear {
        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                expect = "O(n log n)")
        void sum(int n) {
            ScriptedTicker.advance(10L * n);
        }

        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                expect = "O(n)")
        void sumLong(long n) {
            ScriptedTicker.advance(10L * n);
        }
    }

    /** 50 µs of overhead plus 10 n ns: the overhead is twice the growing part at the smallest size. */
    static class LinearWithOverhead {
        @Test
        @Complexity(
                sizes = {5_000, 10_000, 20_000, 40_000, 80_000},
                expect = "O(n)")
        void scan(int n) {
            ScriptedTicker.advance(50_000 + 10L * n);
        }
    }

    /** n sqrt(log n) with 30 % noise from a fixed seed: between O(n) and O(n log n). */
    static class InBetween {
        static SplittableRandom random;

        @Test
        @Complexity(
                sizes = {1_000, 2_000, 4_000, 8_000, 16_000},
                expect = "O(n)")
        void grow(int n) {
            double noise = Math.exp(0.3 * (random.nextDouble() - 0.5) * 3.46);
            ScriptedTicker.advance((long) (10 * n * Math.sqrt(Math.log(n)) * noise));
        }
    }

    /** A class-level @PerfTest covers the plain test; the complexity tests still run as themselves. */
    @PerfTest(warmupIterations = 0, iterations = 3)
    static class BesideAPerfTest extends Linear {
        static int plainCalls;

        @Test
        void plain() {
            ScriptedTicker.advance(10);
            plainCalls++;
        }
    }
}
