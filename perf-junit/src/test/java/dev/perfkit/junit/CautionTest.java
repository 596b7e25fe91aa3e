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
 * Measurements that may be off say so: on the scripted clock, a body that gets slower with every call trends over
 * the measurement's windows, and the console line, the report entry and, with {@code perfkit.unsteady = fail}, the
 * test's outcome show it.
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
        assertTrue(caution.startsWith("latency not stationary over "), caution);
        String line = output[0]
                .lines()
                .filter(l -> l.startsWith("[perfkit] CautionTest.SlowerAndSlower.run(): p50 "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(output[0]));
        assertTrue(line.contains(" -- passed; cautions: latency not stationary over "), line);
    }

    @Test
    void aTrendFailsWhenUnsteadyMeasurementsAreToFail() {
        EngineExecutionResults r = run(SlowerAndSlower.class, "perfkit.allocation", "off", "perfkit.unsteady", "fail");
        r.testEvents().assertStatistics(s -> s.succeeded(0).failed(1));
        String message = Fixtures.failures(r).get(0).getMessage();
        assertTrue(message.contains("\ncaution     latency not stationary over "), message);
        assertTrue(message.endsWith("\nfailed because of the cautions above: perfkit.unsteady = fail"), message);
    }

    @Test
    void aSteadyMeasurementHasNoCaution() {
        EngineExecutionResults r = run(Steady.class, "perfkit.allocation", "off", "perfkit.unsteady", "fail");
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

    static class Steady {
        @Test
        @PerfTest(warmupIterations = 0, duration = "100ms")
        void run() {
            ScriptedTicker.advance(1_000);
        }
    }
}
