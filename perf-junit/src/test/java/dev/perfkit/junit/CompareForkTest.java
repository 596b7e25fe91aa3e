package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Performance tests and comparisons measured in fresh JVMs: real child JVMs run the fixture on the scripted clock (the
 * configuration reaches them), and the parent judges the rounds of all forks together.
 */
class CompareForkTest {

    @TempDir
    Path results;

    @Test
    void twoForksMeasureAndTheParentJudgesTheirRoundsTogether() throws IOException {
        EngineExecutionResults r = CompareVerdictTest.run(TwoForks.class, results);
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String report = Files.readString(results.resolve(TwoForks.class.getName() + ".dedup.compare.md"));
        assertTrue(
                report.contains("- Response time (p50): 4.00x [4.00x, 4.00x] at 99% confidence over 2 JVMs; "
                        + "budget: at least 2x faster: **PASS**"),
                report);
        assertTrue(report.contains("Decided: in 2 fresh JVMs (forks = 2); each interval is across the JVMs"), report);
        assertTrue(report.contains("stopped: all forks measured"), report);
        assertTrue(report.contains("fork 1 of 2 (20 rounds):\nbaseline:  warm-up"), report);
        assertTrue(report.contains("fork 2 of 2 (20 rounds):"), report);
        assertTrue(report.contains("p50 per fork: 4.00x, 4.00x (spread 0.0 %)"), report);
        assertEquals("passed", Fixtures.entries(r).get("perf.compare.outcome"));
    }

    @Test
    void aPerformanceTestInTwoForksMergesTheirFigures() {
        EngineExecutionResults r = Fixtures.run(PerfTestInTwoForks.class, results, "perfkit.allocation", "off");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String measured = Fixtures.entries(r).get("perf.measured");
        assertTrue(
                measured.startsWith("200 calls on 1 thread in 200 µs in 2 forks (p50 per fork: 1.00 µs, 1.00 µs, "
                        + "spread 0.0 %)"),
                measured);
        assertEquals("passed", Fixtures.entries(r).get("perf.outcome"));
    }

    @Test
    void aBadForkCountIsAConfigurationError() {
        Throwable failure = Fixtures.failures(CompareVerdictTest.run(TooManyForks.class, results))
                .get(0);
        assertEquals(
                "@Compare(forks = 21) on CompareForkTest.TooManyForks.dedup(): expected 0 to 20 forks, or -1 for "
                        + "perfkit.forks",
                failure.getMessage());
    }

    /** The 4x pair of {@link CompareVerdictTest}, measured in two forks. */
    static class TwoForks extends CompareVerdictTest.FourTimesFaster {
        @Test
        @Compare(forks = 2)
        @RelativeBudget(p50 = "2x faster")
        @Override
        void dedup() {}
    }

    static class PerfTestInTwoForks {
        @Test
        @PerfTest(forks = 2, warmupIterations = 0, iterations = 100)
        @Budget(p50 = "2us")
        void run() {
            ScriptedTicker.advance(1_000);
        }
    }

    static class TooManyForks extends TwoForks {
        @Test
        @Compare(forks = 21)
        @Override
        void dedup() {}
    }
}
