package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Measurements that may be off by more than 5 % say so, and others do not: on the scripted clock, a body that gets
 * slower with every call trends over the measurement's windows and one whose calls step up by 40 % half-way shifts
 * between them, and the console line, the report entry and, with {@code perfkit.unsteady = fail}, the test's outcome
 * show it; a drift of 1.3 % shows nothing.
 */
@ResourceLock(Resources.SYSTEM_OUT)
class CautionTest {

    @TempDir
    Path results;

    private String[] output = new String[1];

    private EngineExecutionResults run(Class<?> fixture, String... parameters) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // 5 ms windows: the 100 ms measurement has 20 of them for the trend test
            return Fixtures.run(
                    fixture,
                    results,
                    Stream.concat(Stream.of("perfkit.warmup.window", "5ms"), Arrays.stream(parameters))
                            .toArray(String[]::new));
        } finally {
            System.setOut(original);
            output[0] = captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTrendPassesWithACautionOnTheConsoleByDefault() {
        EngineExecutionResults r = run(SlowerAndSlower.class, "perfkit.allocation", "off");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String caution = Fixtures.entries(r).get("perf.cautions");
        assertTrue(caution.startsWith("latency shifted +"), caution);
        String line = output[0]
                .lines()
                .filter(l -> l.startsWith("[perfkit] CautionTest.SlowerAndSlower.run(): p50 "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(output[0]));
        assertTrue(line.contains(" -- passed; cautions: latency shifted +"), line);
    }

    @Test
    void aTrendFailsWhenUnsteadyMeasurementsAreToFail() {
        EngineExecutionResults r = run(SlowerAndSlower.class, "perfkit.allocation", "off", "perfkit.unsteady", "fail");
        r.testEvents().assertStatistics(s -> s.succeeded(0).failed(1));
        String message = Fixtures.failures(r).get(0).getMessage();
        assertTrue(message.contains("\ncaution     latency shifted +"), message);
        assertTrue(message.endsWith("\nfailed because of the cautions above: perfkit.unsteady = fail"), message);
    }

    @Test
    void aSteadyMeasurementHasNoCaution() {
        EngineExecutionResults r = run(Steady.class, "perfkit.allocation", "off", "perfkit.unsteady", "fail");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(null, Fixtures.entries(r).get("perf.cautions"));
    }

    @Test
    void aFortyPercentStepBetweenWindowsIsACautionWithItsSize() {
        EngineExecutionResults r = run(Step.class, "perfkit.allocation", "off");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        String caution = Fixtures.entries(r).get("perf.cautions");
        assertTrue(
                caution.startsWith("latency shifted +40 % between windows: median 1.00 µs in windows 1-10, 1.40 µs in"),
                caution);
    }

    @Test
    void aDriftOfOnePointThreePercentIsNoCaution() {
        EngineExecutionResults r = run(Drift.class, "perfkit.allocation", "off", "perfkit.unsteady", "fail");
        r.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertEquals(null, Fixtures.entries(r).get("perf.cautions"));
    }

    @Test
    void aBadUnsteadyValueNamesTheKey() {
        Throwable failure = Fixtures.failures(run(Steady.class, "perfkit.unsteady", "maybe"))
                .get(0);
        assertEquals("Configuration parameter perfkit.unsteady = 'maybe': expected warn or fail", failure.getMessage());
    }

    static class SlowerAndSlower {
        static long latency = 1_000;

        @Test
        @PerfTest(warmupIterations = 0, duration = "100ms")
        @Budget(p50 = "1s")
        void run() {
            ScriptedTicker.advance(latency);
            latency += 20;
        }
    }

    /** 1.00 µs a call for the first 50 ms, 1.40 µs from then on. */
    static class Step {
        static long calls;

        @Test
        @PerfTest(warmupIterations = 0, duration = "100ms")
        void run() {
            ScriptedTicker.advance(calls++ < 50_000 ? 1_000 : 1_400);
        }
    }

    /** From 1.50 µs a call down to 1.48 µs over the 100 ms measured. */
    static class Drift {
        static long calls;

        @Test
        @PerfTest(warmupIterations = 0, duration = "100ms")
        void run() {
            ScriptedTicker.advance(1_500 - calls++ / 3_350);
        }
    }

    static class Steady {
        @Test
        @PerfTest(warmupIterations = 0, duration = "100ms")
        void run() {
            ScriptedTicker.advance(1_000);
        }
    }
}
