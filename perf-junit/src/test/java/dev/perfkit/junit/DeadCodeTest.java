package dev.perfkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A body that measures under 2 ns per call and keeps no result was probably compiled to nothing: its report and the
 * log say so and name {@code Sink}; a body that takes a {@code Sink}, or takes longer, gets no such hint.
 */
class DeadCodeTest {

    private static final String HINT = "median 1 ns per call, under 2 ns, and the test method takes no Sink: the JIT "
            + "may have removed the body as dead code, since its result is never used; declare a Sink parameter and "
            + "pass "
            + "every result to sink.consume(...)";

    @TempDir
    Path results;

    @Test
    void aBodyNearTheClocksFloorThatKeepsNoResultGetsAHint() {
        EngineExecutionResults run;
        List<String> warnings;
        try (LogCapture log = new LogCapture()) {
            run = Fixtures.run(Discarded.class, results);
            warnings = log.messages(Level.WARNING).stream()
                    .filter(m -> m.contains("dead code"))
                    .toList();
        }
        assertEquals(List.of("DeadCodeTest.Discarded.run(): " + HINT), warnings);
        String report = Fixtures.onlyFailureMessage(run);
        assertTrue(report.contains("\nhint        " + HINT + "\n"), report);
    }

    @Test
    void aBodyThatTakesASinkOrTakesLongerGetsNone() {
        for (Class<?> fixture : List.of(Sunk.class, Slow.class)) {
            EngineExecutionResults run;
            List<String> warnings;
            try (LogCapture log = new LogCapture()) {
                run = Fixtures.run(fixture, results);
                warnings = log.messages(Level.WARNING).stream()
                        .filter(m -> m.contains("dead code"))
                        .toList();
            }
            assertEquals(List.of(), warnings, fixture.getSimpleName());
            String report = Fixtures.onlyFailureMessage(run);
            assertTrue(!report.contains("\nhint "), report);
        }
    }

    /** A budget no body meets, so that the report is the failure's message. */
    static class Discarded {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 10_000)
        @Budget(throughput = "1000000000000/s")
        void run() {
            ScriptedTicker.advance(1);
        }
    }

    static class Sunk {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 10_000)
        @Budget(throughput = "1000000000000/s")
        void run(Sink sink) {
            ScriptedTicker.advance(1);
            sink.consume(1);
        }
    }

    static class Slow {
        @Test
        @PerfTest(warmupIterations = 0, iterations = 10_000)
        @Budget(throughput = "1000000000000/s")
        void run() {
            ScriptedTicker.advance(20);
        }
    }
}
